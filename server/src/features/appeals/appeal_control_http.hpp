#pragma once

#include <memory>

#include "features/appeals/appeal_control.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/appeals/deputy_request_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::appeals {

struct ControlDeps {
  std::shared_ptr<AppealService> service;
  std::shared_ptr<AppealControl> control;
  std::shared_ptr<DeputyRequestService> requests;
};

// Dashboard, export, the public register, executive bodies and deputy requests.
void RegisterAppealControlRoutes(http::Routes& routes, ControlDeps deps);

}  // namespace kenes::appeals
