#include "features/identity/module.hpp"

#include "features/identity/identity_http.hpp"
#include "features/identity/identity_jobs.hpp"

namespace kenes::identity {

std::shared_ptr<IdentityService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<IdentityService>(ctx.db, ctx.clock, ctx.config);
  RegisterIdentityRoutes(ctx.routes, service, ctx.config);
  RegisterIdentityJobs(ctx.jobs, ctx.mailer, ctx.sms);
  return service;
}

}  // namespace kenes::identity
