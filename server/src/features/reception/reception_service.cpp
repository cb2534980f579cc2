#include "features/reception/reception_service.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/roles.hpp"
#include "features/calendar/calendar_service.hpp"
#include "features/catalog/catalog_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "features/reception/reception_messages.hpp"
#include "features/reception/reception_policy.hpp"
#include "features/tasks/tasks_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::reception {
namespace {

// Sessions are scheduled at most this far ahead, and a rule may create at most this many.
constexpr int kMaxDaysAhead = 400;
constexpr size_t kMaxSessionsPerRule = 60;
// Upcoming lists show this many days by default, and never more than a year.
constexpr int kDefaultDaysShown = 60;

Error Invalid(const std::vector<std::pair<std::string, std::string>>& problems) {
  std::map<std::string, std::string> fields;
  for (const auto& [k, v] : problems) fields.emplace(k, v);
  return Error::InvalidFields(std::move(fields));
}

Error Conflict(const std::string& field, const std::string& reason) {
  Error e = Error::Of(ErrorCode::kConflict, reason);
  e.fields.emplace(field, reason);
  return e;
}

}  // namespace

std::string ReceptionService::Today() const {
  return calendar::LocalDate(clock_.NowMs()).ToString();
}

std::optional<int64_t> ReceptionService::ActingDeputy(const Actor& actor) {
  if (!ReceptionPolicy::ActsAsDeputy(actor)) return std::nullopt;
  auto d = directory_->DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  return d->id;
}

std::vector<SessionView> ReceptionService::Views(db::Tx& tx, std::vector<Session> sessions) {
  std::vector<int64_t> ids;
  ids.reserve(sessions.size());
  for (const auto& s : sessions) ids.push_back(s.id);
  auto taken = repo_.TakenBySlot(tx, ids);
  auto waiting = repo_.Waitlisted(tx, ids);
  std::vector<SessionView> out;
  for (auto& s : sessions) {
    SessionView v;
    const auto& used = taken[s.id];
    for (const auto& start : SlotStarts(s)) {
      auto it = used.find(start);
      const int n = it == used.end() ? 0 : it->second;
      const int end = *ParseMinuteOfDay(start) + s.slot_minutes;
      v.slots.push_back({start, FormatMinuteOfDay(end), std::max(0, s.capacity - n)});
    }
    v.waitlisted = waiting[s.id];
    v.host_name_kk = v.host_name_ru = s.host_name;
    v.session = std::move(s);
    out.push_back(std::move(v));
  }
  return out;
}

// Deputies' names come from the directory, read outside the use case's transaction.
static void NameHosts(directory::DirectoryService& directory, std::vector<SessionView>& views) {
  std::map<int64_t, std::optional<directory::Deputy>> seen;
  for (auto& v : views) {
    if (!v.session.deputy_id) continue;
    auto [it, fresh] = seen.try_emplace(*v.session.deputy_id);
    if (fresh) it->second = directory.PublishedDeputy(*v.session.deputy_id);
    if (it->second) {
      v.host_name_kk = it->second->full_name_kk;
      v.host_name_ru = it->second->full_name_ru;
    }
  }
}

static void NameHost(directory::DirectoryService& directory, SessionView& view) {
  std::vector<SessionView> one{std::move(view)};
  NameHosts(directory, one);
  view = std::move(one.front());
}

Result<ScheduleResult> ReceptionService::Schedule(const Actor& actor, int64_t maslikhat_id,
                                                  NewSessions in) {
  if (!ReceptionPolicy::MayManage(actor, maslikhat_id)) return Error::NotFound();
  Session& s = in.session;
  s.maslikhat_id = maslikhat_id;
  if (s.deputy_id) {
    auto d = directory_->PublishedDeputy(*s.deputy_id);
    if (!d || d->maslikhat_id != maslikhat_id) return Invalid({{"deputy_id", "invalid"}});
  } else if (s.host_name.empty()) {
    return Invalid({{"host_name", "required"}});
  }
  const CivilDate today = calendar::LocalDate(clock_.NowMs());
  if (in.repeat) {
    const auto& r = *in.repeat;
    s.day = r.from.ToString();
    if (r.until < r.from) return Invalid({{"repeat.until", "before_start"}});
    if (r.until.DaysSinceEpoch() - r.from.DaysSinceEpoch() > kMaxRecurrenceDays)
      return Invalid({{"repeat.until", "too_far"}});
  }
  auto problems = SessionProblems(s);
  if (!problems.empty()) return Invalid(problems);
  const CivilDate first = *CivilDate::Parse(s.day);
  if (first < today) return Invalid({{in.repeat ? "repeat.from" : "day", "in_the_past"}});
  if (first.DaysSinceEpoch() - today.DaysSinceEpoch() > kMaxDaysAhead)
    return Invalid({{in.repeat ? "repeat.from" : "day", "too_far"}});

  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<ScheduleResult> {
    ScheduleResult out;
    std::vector<CivilDate> days{first};
    if (in.repeat) {
      std::vector<CivilDate> skipped;
      days = RecurringDays(*in.repeat, calendar::CalendarService::Around(tx, in.repeat->from),
                           &skipped);
      for (const auto& d : skipped) out.skipped.push_back(d.ToString());
      if (days.empty()) return Invalid({{"repeat", "no_days"}});
      if (days.size() > kMaxSessionsPerRule) return Invalid({{"repeat", "too_many"}});
    }
    s.created_at = FormatIsoUtc(now);
    for (const auto& d : days) {
      Session one = s;
      one.day = d.ToString();
      one.id = repo_.InsertSession(tx, one, actor.user_id);
      out.created.push_back(std::move(one));
    }
    nlohmann::json details = {{"sessions", out.created.size()}, {"skipped", out.skipped.size()}};
    audit::Record(tx, actor, {"reception.scheduled", "maslikhat", maslikhat_id, details.dump()},
                  now);
    return out;
  });
}

Result<std::vector<SessionView>> ReceptionService::Upcoming(const SessionFilter& filter) {
  const CivilDate today = calendar::LocalDate(clock_.NowMs());
  auto from = filter.from ? CivilDate::Parse(*filter.from) : today;
  auto to = filter.to ? CivilDate::Parse(*filter.to) : today.AddDays(kDefaultDaysShown);
  std::map<std::string, std::string> bad;
  if (!from) bad["from"] = "invalid";
  if (!to) bad["to"] = "invalid";
  if (from && to && (*to < *from || to->DaysSinceEpoch() - from->DaysSinceEpoch() > 366))
    bad["to"] = "out_of_range";
  if (!bad.empty()) return Error::InvalidFields(bad);
  auto views = db_.Read([&](db::Tx& tx) -> Result<std::vector<SessionView>> {
    SessionQuery q{
        filter.maslikhat_id, filter.deputy_id, from->ToString(), to->ToString(), false, 200};
    return Views(tx, repo_.Sessions(tx, q));
  });
  if (views.ok()) NameHosts(*directory_, *views);
  return views;
}

Result<SessionView> ReceptionService::Get(int64_t id) {
  auto view = db_.Read([&](db::Tx& tx) -> Result<SessionView> {
    auto s = repo_.FindSession(tx, id);
    if (!s) return Error::NotFound();
    return Views(tx, {*s}).front();
  });
  if (!view.ok()) return view;
  NameHost(*directory_, *view);
  return view;
}

Result<SessionView> ReceptionService::Cancel(const Actor& actor, int64_t id,
                                             const std::string& reason) {
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<SessionView> {
    auto s = repo_.LockSession(tx, id);
    if (!s || !ReceptionPolicy::MayManage(actor, s->maslikhat_id)) return Error::NotFound();
    if (s->status == SessionStatus::kCancelled) return Conflict("status", "already_cancelled");
    repo_.CancelSession(tx, id, reason);
    s->status = SessionStatus::kCancelled;
    s->cancel_reason = reason;
    const std::string stamp = FormatIsoUtc(now);
    for (const auto& b : repo_.SessionBookings(tx, id)) {
      if (b.status != BookingStatus::kBooked && b.status != BookingStatus::kWaitlisted) continue;
      repo_.SetStatus(tx, b.id, BookingStatus::kCancelled, b.slot, stamp);
      Mail(tx, b, *s, Notice::kSessionCancelled);
    }
    audit::Record(tx, actor, {"reception.cancelled", "reception_session", id, "{}"}, now);
    return Views(tx, {*s}).front();
  });
}

Result<SessionView> ReceptionService::Move(const Actor& actor, int64_t id, const MoveInput& in) {
  const auto day = CivilDate::Parse(in.day);
  const auto start = ParseMinuteOfDay(in.starts_at);
  std::map<std::string, std::string> bad;
  if (!day) bad["day"] = "invalid";
  if (!start) bad["starts_at"] = "invalid";
  if (!bad.empty()) return Error::InvalidFields(bad);
  const int64_t now = clock_.NowMs();
  const CivilDate today = calendar::LocalDate(now);
  if (*day < today || (*day == today && *start <= calendar::LocalMinuteOfDay(now)))
    return Invalid({{"day", "in_the_past"}});
  if (day->DaysSinceEpoch() - today.DaysSinceEpoch() > kMaxDaysAhead)
    return Invalid({{"day", "too_far"}});
  return db_.Write([&](db::Tx& tx) -> Result<SessionView> {
    auto s = repo_.LockSession(tx, id);
    if (!s || !ReceptionPolicy::MayManage(actor, s->maslikhat_id)) return Error::NotFound();
    if (s->status == SessionStatus::kCancelled) return Conflict("status", "already_cancelled");
    if (!calendar::CalendarService::Around(tx, *day).IsWorkingDay(*day))
      return Invalid({{"day", "not_working_day"}});
    // The same slots, shifted: a booking keeps its place in the order.
    const int shift = *start - *ParseMinuteOfDay(s->starts_at);
    const Session old = *s;
    s->day = day->ToString();
    s->starts_at = FormatMinuteOfDay(*start);
    const int end = *ParseMinuteOfDay(old.ends_at) + shift;
    if (end > 24 * 60) return Invalid({{"starts_at", "past_midnight"}});
    s->ends_at = FormatMinuteOfDay(end);
    if (in.place) s->place = *in.place;
    if (in.address) s->address = *in.address;
    if (in.map_url) s->map_url = *in.map_url;
    if (in.video_url) s->video_url = *in.video_url;
    auto problems = SessionProblems(*s);
    if (!problems.empty()) return Invalid(problems);
    if (s->day == old.day && s->starts_at == old.starts_at && s->place == old.place &&
        s->address == old.address && s->map_url == old.map_url && s->video_url == old.video_url)
      return Conflict("day", "unchanged");
    repo_.MoveSession(tx, *s);
    ++s->moves;
    const std::string stamp = FormatIsoUtc(now);
    for (auto b : repo_.SessionBookings(tx, id)) {
      if (b.status != BookingStatus::kBooked && b.status != BookingStatus::kWaitlisted) continue;
      const std::string was = LocalWhen(b, old);
      if (b.slot) b.slot = FormatMinuteOfDay(*ParseMinuteOfDay(*b.slot) + shift);
      repo_.MoveBooking(tx, b.id, b.slot, stamp);
      Mail(tx, b, *s, Notice::kSessionMoved, was);
    }
    nlohmann::json details = {{"from", old.day + " " + old.starts_at},
                              {"to", s->day + " " + s->starts_at}};
    audit::Record(tx, actor, {"reception.moved", "reception_session", id, details.dump()}, now);
    return Views(tx, {*s}).front();
  });
}

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

Result<DayList> ReceptionService::Day(const Actor& actor, int64_t session_id) {
  const auto acting = ActingDeputy(actor);
  auto out = db_.Read([&](db::Tx& tx) -> Result<DayList> {
    auto s = repo_.FindSession(tx, session_id);
    if (!s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    return DayList{Views(tx, {*s}).front(), repo_.SessionBookings(tx, session_id)};
  });
  if (out.ok()) {
    NameHost(*directory_, out->session);
  }
  return out;
}

Result<Booking> ReceptionService::RecordVisit(const Actor& actor, int64_t booking_id,
                                              VisitInput in) {
  if (in.follow_up_on && !CivilDate::Parse(*in.follow_up_on))
    return Invalid({{"follow_up_on", "invalid"}});
  const auto acting = ActingDeputy(actor);
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Booking> {
    auto b = repo_.FindBooking(tx, booking_id);
    auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
    if (!b || !s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    if (b->status != BookingStatus::kBooked && b->status != BookingStatus::kCheckedIn &&
        b->status != BookingStatus::kNoShow)
      return Conflict("status", "not_visitable");
    if (!in.attended && b->appeal_id) return Conflict("status", "has_appeal");
    b->status = in.attended ? BookingStatus::kCheckedIn : BookingStatus::kNoShow;
    if (in.attended && !b->visited_at_ms) b->visited_at_ms = now;
    if (!in.attended) b->visited_at_ms.reset();
    b->matter = in.matter;
    b->promised = in.promised;
    b->follow_up_on = in.follow_up_on;
    if (in.category && !catalog::CatalogService::IsCategory(tx, *in.category))
      return Invalid({{"category", "invalid"}});
    b->category = in.category;
    repo_.RecordVisit(tx, *b, FormatIsoUtc(now));
    audit::Record(tx, actor, {"reception.visit", "reception_booking", b->id, "{}"}, now);
    return *b;
  });
}

Result<Booking> ReceptionService::WalkIn(const Actor& actor, int64_t session_id,
                                         const WalkInInput& in) {
  const auto acting = ActingDeputy(actor);
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Booking> {
    auto s = repo_.LockSession(tx, session_id);
    if (!s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    if (s->status != SessionStatus::kScheduled) return Conflict("session", "cancelled");
    Booking b;
    b.session_id = session_id;
    b.name = in.name;
    b.phone = in.phone;
    b.email = in.email;
    b.topic = in.topic;
    b.language = in.language.empty() ? "ru" : in.language;
    b.status = BookingStatus::kCheckedIn;
    b.walk_in = true;
    b.booked_by = actor.user_id;
    b.visited_at_ms = now;
    b.created_at = FormatIsoUtc(now);
    b.id = repo_.InsertBooking(tx, b, b.created_at);
    audit::Record(tx, actor, {"reception.walk_in", "reception_booking", b.id, "{}"}, now);
    return b;
  });
}

Result<Booking> ReceptionService::MakeAppeal(const Actor& actor, int64_t booking_id,
                                             const AppealFromVisit& in) {
  const auto acting = ActingDeputy(actor);
  auto found = db_.Read([&](db::Tx& tx) -> Result<std::pair<Booking, Session>> {
    auto b = repo_.FindBooking(tx, booking_id);
    auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
    if (!b || !s || !ReceptionPolicy::MayHost(actor, *s, acting)) return Error::NotFound();
    return std::make_pair(*b, *s);
  });
  if (!found.ok()) return found.error();
  const auto& [b, s] = *found;
  if (b.status != BookingStatus::kCheckedIn || !b.visited_at_ms)
    return Conflict("status", "not_visited");
  if (b.appeal_id) return Conflict("appeal_id", "already_registered");

  appeals::IntakeInput intake;
  intake.type = in.type;
  intake.language = b.language;
  intake.subject = in.subject;
  intake.body = in.body;
  intake.channel = appeals::Channel::kReception;
  intake.received_at_ms = *b.visited_at_ms;
  if (s.deputy_id) {
    intake.addressee = appeals::Addressee::kDeputy;
    intake.deputy_id = s.deputy_id;
  } else {
    intake.addressee = appeals::Addressee::kMaslikhat;
    intake.maslikhat_id = s.maslikhat_id;
  }
  intake.contact_preference =
      b.email.empty() ? appeals::ContactPreference::kPhone : appeals::ContactPreference::kEmail;
  intake.applicant_name = b.name;
  intake.applicant_email = b.email;
  intake.applicant_phone = b.phone;
  intake.from_reception = true;
  intake.applicant_user_id = b.user_id;
  auto appeal = appeals_->File(actor, std::move(intake));
  if (!appeal.ok()) return appeal.error();

  // The appeal is registered in its own use case; the link follows. A second click between the
  // two finds the booking unlinked only for that instant, and the link is kept once.
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Booking> {
    auto current = repo_.FindBooking(tx, booking_id);
    if (!current) return Error::NotFound();
    if (!current->appeal_id) repo_.LinkAppeal(tx, booking_id, appeal->id, FormatIsoUtc(now));
    audit::Record(tx, actor, {"reception.appeal", "reception_booking", booking_id, "{}"}, now);
    return *repo_.FindBooking(tx, booking_id);
  });
}

void ReceptionService::Mail(db::Tx& tx, const Booking& b, const Session& s, Notice notice,
                            const std::string& was) {
  const bool told_by_staff = notice == Notice::kSessionCancelled || notice == Notice::kSessionMoved;
  // The bell in the person's account, for the events they did not cause themselves.
  if (b.user_id) {
    const char* kind = notice == Notice::kPromoted           ? "reception_promoted"
                       : notice == Notice::kSessionCancelled ? "reception_cancelled"
                       : notice == Notice::kSessionMoved     ? "reception_moved"
                       : notice == Notice::kReminder         ? "reception_reminder"
                                                             : nullptr;
    if (kind)
      notifications::PostAboutBooking(tx, *b.user_id, kind, b.id,
                                      s.day + " " + b.slot.value_or(s.starts_at), clock_.NowMs());
  }
  // Phone bookings and walk-ins without an e-mail are told by staff: of a cancelled or moved
  // session by a call task, of the rest at the desk.
  if (b.email.empty() && !told_by_staff) return;
  std::string host = s.host_name;
  if (s.deputy_id) {
    if (auto names = repo_.DeputyNames(tx, *s.deputy_id))
      host = b.language == "kk" ? names->first : names->second;
  }
  auto text = NoticeText(notice, b, s, host, was);
  if (b.email.empty()) {
    tasks::NewTask task;
    task.maslikhat_id = s.maslikhat_id;
    task.kind = tasks::TaskKind::kCall;
    task.subject_type = "reception_booking";
    task.subject_id = b.id;
    task.person_name = b.name;
    task.phone = b.phone;
    task.language = b.language;
    task.message = text.subject + "\n\n" + text.body;
    tasks::AddTask(tx, task, clock_.NowMs());
    return;
  }
  if (notice == Notice::kBooked || notice == Notice::kWaitlisted || notice == Notice::kPromoted ||
      notice == Notice::kReminder || notice == Notice::kSessionMoved) {
    // A fresh random link per mail; only its hash is kept, and older mails' links stay valid.
    const std::string token = crypto::RandomToken(32);
    links_.AddCancelLink(tx, b.id, CancelLinkHash(token), FormatIsoUtc(clock_.NowMs()));
    text.body +=
        "\n" + CancelLinkLine(b.language, public_url_ + "/receptions/cancel?token=" + token);
  }
  jobs::Enqueue(tx, jobs::kSendMail,
                {{"to", b.email}, {"subject", text.subject}, {"body", text.body}}, clock_.NowMs());
}

Result<std::vector<SessionView>> ReceptionService::OwnUpcoming(const Actor& actor,
                                                               const SessionFilter& filter) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  std::vector<SessionFilter> parts;
  if (auto deputy = ActingDeputy(actor)) parts.push_back({std::nullopt, deputy, {}, {}});
  for (const int64_t m : roles::StaffMaslikhats(actor)) parts.push_back({m, std::nullopt, {}, {}});
  // No deputy has id 0: someone who hosts nothing gets an empty list, the span checked all the
  // same.
  if (parts.empty()) parts.push_back({std::nullopt, 0, {}, {}});
  std::vector<SessionView> out;
  std::set<int64_t> seen;
  for (auto& part : parts) {
    part.from = filter.from;
    part.to = filter.to;
    auto some = Upcoming(part);
    if (!some.ok()) return some;
    for (auto& v : *some)
      if (seen.insert(v.session.id).second) out.push_back(std::move(v));
  }
  std::stable_sort(out.begin(), out.end(), [](const SessionView& a, const SessionView& b) {
    return std::tie(a.session.day, a.session.starts_at, a.session.id) <
           std::tie(b.session.day, b.session.starts_at, b.session.id);
  });
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
