#pragma once

#include <memory>

#include "features/tasks/tasks_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::tasks {

std::shared_ptr<TaskService> RegisterModule(ModuleContext& ctx);

}  // namespace kenes::tasks
