#pragma once
// Who may do what with receptions. The maslikhat's staff (and chair) run its receptions; a deputy
// runs the day of their own sessions; a citizen books and cancels their own bookings.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"
#include "features/reception/reception.hpp"

namespace kenes::reception {

struct ReceptionPolicy {
  // Holds the deputy role: the deputy record their account is linked to (the directory's to say)
  // may host its own sessions and see its own statistics.
  static bool ActsAsDeputy(const Actor& actor);
  // Schedule, move and cancel sessions; book for a person by phone.
  static bool MayManage(const Actor& actor, int64_t maslikhat_id);
  // See the day's list with contacts, check in, record visits, take walk-ins, make appeals.
  // `acting_deputy`: the deputy record the actor's account is linked to, if any.
  static bool MayHost(const Actor& actor, const Session& s, std::optional<int64_t> acting_deputy);
  static bool MayBook(const Actor& actor);
  static bool MayCancel(const Actor& actor, const Booking& b, const Session& s,
                        std::optional<int64_t> acting_deputy);
  // Statistics of a maslikhat's receptions: every host's for its staff.
  static bool MaySeeAllStats(const Actor& actor, int64_t maslikhat_id);
  // A deputy's own row: `deputy_maslikhat` is the maslikhat of the deputy record the account is
  // linked to.
  static bool MaySeeOwnStats(const Actor& actor, int64_t maslikhat_id,
                             std::optional<int64_t> deputy_maslikhat);
};

}  // namespace kenes::reception
