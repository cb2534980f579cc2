#pragma once
// Who sees and handles which appeal. Only the handling deputy, the maslikhat's staff and the
// applicant see an appeal; everyone else gets 404.

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/actor.hpp"
#include "features/appeals/appeal.hpp"

namespace kenes::appeals {

enum class Access { kNone, kApplicant, kDeputy, kStaff };

class AppealPolicy {
 public:
  // actor_deputy_id: the deputy record the actor acts as, if any.
  static Access AccessTo(const Actor& actor, const Appeal& appeal,
                         std::optional<int64_t> actor_deputy_id);
  static bool IsStaffOf(const Actor& actor, int64_t maslikhat_id);
  static bool MayAct(Access access, std::string_view action);
  static bool ManagesCalendar(const Actor& actor) { return actor.IsAdmin(); }
};

}  // namespace kenes::appeals
