#include "features/voter_reports/module.hpp"

#include "features/voter_reports/voter_reports_http.hpp"

namespace kenes::voter_reports {

std::shared_ptr<VoterReportsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<events::EventService>& events,
    const std::shared_ptr<posts::PostService>& posts) {
  auto service = std::make_shared<VoterReportsService>(ctx.db, ctx.clock, directory, events, posts);
  RegisterVoterReportsRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::voter_reports
