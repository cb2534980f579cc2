#pragma once

#include <memory>

#include "features/drafts/drafts_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::drafts {

// Public reads of /api/v1/public/drafts (with the summary as XLSX and PDF), the staff's
// /api/v1/maslikhats/{id}/drafts(/split), comments and decisions, and the act link.
void RegisterDraftRoutes(http::Routes& routes, const std::shared_ptr<DraftsService>& svc,
                         const std::shared_ptr<acts::ActsService>& acts);

}  // namespace kenes::drafts
