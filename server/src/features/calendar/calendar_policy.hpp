#pragma once
// Who may change the production calendar. Everyone may read it: it is public law.

#include "core/actor.hpp"

namespace kenes::calendar {

class CalendarPolicy {
 public:
  // The calendar moves every deadline of every maslikhat: an administrator's job alone.
  static bool MayEdit(const Actor& actor);
  // The coverage warning ("2027 has no calendar") is for those who can fix it.
  static bool MaySeeCoverage(const Actor& actor);
};

}  // namespace kenes::calendar
