#pragma once

#include <memory>

#include "features/annual_reports/annual_reports_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::annual_reports {

std::shared_ptr<AnnualReportsService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<posts::PostService>& posts);

}  // namespace kenes::annual_reports
