#include "features/tasks/module.hpp"

#include "features/tasks/tasks_http.hpp"

namespace kenes::tasks {

std::shared_ptr<TaskService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<TaskService>(ctx.db, ctx.clock);
  RegisterTaskRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::tasks
