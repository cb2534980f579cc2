#pragma once

#include <memory>

#include "features/appeals/appeal_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::appeals {

void RegisterAppealRoutes(http::Routes& routes, const std::shared_ptr<AppealService>& service);

}  // namespace kenes::appeals
