#pragma once

#include <memory>

#include "features/attachments/attachment_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::attachments {

// /api/v1/appeals/{id}/attachments[/{attachment_id}]: files of an appeal and of its answer.
void RegisterAttachmentRoutes(http::Routes& routes,
                              const std::shared_ptr<AttachmentService>& attachments);

}  // namespace kenes::attachments
