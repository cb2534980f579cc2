// ReceptionService: booking, the waitlist, cancelling (by the person, host or link), reminders.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "features/reception/reception_messages.hpp"
#include "features/reception/reception_policy.hpp"
#include "features/reception/reception_service.hpp"
#include "features/reception/reception_service_support.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::reception {

Result<BookingView> ReceptionService::Book(const Actor& actor, int64_t session_id,
                                           BookingInput in) {
  if (!ReceptionPolicy::MayBook(actor)) return Error::Unauthenticated();
  if (in.language.empty()) in.language = "ru";
  // Staff booking by phone name the person; anyone else books for themselves.
  const bool for_someone = !in.name.empty();
  Booking b;
  b.session_id = session_id;
  b.topic = in.topic;
  b.description = in.description;
  b.language = in.language;
  if (for_someone) {
    if (in.phone.empty() && in.email.empty()) return Invalid({{"phone", "required"}});
    b.name = in.name;
    b.phone = in.phone;
    b.email = in.email;
    b.booked_by = actor.user_id;
  } else {
    auto me = identity_->Me(actor);
    if (!me.ok()) return me.error();
    b.user_id = me->id;
    b.name = me->display_name;
    b.email = me->email.value_or("");
    b.phone = me->phone.value_or("");
  }
  const int64_t now = clock_.NowMs();
  const std::string today = Today();
  auto out = db_.Write([&](db::Tx& tx) -> Result<BookingView> {
    auto s = repo_.LockSession(tx, session_id);
    if (!s) return Error::NotFound();
    if (for_someone && !ReceptionPolicy::MayManage(actor, s->maslikhat_id))
      return Error::NotFound();
    if (s->status != SessionStatus::kScheduled) return Conflict("session", "cancelled");
    if (s->day < today) return Conflict("session", "past");
    if (b.user_id && repo_.ActiveBookingOf(tx, session_id, *b.user_id))
      return Conflict("session", "already_booked");
    auto view = Views(tx, {*s}).front();
    std::optional<std::string> slot;
    if (in.slot) {
      auto it = std::find_if(view.slots.begin(), view.slots.end(),
                             [&](const Slot& x) { return x.start == *in.slot; });
      if (it == view.slots.end()) return Invalid({{"slot", "invalid"}});
      if (it->free > 0) slot = it->start;
    } else {
      for (const auto& x : view.slots) {
        if (x.free > 0) {
          slot = x.start;
          break;
        }
      }
    }
    // A full slot (the last place taken a moment ago) puts the person on the waitlist rather
    // than failing: they asked to be received, and the first place that frees is theirs.
    b.slot = slot;
    b.status = slot ? BookingStatus::kBooked : BookingStatus::kWaitlisted;
    b.created_at = FormatIsoUtc(now);
    b.id = repo_.InsertBooking(tx, b, b.created_at);
    Mail(tx, b, *s, slot ? Notice::kBooked : Notice::kWaitlisted);
    audit::Record(tx, actor, {"reception.booked", "reception_booking", b.id, "{}"}, now);
    return BookingView{b, Views(tx, {*s}).front()};
  });
  if (out.ok()) {
    NameHost(*directory_, out->session);
  }
  return out;
}

void ReceptionService::PromoteWaitlisted(db::Tx& tx, const Session& s, const std::string& slot,
                                         const std::string& now) {
  auto next = repo_.FirstWaitlisted(tx, s.id);
  if (!next) return;
  repo_.SetStatus(tx, next->id, BookingStatus::kBooked, slot, now);
  next->slot = slot;
  next->status = BookingStatus::kBooked;
  Mail(tx, *next, s, Notice::kPromoted);
}

Result<BookingView> ReceptionService::CancelBooking(const Actor& actor, int64_t booking_id) {
  const auto acting = ActingDeputy(actor);
  return db_.Write([&](db::Tx& tx) -> Result<BookingView> {
    return CancelHeld(tx, actor, booking_id, false, [&](const Booking& b, const Session& s) {
      return ReceptionPolicy::MayCancel(actor, b, s, acting);
    });
  });
}

Result<BookingView> ReceptionService::CancelHeld(
    db::Tx& tx, const Actor& actor, int64_t booking_id, bool by_link,
    const std::function<bool(const Booking&, const Session&)>& may) {
  const int64_t now = clock_.NowMs();
  auto found = repo_.FindBooking(tx, booking_id);
  if (!found) return Error::NotFound();
  auto s = repo_.LockSession(tx, found->session_id);
  auto b = repo_.FindBooking(tx, booking_id);  // again, now that the session is held
  if (!s || !b || !may(*b, *s)) return Error::NotFound();
  if (b->status != BookingStatus::kBooked && b->status != BookingStatus::kWaitlisted)
    return Conflict("status", "not_cancellable");
  const std::string stamp = FormatIsoUtc(now);
  const auto freed = b->status == BookingStatus::kBooked ? b->slot : std::nullopt;
  repo_.SetStatus(tx, b->id, BookingStatus::kCancelled, b->slot, stamp);
  b->status = BookingStatus::kCancelled;
  if (!by_link && b->user_id != actor.user_id) Mail(tx, *b, *s, Notice::kCancelledByHost);
  if (freed && s->day >= Today()) PromoteWaitlisted(tx, *s, *freed, stamp);
  // By the mailed link there is no account to name: the audit row says how instead.
  audit::Record(tx, actor,
                {"reception.booking_cancelled", "reception_booking", b->id,
                 by_link ? R"({"by":"mail_link"})" : "{}"},
                now);
  return BookingView{*b, Views(tx, {*s}).front()};
}

Result<std::vector<BookingView>> ReceptionService::Mine(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto out = db_.Read([&](db::Tx& tx) -> Result<std::vector<BookingView>> {
    std::vector<BookingView> list;
    std::map<int64_t, SessionView> sessions;
    for (auto& b : repo_.UserBookings(tx, *actor.user_id)) {
      auto it = sessions.find(b.session_id);
      if (it == sessions.end()) {
        auto s = repo_.FindSession(tx, b.session_id);
        if (!s) continue;
        it = sessions.emplace(b.session_id, Views(tx, {*s}).front()).first;
      }
      list.push_back({std::move(b), it->second});
    }
    return list;
  });
  if (out.ok()) {
    std::vector<SessionView> views;
    for (const auto& bv : *out) views.push_back(bv.session);
    NameHosts(*directory_, views);
    for (size_t i = 0; i < views.size(); ++i) (*out)[i].session = std::move(views[i]);
  }
  return out;
}

// The link's token is 32 random bytes; a wrong one is found by nothing, a malformed one is not
// looked up at all.
Result<BookingView> ReceptionService::LinkedBooking(const std::string& token) {
  if (token.size() != 64) return Error::NotFound();
  auto out = db_.Read([&](db::Tx& tx) -> Result<BookingView> {
    auto id = links_.BookingOfLink(tx, CancelLinkHash(token));
    auto b = id ? repo_.FindBooking(tx, *id) : std::nullopt;
    auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
    if (!b || !s) return Error::NotFound();
    return BookingView{*b, Views(tx, {*s}).front()};
  });
  if (out.ok()) {
    NameHost(*directory_, out->session);
  }
  return out;
}

Result<BookingView> ReceptionService::CancelByLink(const std::string& token) {
  if (token.size() != 64) return Error::NotFound();
  auto out = db_.Write([&](db::Tx& tx) -> Result<BookingView> {
    auto id = links_.BookingOfLink(tx, CancelLinkHash(token));
    if (!id) return Error::NotFound();
    Actor by_link;  // the holder of the mail; no account
    auto r =
        CancelHeld(tx, by_link, *id, true, [](const Booking&, const Session&) { return true; });
    // Already cancelled (or visited): the same answer as a link that names nothing.
    if (!r.ok() && r.error().code == ErrorCode::kConflict) return Error::NotFound();
    return r;
  });
  if (out.ok()) {
    NameHost(*directory_, out->session);
  }
  return out;
}

int ReceptionService::SendReminders(const std::string& day) {
  const int64_t now = clock_.NowMs();
  int sent = 0;
  (void)db_.Write([&](db::Tx& tx) -> Status {
    for (int64_t id : links_.DueReminders(tx, day)) {
      // Marked in the transaction that queues the mail: a second run (or a restart) finds it done.
      if (!links_.MarkReminded(tx, id, FormatIsoUtc(now))) continue;
      auto b = repo_.FindBooking(tx, id);
      auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
      if (!b || !s) continue;
      Mail(tx, *b, *s, Notice::kReminder);
      ++sent;
    }
    return Ok();
  });
  return sent;
}

}  // namespace kenes::reception
