#pragma once

#include <memory>

#include "features/directory/directory_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/posts_service.hpp"
#include "features/voter_reports/voter_reports_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::voter_reports {

std::shared_ptr<VoterReportsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<events::EventService>& events,
    const std::shared_ptr<posts::PostService>& posts);

}  // namespace kenes::voter_reports
