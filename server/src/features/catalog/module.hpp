#pragma once

#include <memory>

#include "features/catalog/catalog_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::catalog {

std::shared_ptr<CatalogService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory);

}  // namespace kenes::catalog
