#pragma once
// Reception use cases: scheduling sessions (one-off or by a recurring rule on the production
// calendar), booking with a waitlist, the reception day, and turning a visit into an appeal. One
// transaction each; mail goes out through the job outbox.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/identity/identity_service.hpp"
#include "features/reception/reception.hpp"
#include "features/reception/reception_feed_repository.hpp"
#include "features/reception/reception_messages.hpp"
#include "features/reception/reception_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::reception {

struct NewSessions {
  Session session;  // day ignored when `repeat` is set
  std::optional<Recurrence> repeat;
};
struct ScheduleResult {
  std::vector<Session> created;
  std::vector<std::string> skipped;  // days of the rule the production calendar makes non-working
};

struct SessionView {
  Session session;
  std::vector<Slot> slots;
  int waitlisted = 0;
  std::string host_name_kk, host_name_ru;  // the deputy's name, or host_name
};

struct SessionFilter {
  std::optional<int64_t> maslikhat_id, deputy_id;
  std::optional<std::string> from, to;  // YYYY-MM-DD; default today … 60 days on
};

// A session moved to another day and time; the place and links change only when given.
struct MoveInput {
  std::string day, starts_at;
  std::optional<std::string> place{}, address{}, map_url{}, video_url{};
};

struct BookingInput {
  std::optional<std::string> slot;  // none: the first free one
  std::string topic, description, language;
  // A phone booking by staff: the person's name and contact.
  std::string name, phone, email;
};

struct VisitInput {
  bool attended = true;
  std::string matter, promised;
  std::optional<std::string> follow_up_on;
  std::optional<std::string> category;  // a key of the categories catalog
};

struct WalkInInput {
  std::string name, phone, email, topic, language;
};

struct AppealFromVisit {
  appeals::AppealType type = appeals::AppealType::kProposal;
  std::string subject, body;
};

// A booking with the session it belongs to, for a person's own list and for answers.
struct BookingView {
  Booking booking;
  SessionView session;
};

struct DayList {
  SessionView session;
  std::vector<Booking> bookings;
};

class ReceptionService {
 public:
  ReceptionService(db::Database& db, const Clock& clock,
                   std::shared_ptr<directory::DirectoryService> directory,
                   std::shared_ptr<identity::IdentityService> identity,
                   std::shared_ptr<appeals::AppealService> appeals)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        identity_(std::move(identity)),
        appeals_(std::move(appeals)) {}

  Result<ScheduleResult> Schedule(const Actor& actor, int64_t maslikhat_id, NewSessions in);
  Result<std::vector<SessionView>> Upcoming(const SessionFilter& filter);
  Result<SessionView> Get(int64_t id);
  Result<SessionView> Cancel(const Actor& actor, int64_t id, const std::string& reason);
  // Moves a session to another working day and time, keeping its slots (same number, same
  // length: every booking keeps its slot's place in the order) and telling everyone booked or
  // waiting: a mail with the old and new time, or a call task for staff without an e-mail.
  Result<SessionView> Move(const Actor& actor, int64_t id, const MoveInput& in);

  Result<BookingView> Book(const Actor& actor, int64_t session_id, BookingInput in);
  Result<BookingView> CancelBooking(const Actor& actor, int64_t booking_id);
  Result<std::vector<BookingView>> Mine(const Actor& actor);

  Result<DayList> Day(const Actor& actor, int64_t session_id);
  Result<Booking> RecordVisit(const Actor& actor, int64_t booking_id, VisitInput in);
  Result<Booking> WalkIn(const Actor& actor, int64_t session_id, const WalkInInput& in);
  // Registers the visit's matter as an appeal (channel "reception", received at the visit, the
  // session's deputy as addressee) and links the two.
  Result<Booking> MakeAppeal(const Actor& actor, int64_t booking_id, const AppealFromVisit& in);

  // The signed-in person's own reception days (?mine=true): a deputy's sessions, and every session
  // of the maslikhats they staff; the filter's span applies, its maslikhat and deputy do not.
  Result<std::vector<SessionView>> OwnUpcoming(const Actor& actor, const SessionFilter& filter);
  // Booking mails carry a one-click cancel link under this address (the web's public URL).
  void SetPublicUrl(std::string url) { public_url_ = std::move(url); }
  // The booking a cancel link names (its summary for the page), and cancelling it by the link:
  // no sign-in, the same cancel as the owner's (the slot goes to the first in the waitlist). A
  // link that names no booking, or one no longer cancellable, answers 404 alike.
  Result<BookingView> LinkedBooking(const std::string& token);
  Result<BookingView> CancelByLink(const std::string& token);
  // Mails the reminder to everyone booked with an e-mail for sessions on `day`, once each.
  int SendReminders(const std::string& day);

 private:
  Result<BookingView> CancelHeld(db::Tx& tx, const Actor& actor, int64_t booking_id, bool by_link,
                                 const std::function<bool(const Booking&, const Session&)>& may);
  std::optional<int64_t> ActingDeputy(const Actor& actor);
  std::vector<SessionView> Views(db::Tx& tx, std::vector<Session> sessions);
  // Gives a freed place to the first in the waitlist, and tells them.
  void PromoteWaitlisted(db::Tx& tx, const Session& s, const std::string& slot,
                         const std::string& now);
  // Mails the notice; a person without an e-mail told of a cancelled or moved session gets a
  // call task for the maslikhat's staff instead. `was`: the old time of a move.
  void Mail(db::Tx& tx, const Booking& b, const Session& s, Notice notice,
            const std::string& was = "");
  std::string Today() const;

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<identity::IdentityService> identity_;
  std::shared_ptr<appeals::AppealService> appeals_;
  ReceptionRepository repo_;
  ReceptionFeedRepository links_;
  std::string public_url_;
};

}  // namespace kenes::reception
