#pragma once

#include <memory>

#include "features/catalog/catalog_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::catalog {

// /api/v1/appeal-categories and /api/v1/maslikhats/{id}/answer-templates[/{template_id}].
void RegisterCatalogRoutes(http::Routes& routes, const std::shared_ptr<CatalogService>& svc);

}  // namespace kenes::catalog
