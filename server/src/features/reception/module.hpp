#pragma once

#include <memory>

#include "features/appeals/appeal_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/identity/identity_service.hpp"
#include "features/reception/reception_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::reception {

std::shared_ptr<ReceptionService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<identity::IdentityService>& identity,
    const std::shared_ptr<appeals::AppealService>& appeals);

}  // namespace kenes::reception
