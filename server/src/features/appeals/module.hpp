#pragma once

#include <memory>

#include "features/appeals/appeal_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::appeals {

std::shared_ptr<AppealService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<identity::IdentityService>& identity);

}  // namespace kenes::appeals
