// Accounts and their role grants, for administrators (IdentityPolicy::ManageUsers).

#include <algorithm>

#include "features/identity/identity_http.hpp"
#include "features/identity/identity_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::identity {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;

struct UserQuery {
  std::string q;
  int64_t limit = 50;
  int64_t cursor = 0;  // the last id of the previous page
};

void Describe(http::Schema<UserQuery>& s) {
  s.Add("q", &UserQuery::q);
  s.Add("limit", &UserQuery::limit);
  s.Add("cursor", &UserQuery::cursor);
}

struct Grant {
  Role role = Role::kCitizen;
  std::optional<ScopeType> scope_type;
  std::optional<int64_t> scope_id;
};

void Describe(http::Schema<Grant>& s) {
  s.Enum("role", &Grant::role, ParseRole, {.required = true, .min = 1, .max = 64});
  s.Enum("scope_type", &Grant::scope_type, ParseScopeType, {.required = true, .min = 1, .max = 64});
  s.Add("scope_id", &Grant::scope_id);
  // The service checks the same; here too, so that a bad role and a missing scope are told
  // together, as they were when the service alone read the words.
  s.Check([](http::FieldSource& src, const Grant& g) {
    if (!g.scope_type) return;
    const bool global = *g.scope_type == ScopeType::kGlobal;
    if (global && g.scope_id) src.Fail("scope_id", "invalid");
    if (!global && !g.scope_id) src.Fail("scope_id", "required");
  });
}

Json UserPageJson(const UserPage& p) {
  Json items = Json::array();
  for (const auto& u : p.items) items.push_back(UserJson(u));
  return {{"items", items},
          {"next_cursor", p.next_after ? Json(std::to_string(*p.next_after)) : Json(nullptr)}};
}

}  // namespace

void RegisterRoleRoutes(http::Routes& routes, const std::shared_ptr<IdentityService>& svc) {
  routes.Add(Endpoint<UserQuery, UserPage>{
      .method = "GET",
      .path = "/api/v1/users",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const UserQuery& in) {
            // The service answers "limit": "invalid" outside its range; so does a number past int.
            const auto limit = static_cast<int>(std::clamp<int64_t>(in.limit, 0, 1000));
            return svc->ListUsers(c.actor, in.q, in.cursor, limit);
          },
      .to_json = UserPageJson});

  routes.Add(Endpoint<Grant, RoleGrant>{.method = "POST",
                                        .path = "/api/v1/users/{id}/roles",
                                        .access = http::Access::kSignedIn,
                                        .status = 201,
                                        .handle =
                                            [svc](const Call& c, Grant in) {
                                              RoleGrant g;
                                              g.role = in.role;
                                              g.scope_type = *in.scope_type;
                                              g.scope_id = in.scope_id;
                                              return svc->GrantRole(c.actor, c.Id(), std::move(g));
                                            },
                                        .to_json = RoleJson});

  routes.Add(Endpoint<NoBody, Unit>{.method = "DELETE",
                                    .path = "/api/v1/users/{id}/roles/{grant_id}",
                                    .access = http::Access::kSignedIn,
                                    .handle = [svc](const Call& c) {
                                      return svc->RevokeRole(c.actor, c.Id(), c.Id("grant_id"));
                                    }});
}

}  // namespace kenes::identity
