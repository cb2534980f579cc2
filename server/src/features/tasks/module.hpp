#pragma once

#include <memory>

#include "features/tasks/tasks_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::tasks {

std::shared_ptr<TaskService> RegisterModule(ModuleContext& ctx,
                                            std::shared_ptr<directory::DirectoryService> directory,
                                            std::shared_ptr<identity::IdentityService> identity);

}  // namespace kenes::tasks
