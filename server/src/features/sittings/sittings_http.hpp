#pragma once

#include <memory>

#include "features/sittings/sittings_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::sittings {

// GET /api/v1/public/sittings, GET /api/v1/public/sittings/{id}; staff: POST
// /api/v1/maslikhats/{id}/sittings, PATCH /api/v1/sittings/{id}, PUT
// /api/v1/sittings/{id}/attendance, POST /api/v1/sittings/{id}/decisions.
void RegisterSittingRoutes(http::Routes& routes, const std::shared_ptr<SittingsService>& svc);

}  // namespace kenes::sittings
