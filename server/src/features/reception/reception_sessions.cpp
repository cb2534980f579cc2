// ReceptionService: sessions (one-off and recurring schedules, cancel, move) and their lists.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/roles.hpp"
#include "features/calendar/calendar_service.hpp"
#include "features/reception/reception_policy.hpp"
#include "features/reception/reception_service.hpp"
#include "features/reception/reception_service_support.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::reception {
namespace {

// Sessions are scheduled at most this far ahead, and a rule may create at most this many.
constexpr int kMaxDaysAhead = 400;
constexpr size_t kMaxSessionsPerRule = 60;
// Upcoming lists show this many days by default, and never more than a year.
constexpr int kDefaultDaysShown = 60;

}  // namespace

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

}  // namespace kenes::reception
