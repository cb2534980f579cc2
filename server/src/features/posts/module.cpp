#include "features/posts/module.hpp"

#include "features/posts/posts_http.hpp"

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
  return service;
}

}  // namespace kenes::posts
