#pragma once
// Who may do what with deputy requests and executive bodies. Access to the appeal a request is
// made from is the appeals feature's answer (appeals::Access); this says what that access allows.
// Table tests: deputy_request_policy_test.cpp.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/deputy_requests/deputy_request.hpp"

namespace kenes::deputy_requests {

using appeals::Access;

struct DeputyRequestPolicy {
  // Requests are made from an appeal, and read beside it, by its staff and its deputy.
  static bool MaySend(Access access);
  static bool MaySee(Access access);
  // The executive bodies the actor answers requests for (liaison grants scoped to a body).
  static std::vector<int64_t> LiaisonBodies(const Actor& actor);
  // The maslikhats whose requests the actor sees in the list (staff and chair grants).
  static std::vector<int64_t> StaffMaslikhats(const Actor& actor);
  // Only a liaison of the addressed executive body answers a request.
  static bool MayAnswer(const Actor& actor, const DeputyRequest& request);
  // An executive body is added by an administrator, or by the staff of the body's maslikhat.
  static bool MayCreateBody(const Actor& actor, std::optional<int64_t> body_maslikhat_id);
};

}  // namespace kenes::deputy_requests
