#pragma once

#include <memory>

#include "features/system/system_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::system {

std::shared_ptr<SystemService> RegisterModule(ModuleContext& ctx);

}  // namespace kenes::system
