#include "features/reception/reception_stats_repository.hpp"

namespace kenes::reception {
namespace {

// The sessions' filter, shared by both reads: $1 maslikhat, $2 and $3 the days, $4 the deputy.
std::string SessionFilter(std::optional<int64_t> deputy_id, db::Params& params) {
  std::string where = "s.maslikhat_id = $1 AND s.day >= $2 AND s.day <= $3";
  if (deputy_id) {
    params.emplace_back(*deputy_id);
    where += " AND s.deputy_id = $4";
  }
  return where;
}

}  // namespace

std::vector<StatsSession> ReceptionStatsRepository::Sessions(db::Tx& tx, int64_t maslikhat_id,
                                                             const std::string& from_day,
                                                             const std::string& to_day,
                                                             std::optional<int64_t> deputy_id) {
  db::Params params{maslikhat_id, from_day, to_day};
  const std::string where = SessionFilter(deputy_id, params);
  std::vector<StatsSession> out;
  for (const auto& r :
       tx.Query("SELECT s.id, s.deputy_id, s.host_name, s.day, s.status FROM reception_sessions s "
                "WHERE " +
                    where + " ORDER BY s.day, s.id",
                params)) {
    StatsSession s;
    s.id = r.Int("id");
    s.deputy_id = r.OptInt("deputy_id");
    s.host_name = r.Str("host_name");
    s.day = r.Str("day");
    s.status = ParseSessionStatus(r.Str("status")).value_or(SessionStatus::kScheduled);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<StatsBooking> ReceptionStatsRepository::Bookings(db::Tx& tx, int64_t maslikhat_id,
                                                             const std::string& from_day,
                                                             const std::string& to_day,
                                                             std::optional<int64_t> deputy_id) {
  db::Params params{maslikhat_id, from_day, to_day};
  const std::string where = SessionFilter(deputy_id, params);
  std::vector<StatsBooking> out;
  for (const auto& r :
       tx.Query("SELECT b.session_id, b.status, b.walk_in, b.appeal_id, b.category FROM "
                "reception_bookings b JOIN "
                "reception_sessions s ON s.id = b.session_id WHERE " +
                    where + " ORDER BY b.id",
                params)) {
    StatsBooking b;
    b.session_id = r.Int("session_id");
    b.status = ParseBookingStatus(r.Str("status")).value_or(BookingStatus::kCancelled);
    b.walk_in = r.Bool("walk_in");
    b.appeal_id = r.OptInt("appeal_id");
    b.category = r.OptStr("category");
    out.push_back(b);
  }
  return out;
}

}  // namespace kenes::reception
