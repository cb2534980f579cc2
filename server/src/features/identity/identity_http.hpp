#pragma once
// The identity routes, one file per resource: auth_http.cpp (sign-up, sign-in and out, codes,
// the CSRF token), account_http.cpp (the signed-in person: profile, session, second factor),
// role_http.cpp (accounts and their role grants, for administrators).

#include <memory>

#include "features/identity/identity_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::identity {

void RegisterAuthRoutes(http::Routes& routes, const std::shared_ptr<IdentityService>& svc,
                        const Config& config);
void RegisterAccountRoutes(http::Routes& routes, const std::shared_ptr<IdentityService>& svc);
void RegisterRoleRoutes(http::Routes& routes, const std::shared_ptr<IdentityService>& svc);

}  // namespace kenes::identity
