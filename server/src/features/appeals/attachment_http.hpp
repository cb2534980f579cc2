#pragma once

#include <memory>

#include "features/appeals/appeal_attachments.hpp"
#include "platform/http/api.hpp"

namespace kenes::appeals {

// /api/v1/appeals/{id}/attachments[/{attachment_id}]: files of an appeal and of its answer.
void RegisterAttachmentRoutes(http::Routes& routes,
                              const std::shared_ptr<AppealAttachments>& attachments);

}  // namespace kenes::appeals
