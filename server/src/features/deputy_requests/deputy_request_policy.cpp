#include "features/deputy_requests/deputy_request_policy.hpp"

#include <algorithm>

#include "core/roles.hpp"

namespace kenes::deputy_requests {

bool DeputyRequestPolicy::MaySend(Access access) {
  return access == Access::kStaff || access == Access::kDeputy;
}

bool DeputyRequestPolicy::MaySee(Access access) {
  return access == Access::kStaff || access == Access::kDeputy;
}

std::vector<int64_t> DeputyRequestPolicy::LiaisonBodies(const Actor& actor) {
  std::vector<int64_t> out;
  if (!actor.IsAuthenticated()) return out;
  for (const auto& r : actor.roles) {
    if (r.role == Role::kLiaison && r.scope_type == ScopeType::kBody && r.scope_id)
      out.push_back(*r.scope_id);
  }
  return out;
}

std::vector<int64_t> DeputyRequestPolicy::StaffMaslikhats(const Actor& actor) {
  return roles::StaffMaslikhats(actor);
}

bool DeputyRequestPolicy::MayAnswer(const Actor& actor, const DeputyRequest& request) {
  const auto bodies = LiaisonBodies(actor);
  return std::find(bodies.begin(), bodies.end(), request.body_id) != bodies.end();
}

bool DeputyRequestPolicy::MayCreateBody(const Actor& actor,
                                        std::optional<int64_t> body_maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || (body_maslikhat_id && roles::IsStaffOf(actor, *body_maslikhat_id));
}

}  // namespace kenes::deputy_requests
