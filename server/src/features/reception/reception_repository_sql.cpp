#include "features/reception/reception_repository.hpp"

namespace kenes::reception {
namespace {

constexpr const char* kSessionColumns =
    "id, maslikhat_id, deputy_id, host_name, day, starts_at, ends_at, slot_minutes, capacity, "
    "place_kind, place, address, map_url, video_url, status, cancel_reason, created_at, moves";

Session SessionOf(const db::Row& r) {
  Session s;
  s.id = r.Int("id");
  s.maslikhat_id = r.Int("maslikhat_id");
  s.deputy_id = r.OptInt("deputy_id");
  s.host_name = r.Str("host_name");
  s.day = r.Str("day");
  s.starts_at = r.Str("starts_at");
  s.ends_at = r.Str("ends_at");
  s.slot_minutes = static_cast<int>(r.Int("slot_minutes"));
  s.capacity = static_cast<int>(r.Int("capacity"));
  s.place_kind = ParsePlaceKind(r.Str("place_kind")).value_or(PlaceKind::kMaslikhat);
  s.place = r.Str("place");
  s.address = r.Str("address");
  s.map_url = r.Str("map_url");
  s.video_url = r.Str("video_url");
  s.status = ParseSessionStatus(r.Str("status")).value_or(SessionStatus::kScheduled);
  s.cancel_reason = r.Str("cancel_reason");
  s.created_at = r.Str("created_at");
  s.moves = static_cast<int>(r.Int("moves"));
  return s;
}

Booking BookingOf(const db::Row& r) {
  Booking b;
  b.id = r.Int("id");
  b.session_id = r.Int("session_id");
  b.slot = r.OptStr("slot");
  b.user_id = r.OptInt("user_id");
  b.name = r.Str("name");
  b.email = r.Str("email");
  b.phone = r.Str("phone");
  b.language = r.Str("language");
  b.topic = r.Str("topic");
  b.description = r.Str("description");
  b.status = ParseBookingStatus(r.Str("status")).value_or(BookingStatus::kCancelled);
  b.booked_by = r.OptInt("booked_by");
  b.walk_in = r.Bool("walk_in");
  b.visited_at_ms = r.OptInt("visited_at_ms");
  b.matter = r.Str("matter");
  b.promised = r.Str("promised");
  b.follow_up_on = r.OptStr("follow_up_on");
  b.category = r.OptStr("category");
  b.appeal_id = r.OptInt("appeal_id");
  b.appeal_number = r.OptStr("appeal_number");
  b.created_at = r.Str("created_at");
  return b;
}

// "$1, $2, …" for an IN list of ids (ids are bound, never spliced).
std::string Placeholders(size_t n, size_t first = 1) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    out += "$" + std::to_string(first + i);
  }
  return out;
}

}  // namespace

int64_t ReceptionRepository::InsertSession(db::Tx& tx, const Session& s,
                                           std::optional<int64_t> created_by) {
  return tx
      .QueryOne(
          "INSERT INTO reception_sessions (maslikhat_id, deputy_id, host_name, day, starts_at, "
          "ends_at, slot_minutes, capacity, place_kind, place, address, map_url, video_url, "
          "status, cancel_reason, version, created_by, created_at) VALUES ($1, $2, $3, $4, $5, "
          "$6, $7, $8, $9, $10, $11, $12, $13, 'scheduled', '', 0, $14, $15) RETURNING id",
          {s.maslikhat_id, s.deputy_id, s.host_name, s.day, s.starts_at, s.ends_at, s.slot_minutes,
           s.capacity, PlaceKindName(s.place_kind), s.place, s.address, s.map_url, s.video_url,
           created_by, s.created_at})
      ->Int("id");
}

std::optional<Session> ReceptionRepository::FindSession(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      std::string("SELECT ") + kSessionColumns + " FROM reception_sessions WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return SessionOf(*r);
}

std::optional<Session> ReceptionRepository::LockSession(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string("UPDATE reception_sessions SET version = version + 1 WHERE "
                                   "id = $1 RETURNING ") +
                           kSessionColumns,
                       {id});
  if (!r) return std::nullopt;
  return SessionOf(*r);
}

std::vector<Session> ReceptionRepository::Sessions(db::Tx& tx, const SessionQuery& q) {
  std::string sql = std::string("SELECT ") + kSessionColumns +
                    " FROM reception_sessions WHERE day >= $1 AND day <= $2";
  db::Params params{q.from_day, q.to_day};
  if (q.maslikhat_id) {
    params.emplace_back(*q.maslikhat_id);
    sql += " AND maslikhat_id = $" + std::to_string(params.size());
  }
  if (q.deputy_id) {
    params.emplace_back(*q.deputy_id);
    sql += " AND deputy_id = $" + std::to_string(params.size());
  }
  if (!q.include_cancelled) sql += " AND status = 'scheduled'";
  params.emplace_back(q.limit);
  sql += " ORDER BY day, starts_at, id LIMIT $" + std::to_string(params.size());
  std::vector<Session> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(SessionOf(r));
  return out;
}

void ReceptionRepository::CancelSession(db::Tx& tx, int64_t id, const std::string& reason) {
  tx.Exec("UPDATE reception_sessions SET status = 'cancelled', cancel_reason = $2 WHERE id = $1",
          {id, reason});
}

void ReceptionRepository::MoveSession(db::Tx& tx, const Session& s) {
  tx.Exec(
      "UPDATE reception_sessions SET day = $2, starts_at = $3, ends_at = $4, place = $5, "
      "address = $6, map_url = $7, video_url = $8, moves = moves + 1 WHERE id = $1",
      {s.id, s.day, s.starts_at, s.ends_at, s.place, s.address, s.map_url, s.video_url});
}

void ReceptionRepository::MoveBooking(db::Tx& tx, int64_t booking_id,
                                      const std::optional<std::string>& slot,
                                      const std::string& now) {
  // The reminder is due again for the new day.
  tx.Exec(
      "UPDATE reception_bookings SET slot = $2, reminded_at = NULL, updated_at = $3 WHERE id = $1",
      {booking_id, slot, now});
}

std::map<int64_t, std::map<std::string, int>> ReceptionRepository::TakenBySlot(
    db::Tx& tx, const std::vector<int64_t>& sessions) {
  std::map<int64_t, std::map<std::string, int>> out;
  if (sessions.empty()) return out;
  db::Params params(sessions.begin(), sessions.end());
  for (const auto& r :
       tx.Query("SELECT session_id, slot, COUNT(*) AS n FROM reception_bookings WHERE session_id "
                "IN (" +
                    Placeholders(sessions.size()) +
                    ") AND status IN ('booked', 'checked_in') AND slot IS NOT NULL GROUP BY "
                    "session_id, slot",
                params)) {
    out[r.Int("session_id")][r.Str("slot")] = static_cast<int>(r.Int("n"));
  }
  return out;
}

std::map<int64_t, int> ReceptionRepository::Waitlisted(db::Tx& tx,
                                                       const std::vector<int64_t>& sessions) {
  std::map<int64_t, int> out;
  if (sessions.empty()) return out;
  db::Params params(sessions.begin(), sessions.end());
  for (const auto& r : tx.Query(
           "SELECT session_id, COUNT(*) AS n FROM reception_bookings WHERE session_id IN (" +
               Placeholders(sessions.size()) + ") AND status = 'waitlisted' GROUP BY session_id",
           params)) {
    out[r.Int("session_id")] = static_cast<int>(r.Int("n"));
  }
  return out;
}

int64_t ReceptionRepository::InsertBooking(db::Tx& tx, const Booking& b, const std::string& now) {
  return tx
      .QueryOne(
          "INSERT INTO reception_bookings (session_id, slot, user_id, name, email, phone, "
          "language, topic, description, status, booked_by, walk_in, visited_at_ms, matter, "
          "promised, follow_up_on, appeal_id, created_at, updated_at) VALUES ($1, $2, $3, $4, "
          "$5, $6, $7, $8, $9, $10, $11, $12, $13, '', '', NULL, NULL, $14, $14) RETURNING id",
          {b.session_id, b.slot, b.user_id, b.name, b.email, b.phone, b.language, b.topic,
           b.description, BookingStatusName(b.status), b.booked_by, b.walk_in, b.visited_at_ms,
           now})
      ->Int("id");
}

std::vector<Booking> ReceptionRepository::Bookings(db::Tx& tx, const std::string& where,
                                                   const db::Params& params) {
  std::vector<Booking> out;
  for (const auto& r : tx.Query(
           "SELECT b.id, b.session_id, b.slot, b.user_id, b.name, b.email, b.phone, b.language, "
           "b.topic, b.description, b.status, b.booked_by, b.walk_in, b.visited_at_ms, b.matter, "
           "b.promised, b.follow_up_on, b.category, b.appeal_id, a.number AS appeal_number, "
           "b.created_at "
           "FROM reception_bookings b LEFT JOIN appeals a ON a.id = b.appeal_id WHERE " +
               where,
           params)) {
    out.push_back(BookingOf(r));
  }
  return out;
}

std::optional<Booking> ReceptionRepository::FindBooking(db::Tx& tx, int64_t id) {
  auto list = Bookings(tx, "b.id = $1", {id});
  if (list.empty()) return std::nullopt;
  return list.front();
}

std::vector<Booking> ReceptionRepository::SessionBookings(db::Tx& tx, int64_t session_id) {
  // In the order of the day: slots first by time, then the waitlist by when people asked.
  return Bookings(tx, "b.session_id = $1 ORDER BY b.slot IS NULL, b.slot, b.id", {session_id});
}

std::vector<Booking> ReceptionRepository::UserBookings(db::Tx& tx, int64_t user_id) {
  return Bookings(tx, "b.user_id = $1 ORDER BY b.id DESC LIMIT 200", {user_id});
}

std::optional<Booking> ReceptionRepository::ActiveBookingOf(db::Tx& tx, int64_t session_id,
                                                            int64_t user_id) {
  auto list = Bookings(tx,
                       "b.session_id = $1 AND b.user_id = $2 AND b.status IN ('booked', "
                       "'waitlisted', 'checked_in') LIMIT 1",
                       {session_id, user_id});
  if (list.empty()) return std::nullopt;
  return list.front();
}

std::optional<Booking> ReceptionRepository::FirstWaitlisted(db::Tx& tx, int64_t session_id) {
  auto list = Bookings(tx, "b.session_id = $1 AND b.status = 'waitlisted' ORDER BY b.id LIMIT 1",
                       {session_id});
  if (list.empty()) return std::nullopt;
  return list.front();
}

void ReceptionRepository::SetStatus(db::Tx& tx, int64_t id, BookingStatus status,
                                    const std::optional<std::string>& slot,
                                    const std::string& now) {
  tx.Exec("UPDATE reception_bookings SET status = $2, slot = $3, updated_at = $4 WHERE id = $1",
          {id, BookingStatusName(status), slot, now});
}

void ReceptionRepository::RecordVisit(db::Tx& tx, const Booking& b, const std::string& now) {
  tx.Exec(
      "UPDATE reception_bookings SET status = $2, visited_at_ms = $3, matter = $4, promised = $5, "
      "follow_up_on = $6, category = $7, updated_at = $8 WHERE id = $1",
      {b.id, BookingStatusName(b.status), b.visited_at_ms, b.matter, b.promised, b.follow_up_on,
       b.category, now});
}

std::optional<std::pair<std::string, std::string>> ReceptionRepository::DeputyNames(
    db::Tx& tx, int64_t deputy_id) {
  auto r =
      tx.QueryOne("SELECT full_name_kk, full_name_ru FROM deputies WHERE id = $1", {deputy_id});
  if (!r) return std::nullopt;
  return std::make_pair(r->Str("full_name_kk"), r->Str("full_name_ru"));
}

void ReceptionRepository::LinkAppeal(db::Tx& tx, int64_t booking_id, int64_t appeal_id,
                                     const std::string& now) {
  tx.Exec("UPDATE reception_bookings SET appeal_id = $2, updated_at = $3 WHERE id = $1",
          {booking_id, appeal_id, now});
}

}  // namespace kenes::reception
