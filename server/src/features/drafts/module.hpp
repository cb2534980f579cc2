#pragma once

#include <memory>

#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/drafts/drafts_service.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::drafts {

std::shared_ptr<DraftsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<acts::ActsService>& acts,
    const std::shared_ptr<posts::PostService>& posts);

}  // namespace kenes::drafts
