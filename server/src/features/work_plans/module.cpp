#include "features/work_plans/module.hpp"

#include "features/work_plans/work_plans_http.hpp"

namespace kenes::work_plans {

std::shared_ptr<WorkPlansService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<sittings::SittingsService>& sittings,
    const std::shared_ptr<acts::ActsService>& acts) {
  auto service = std::make_shared<WorkPlansService>(ctx.db, ctx.clock, directory, sittings, acts);
  RegisterWorkPlanRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::work_plans
