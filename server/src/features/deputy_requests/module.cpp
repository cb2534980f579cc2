#include "features/deputy_requests/module.hpp"

#include "features/deputy_requests/deputy_request_http.hpp"
#include "features/deputy_requests/deputy_request_service.hpp"

namespace kenes::deputy_requests {

void RegisterModule(ModuleContext& ctx, const std::shared_ptr<appeals::AppealService>& appeals) {
  auto requests = std::make_shared<DeputyRequestService>(ctx.db, ctx.clock, appeals);
  RegisterDeputyRequestRoutes(ctx.routes, requests);
}

}  // namespace kenes::deputy_requests
