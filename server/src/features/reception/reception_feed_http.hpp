#pragma once
// Routes and the job of the calendar feeds, the day-before reminder and the one-click cancel link.

#include <memory>

#include "features/directory/directory_service.hpp"
#include "features/reception/reception_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::reception {

void RegisterReceptionFeeds(ModuleContext& ctx, const std::shared_ptr<ReceptionService>& svc,
                            const std::shared_ptr<directory::DirectoryService>& directory);

}  // namespace kenes::reception
