#pragma once

#include <memory>

#include "features/maslikhat_pages/maslikhat_pages_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::maslikhat_pages {

// GET /api/v1/maslikhats/{id}/apparatus, GET /api/v1/maslikhats/{id}/questions (?all=true: the
// staff, drafts too); staff: POST /api/v1/maslikhats/{id}/apparatus, PATCH and DELETE
// /api/v1/apparatus/{id}, POST /api/v1/maslikhats/{id}/questions, PATCH and DELETE
// /api/v1/questions/{id}.
void RegisterMaslikhatPagesRoutes(http::Routes& routes,
                                  const std::shared_ptr<MaslikhatPagesService>& svc);

}  // namespace kenes::maslikhat_pages
