#pragma once

#include <memory>

#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/sittings/sittings_service.hpp"
#include "features/work_plans/work_plans_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::work_plans {

std::shared_ptr<WorkPlansService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<sittings::SittingsService>& sittings,
    const std::shared_ptr<acts::ActsService>& acts);

}  // namespace kenes::work_plans
