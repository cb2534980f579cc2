#pragma once

#include <memory>

#include "features/directory/directory_service.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::posts {

std::shared_ptr<PostService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory);

}  // namespace kenes::posts
