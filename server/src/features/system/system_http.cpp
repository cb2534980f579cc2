#include "features/system/module.hpp"

namespace kenes::system {

std::shared_ptr<SystemService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<SystemService>(ctx.db, ctx.clock, ctx.config);
  ctx.routes.Add("GET", "/api/v1/info", [service](const http::Request& req, const Actor&) {
    auto info = service->GetInfo();
    if (!info.ok()) return http::ErrorResponse(info.error(), req.request_id);
    return http::JsonResponse(200, {{"name", info->name},
                                    {"version", info->version},
                                    {"languages", {"kk", "ru", "en"}},
                                    {"consent_version", info->consent_version}});
  });
  return service;
}

}  // namespace kenes::system
