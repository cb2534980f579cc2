#pragma once

#include <memory>

#include "features/appeals/appeal_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::attachments {

// Files of appeals and of their answers, stored under config.files.dir.
void RegisterModule(ModuleContext& ctx, const std::shared_ptr<appeals::AppealService>& appeals);

}  // namespace kenes::attachments
