#include "features/identity/module.hpp"

#include "features/identity/identity_http.hpp"
#include "features/identity/identity_jobs.hpp"

namespace kenes::identity {

std::shared_ptr<IdentityService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<IdentityService>(ctx.db, ctx.clock, ctx.config);
  RegisterAuthRoutes(ctx.routes, service, ctx.config);
  RegisterAccountRoutes(ctx.routes, service);
  RegisterRoleRoutes(ctx.routes, service);
  RegisterIdentityJobs(ctx.jobs, ctx.mailer, ctx.sms);
  return service;
}

}  // namespace kenes::identity
