#pragma once

#include <memory>

#include "features/directory/directory_service.hpp"
#include "features/events/events_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::events {

std::shared_ptr<EventService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory);

}  // namespace kenes::events
