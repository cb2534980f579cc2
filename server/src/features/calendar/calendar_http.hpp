#pragma once

#include <memory>

#include "features/calendar/calendar_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::calendar {

// GET /api/v1/calendar (coverage), GET and PUT /api/v1/calendar/{year}.
void RegisterCalendarRoutes(http::Routes& routes, const std::shared_ptr<CalendarService>& svc);

}  // namespace kenes::calendar
