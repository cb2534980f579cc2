#pragma once

#include <memory>

#include "features/appeals/appeal_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::deputy_requests {

// Executive bodies and deputy requests to them, made from appeals.
void RegisterModule(ModuleContext& ctx, const std::shared_ptr<appeals::AppealService>& appeals);

}  // namespace kenes::deputy_requests
