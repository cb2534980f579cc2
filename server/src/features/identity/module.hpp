#pragma once

#include <memory>

#include "features/identity/identity_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::identity {

// Registers routes and jobs; the service is returned because the app authenticates with it.
std::shared_ptr<IdentityService> RegisterModule(ModuleContext& ctx);

}  // namespace kenes::identity
