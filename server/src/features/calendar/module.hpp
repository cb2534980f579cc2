#pragma once

#include <memory>

#include "features/calendar/calendar_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::calendar {

std::shared_ptr<CalendarService> RegisterModule(ModuleContext& ctx);

}  // namespace kenes::calendar
