#include "features/drafts/module.hpp"

#include "features/drafts/drafts_http.hpp"

namespace kenes::drafts {

std::shared_ptr<DraftsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<acts::ActsService>& acts,
    const std::shared_ptr<posts::PostService>& posts) {
  auto service = std::make_shared<DraftsService>(ctx.db, ctx.clock, directory, acts, posts,
                                                 ctx.config.http.public_url);
  RegisterDraftRoutes(ctx.routes, service, acts);
  // The closing notice: its payload names the day it was queued for, so a job left from before an
  // extension finds the period moved and sends nothing.
  ctx.jobs.Register(DraftsService::kClosingJob, [service](const jobs::Job& job) {
    service->TellClosed(job.payload.value("draft_id", int64_t{0}),
                        job.payload.value("closes_on", std::string()));
  });
  return service;
}

}  // namespace kenes::drafts
