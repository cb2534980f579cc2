#pragma once

#include <memory>

#include "features/acts/acts_import.hpp"
#include "features/acts/acts_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::acts {

// GET /api/v1/public/acts, GET /api/v1/public/acts/{id}; staff: POST /api/v1/maslikhats/{id}/acts,
// PATCH /api/v1/acts/{id}, POST /api/v1/acts/{id}/editions, POST /api/v1/acts/{id}/status.
void RegisterActRoutes(http::Routes& routes, const std::shared_ptr<ActsService>& svc);

// POST /api/v1/maslikhats/{id}/acts/import?dry_run=true|false with the CSV file as the body.
void RegisterActImportRoute(http::Routes& routes, const std::shared_ptr<ActsImport>& importer);

}  // namespace kenes::acts
