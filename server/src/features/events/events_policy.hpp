#pragma once
// Who keeps events. Anyone reads the scheduled, held and cancelled ones. The maslikhat's staff
// (and administrators) create, edit, cancel and report on any of its events; a deputy does so for
// the events they organise. The list of registered people is personal data: only the staff of
// that maslikhat see it (not administrators, not the organising deputy). Any signed-in person
// registers themselves.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"

namespace kenes::events {

// The deputy record the actor's account is linked to.
struct OwnDeputy {
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
};

struct EventsPolicy {
  static bool MayManage(const Actor& actor, int64_t maslikhat_id);
  // An event of `maslikhat_id` organised by `deputy_id` (none: the maslikhat's own).
  static bool MayWrite(const Actor& actor, int64_t maslikhat_id, std::optional<int64_t> deputy_id,
                       const std::optional<OwnDeputy>& own);
  // The staff list of the maslikhat's events (a deputy sees the ones they organise).
  static bool MayList(const Actor& actor, int64_t maslikhat_id,
                      const std::optional<OwnDeputy>& own);
  static bool MaySeeRegistrations(const Actor& actor, int64_t maslikhat_id);
  static bool MayRegister(const Actor& actor);
};

}  // namespace kenes::events
