#pragma once

#include <memory>

#include "features/directory/directory_service.hpp"
#include "features/maslikhat_pages/maslikhat_pages_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::maslikhat_pages {

std::shared_ptr<MaslikhatPagesService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory);

}  // namespace kenes::maslikhat_pages
