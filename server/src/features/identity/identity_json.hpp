#pragma once
// The identity answers' JSON, shared by the route files (auth, account, role).

#include "features/identity/user.hpp"
#include "platform/http/api.hpp"

namespace kenes::identity {

// {"id", "email", ..., "roles": [...]} as documented in docs/identity.md.
http::Json MeJson(const User& user);
// An account as an administrator lists it.
http::Json UserJson(const User& user);
http::Json RoleJson(const RoleGrant& grant);

}  // namespace kenes::identity
