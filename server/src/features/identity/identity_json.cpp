#include "features/identity/identity_json.hpp"

#include "features/identity/identity_policy.hpp"

namespace kenes::identity {
namespace {

using http::Json;

Json OptJson(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json RolesJson(const std::vector<RoleGrant>& roles) {
  Json out = Json::array();
  for (const auto& r : roles) out.push_back(RoleJson(r));
  return out;
}

}  // namespace

Json RoleJson(const RoleGrant& g) {
  return {{"id", g.id},
          {"role", RoleName(g.role)},
          {"scope_type", ScopeTypeName(g.scope_type)},
          {"scope_id", g.scope_id ? Json(*g.scope_id) : Json(nullptr)},
          {"granted_at", g.granted_at}};
}

Json UserJson(const User& u) {
  return {{"id", u.id},
          {"display_name", u.display_name},
          {"email", OptJson(u.email)},
          {"phone", OptJson(u.phone)},
          {"verified", u.verified()},
          {"roles", RolesJson(u.roles)},
          {"created_at", u.created_at}};
}

Json MeJson(const User& u) {
  return {{"id", u.id},
          {"email", OptJson(u.email)},
          {"phone", OptJson(u.phone)},
          {"display_name", u.display_name},
          {"language", u.language},
          {"verified", u.verified()},
          {"iin_masked", u.iin ? Json(MaskIin(*u.iin)) : Json(nullptr)},
          {"roles", RolesJson(u.roles)},
          {"totp_enabled", u.totp_enabled},
          {"consent_version", OptJson(u.consent_version)},
          {"consent_required", u.consent_required},
          {"is_staff", IdentityPolicy::IsStaff(u.roles)}};
}

}  // namespace kenes::identity
