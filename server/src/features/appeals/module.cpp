#include "features/appeals/module.hpp"

#include "features/appeals/appeal_http.hpp"
#include "features/appeals/appeal_jobs.hpp"

namespace kenes::appeals {

std::shared_ptr<AppealService> RegisterModule(
    ModuleContext& ctx, std::shared_ptr<directory::DirectoryService> directory,
    std::shared_ptr<identity::IdentityService> identity) {
  auto service = std::make_shared<AppealService>(ctx.db, ctx.clock, ctx.config,
                                                 std::move(directory), std::move(identity));
  RegisterAppealRoutes(ctx.routes, service);
  RegisterAppealJobs(ctx.jobs, ctx.db, ctx.mailer);
  return service;
}

}  // namespace kenes::appeals
