#pragma once

#include <memory>

#include "features/appeals/appeal_attachments.hpp"
#include "features/appeals/appeal_control.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/appeals/deputy_request_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::appeals {

struct ControlDeps {
  std::shared_ptr<AppealService> service;
  std::shared_ptr<AppealControl> control;
  std::shared_ptr<DeputyRequestService> requests;
  std::shared_ptr<AppealAttachments> attachments;
};

// Dashboard, export, the public register, executive bodies, deputy requests, attachments.
void RegisterAppealControlRoutes(http::Routes& routes, const ControlDeps& deps);

}  // namespace kenes::appeals
