#include "features/posts/module.hpp"

#include "features/posts/post_images_repository.hpp"
#include "features/posts/posts_http.hpp"
#include "platform/files/store_sweep.hpp"

namespace kenes::posts {

std::shared_ptr<PostService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory) {
  auto service = std::make_shared<PostService>(
      ctx.db, ctx.clock, directory, std::make_shared<files::FileStore>(ctx.config.files.dir));
  RegisterPostRoutes(ctx.routes, service);
  RegisterPostImageRoutes(ctx.routes, service,
                          static_cast<size_t>(ctx.config.files.max_photo_bytes));
  RegisterPostFeeds(ctx.routes, service, ctx.config.http.public_url);
  RegisterPostPage(ctx.routes, service, ctx.config.http.web_root, ctx.config.http.public_url);
  ctx.store_owners.Add([](db::Tx& tx, std::unordered_set<std::string>& names) {
    PostImagesRepository().StoredNames(tx, names);
  });
  // Posts are indexed as they are written; this catches up once with those written before
  // migration 0055, a run at a time, and then stays idle.
  const Clock& clock = ctx.clock;
  ctx.jobs.Register(PostService::kIndexJob, [service, &clock](const jobs::Job&) {
    if (service->IndexPending() >= PostService::kIndexPerRun)
      service->ScheduleIndexing(clock.NowMs());
  });
  service->ScheduleIndexing(ctx.clock.NowMs());
  return service;
}

}  // namespace kenes::posts
