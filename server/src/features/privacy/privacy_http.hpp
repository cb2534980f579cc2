#pragma once

#include <memory>

#include "features/privacy/privacy_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::privacy {

void RegisterPrivacyRoutes(http::Routes& routes, const std::shared_ptr<PrivacyService>& svc);

}  // namespace kenes::privacy
