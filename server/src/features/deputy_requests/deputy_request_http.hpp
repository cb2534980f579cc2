#pragma once

#include <memory>

#include "features/deputy_requests/deputy_request_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::deputy_requests {

// /api/v1/executive-bodies and deputy requests to them (/api/v1/appeals/{id}/deputy-requests,
// /api/v1/deputy-requests).
void RegisterDeputyRequestRoutes(http::Routes& routes,
                                 const std::shared_ptr<DeputyRequestService>& requests);

}  // namespace kenes::deputy_requests
