#pragma once
// What the reception statistics count: a maslikhat's sessions of a span of days and the bookings
// of those sessions, read bare (no contacts, no topics).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/reception/reception.hpp"
#include "platform/db/database.hpp"

namespace kenes::reception {

struct StatsSession {
  int64_t id = 0;
  std::optional<int64_t> deputy_id;
  std::string host_name;
  std::string day;  // YYYY-MM-DD
  SessionStatus status = SessionStatus::kScheduled;
};

struct StatsBooking {
  int64_t session_id = 0;
  BookingStatus status = BookingStatus::kBooked;
  bool walk_in = false;
  std::optional<int64_t> appeal_id;
  std::optional<std::string> category;  // the visit's own
};

class ReceptionStatsRepository {
 public:
  // Sessions of the maslikhat held (or to be held) from `from_day` to `to_day` inclusive; only the
  // deputy's when `deputy_id` is set.
  std::vector<StatsSession> Sessions(db::Tx& tx, int64_t maslikhat_id, const std::string& from_day,
                                     const std::string& to_day, std::optional<int64_t> deputy_id);
  // The bookings (walk-ins included) of those sessions.
  std::vector<StatsBooking> Bookings(db::Tx& tx, int64_t maslikhat_id, const std::string& from_day,
                                     const std::string& to_day, std::optional<int64_t> deputy_id);
};

}  // namespace kenes::reception
