#pragma once
// Reception sessions (`reception_sessions`) and their bookings (`reception_bookings`).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/reception/reception.hpp"
#include "platform/db/database.hpp"

namespace kenes::reception {

struct SessionQuery {
  std::optional<int64_t> maslikhat_id, deputy_id;
  std::string from_day, to_day;  // inclusive, YYYY-MM-DD
  bool include_cancelled = false;
  int limit = 100;
};

class ReceptionRepository {
 public:
  int64_t InsertSession(db::Tx& tx, const Session& s, std::optional<int64_t> created_by);
  std::optional<Session> FindSession(db::Tx& tx, int64_t id);
  // Takes the session for a booking change: on PostgreSQL the row stays locked until commit.
  std::optional<Session> LockSession(db::Tx& tx, int64_t id);
  std::vector<Session> Sessions(db::Tx& tx, const SessionQuery& q);
  void CancelSession(db::Tx& tx, int64_t id, const std::string& reason);
  // Sets the session's day, times and place (as `s` has them) and counts the move.
  void MoveSession(db::Tx& tx, const Session& s);
  // A booking's slot after its session moved; its reminder is due again.
  void MoveBooking(db::Tx& tx, int64_t booking_id, const std::optional<std::string>& slot,
                   const std::string& now);

  // Places taken per slot start (booked or checked in) of each session.
  std::map<int64_t, std::map<std::string, int>> TakenBySlot(db::Tx& tx,
                                                            const std::vector<int64_t>& sessions);
  std::map<int64_t, int> Waitlisted(db::Tx& tx, const std::vector<int64_t>& sessions);

  int64_t InsertBooking(db::Tx& tx, const Booking& b, const std::string& now);
  std::optional<Booking> FindBooking(db::Tx& tx, int64_t id);
  std::vector<Booking> SessionBookings(db::Tx& tx, int64_t session_id);
  std::vector<Booking> UserBookings(db::Tx& tx, int64_t user_id);
  // The person's booking of the session that still holds a place or a waitlist turn.
  std::optional<Booking> ActiveBookingOf(db::Tx& tx, int64_t session_id, int64_t user_id);
  // The first in the waitlist (by when they asked).
  std::optional<Booking> FirstWaitlisted(db::Tx& tx, int64_t session_id);
  void SetStatus(db::Tx& tx, int64_t id, BookingStatus status,
                 const std::optional<std::string>& slot, const std::string& now);
  void RecordVisit(db::Tx& tx, const Booking& b, const std::string& now);
  // A deputy's names (kk, ru) for the mail, read inside the booking's transaction. The one read
  // of the directory's table here: asking the directory service would take a second connection
  // while this transaction holds the session.
  std::optional<std::pair<std::string, std::string>> DeputyNames(db::Tx& tx, int64_t deputy_id);
  void LinkAppeal(db::Tx& tx, int64_t booking_id, int64_t appeal_id, const std::string& now);

 private:
  std::vector<Booking> Bookings(db::Tx& tx, const std::string& where, const db::Params& params);
};

}  // namespace kenes::reception
