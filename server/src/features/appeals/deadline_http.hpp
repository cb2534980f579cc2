#pragma once

#include <memory>

#include "features/appeals/deadline_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::appeals {

// /api/v1/appeals-dashboard: open, due-soon and overdue appeals by handler.
void RegisterDeadlineRoutes(http::Routes& routes, const std::shared_ptr<DeadlineService>& control);

}  // namespace kenes::appeals
