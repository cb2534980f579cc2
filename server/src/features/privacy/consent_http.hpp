#pragma once

#include <memory>

#include "features/privacy/consent_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::privacy {

void RegisterConsentRoutes(http::Routes& routes, const std::shared_ptr<ConsentService>& svc);

}  // namespace kenes::privacy
