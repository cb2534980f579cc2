#pragma once

#include <memory>

#include "features/identity/identity_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::identity {

void RegisterIdentityRoutes(http::Routes& routes, std::shared_ptr<IdentityService> service,
                            const Config& config);

// {"id", "email", ..., "roles": [...]} as documented in docs/identity.md.
http::Json MeJson(const User& user);

}  // namespace kenes::identity
