#pragma once

#include <memory>

#include "features/reception/reception_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::reception {

// /api/v1/reception-sessions…, /api/v1/reception-bookings…, /api/v1/me/reception-bookings and
// /api/v1/maslikhats/{id}/reception-sessions.
void RegisterReceptionRoutes(http::Routes& routes, const std::shared_ptr<ReceptionService>& svc);

}  // namespace kenes::reception
