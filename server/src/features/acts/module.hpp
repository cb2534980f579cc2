#pragma once

#include <memory>

#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::acts {

std::shared_ptr<ActsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory);

}  // namespace kenes::acts
