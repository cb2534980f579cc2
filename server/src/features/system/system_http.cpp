#include "features/system/module.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::system {

std::shared_ptr<SystemService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<SystemService>(ctx.db, ctx.clock, ctx.config);
  ctx.routes.Add(http::Endpoint<http::NoBody, Info>{
      .method = "GET",
      .path = "/api/v1/info",
      .handle = [service](const http::Call&) { return service->GetInfo(); },
      .to_json =
          [](const Info& info) {
            return http::Json{{"name", info.name},
                              {"version", info.version},
                              {"languages", {"kk", "ru", "en"}},
                              {"consent_version", info.consent_version}};
          }});
  return service;
}

}  // namespace kenes::system
