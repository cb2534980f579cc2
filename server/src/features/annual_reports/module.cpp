#include "features/annual_reports/module.hpp"

#include "features/annual_reports/annual_reports_http.hpp"

namespace kenes::annual_reports {

std::shared_ptr<AnnualReportsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<posts::PostService>& posts) {
  auto service = std::make_shared<AnnualReportsService>(ctx.db, ctx.clock, directory, posts);
  RegisterAnnualReportsRoutes(ctx.routes, service);
  return service;
}

}  // namespace kenes::annual_reports
