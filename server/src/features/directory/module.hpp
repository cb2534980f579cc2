#pragma once

#include <memory>

#include "features/directory/directory_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::directory {

std::shared_ptr<DirectoryService> RegisterModule(ModuleContext& ctx);

}  // namespace kenes::directory
