#include "features/reception/reception_feed.hpp"

#include "features/reception/reception_policy.hpp"
#include "platform/docs/ics.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::reception {

namespace ics = docs::ics;
namespace {

constexpr int64_t kMinuteMs = int64_t{60} * 1000;
constexpr int64_t kDayMs = int64_t{24} * 60 * kMinuteMs;
constexpr int64_t kLocalOffsetMs = int64_t{5} * 60 * kMinuteMs;  // UTC+5, all of Kazakhstan
constexpr int kFeedDaysBack = 30;
constexpr int kFeedDaysAhead = 400;
constexpr int kFeedMaxSessions = 2000;

std::string Summary(const std::string& lang, const std::string& host) {
  return i18n::Text(lang, "reception.feed.name") + ": " + host;
}

std::string Where(const Session& s) {
  if (s.place_kind == PlaceKind::kOnline) return s.video_url;
  return s.address.empty() ? s.place : s.place + ", " + s.address;
}

}  // namespace

int64_t NextReminderRun(int64_t now_ms) {
  const int64_t local = now_ms + kLocalOffsetMs;
  const int64_t day_start = local - ((local % kDayMs) + kDayMs) % kDayMs;
  int64_t next = day_start + int64_t{kRemindAtLocalHour} * 60 * kMinuteMs;
  if (next <= local) next += kDayMs;
  return next - kLocalOffsetMs;
}

Result<std::string> ReceptionFeeds::Booking(const Actor& actor, int64_t booking_id,
                                            const std::string& lang) {
  std::optional<int64_t> acting;
  if (ReceptionPolicy::ActsAsDeputy(actor)) {
    if (auto d = directory_->DeputyOfUser(*actor.user_id)) acting = d->id;
  }
  const int64_t now = clock_.NowMs();
  return db_.Read([&](db::Tx& tx) -> Result<std::string> {
    auto b = repo_.FindBooking(tx, booking_id);
    auto s = b ? repo_.FindSession(tx, b->session_id) : std::nullopt;
    if (!b || !s || !ReceptionPolicy::MayCancel(actor, *b, *s, acting)) return Error::NotFound();
    std::string host = s->host_name;
    if (s->deputy_id) {
      if (auto names = repo_.DeputyNames(tx, *s->deputy_id))
        host = lang == "kk" ? names->first : names->second;
    }
    ics::Event e;
    e.uid = "reception-booking-" + std::to_string(b->id) + "@kenes";
    e.day = s->day;
    // The slot; the whole session while waitlisted.
    e.start = b->slot.value_or(s->starts_at);
    e.end = b->slot ? FormatMinuteOfDay(*ParseMinuteOfDay(*b->slot) + s->slot_minutes) : s->ends_at;
    e.stamp_ms = now;
    e.summary = Summary(lang, host);
    e.location = Where(*s);
    e.description = b->topic;
    if (s->deputy_id) e.url = public_url_ + "/deputies/" + std::to_string(*s->deputy_id);
    e.cancelled = s->status == SessionStatus::kCancelled || b->status == BookingStatus::kCancelled;
    e.sequence = s->moves + (e.cancelled ? 1 : 0);
    return ics::Calendar(e.summary, {e});
  });
}

Result<std::string> ReceptionFeeds::Deputy(int64_t deputy_id, const std::string& lang) {
  auto d = directory_->PublishedDeputy(deputy_id);
  if (!d) return Error::NotFound();
  SessionQuery q;
  q.deputy_id = deputy_id;
  return Schedule(q, Summary(lang, lang == "kk" ? d->full_name_kk : d->full_name_ru), lang);
}

Result<std::string> ReceptionFeeds::Maslikhat(int64_t maslikhat_id, const std::string& lang) {
  auto names = db_.Read([&](db::Tx& tx) -> Result<std::pair<std::string, std::string>> {
    auto n = feed_repo_.MaslikhatNames(tx, maslikhat_id);
    if (!n) return Error::NotFound();
    return *n;
  });
  if (!names.ok()) return names.error();
  SessionQuery q;
  q.maslikhat_id = maslikhat_id;
  return Schedule(q, Summary(lang, lang == "kk" ? names->first : names->second), lang);
}

Result<std::string> ReceptionFeeds::Schedule(const SessionQuery& query, const std::string& name,
                                             const std::string& lang) {
  const int64_t now = clock_.NowMs();
  const auto today = calendar::LocalDate(now);
  SessionQuery q = query;
  q.from_day = today.AddDays(-kFeedDaysBack).ToString();
  q.to_day = today.AddDays(kFeedDaysAhead).ToString();
  q.include_cancelled = true;
  q.limit = kFeedMaxSessions;
  return db_.Read([&](db::Tx& tx) -> Result<std::string> {
    std::map<int64_t, std::optional<std::pair<std::string, std::string>>> deputies;
    std::vector<ics::Event> events;
    for (const auto& s : repo_.Sessions(tx, q)) {
      std::string host = s.host_name;
      if (s.deputy_id) {
        auto [it, fresh] = deputies.try_emplace(*s.deputy_id);
        if (fresh) it->second = repo_.DeputyNames(tx, *s.deputy_id);
        if (it->second) host = lang == "kk" ? it->second->first : it->second->second;
      }
      ics::Event e;
      e.uid = "reception-session-" + std::to_string(s.id) + "@kenes";
      e.day = s.day;
      e.start = s.starts_at;
      e.end = s.ends_at;
      e.stamp_ms = now;
      e.summary = Summary(lang, host);
      e.location = Where(s);
      e.description = s.cancel_reason;
      e.url = s.deputy_id ? public_url_ + "/deputies/" + std::to_string(*s.deputy_id)
                          : public_url_ + "/maslikhats/" + std::to_string(s.maslikhat_id);
      e.cancelled = s.status == SessionStatus::kCancelled;
      e.sequence = s.moves + (e.cancelled ? 1 : 0);
      events.push_back(std::move(e));
    }
    return ics::Calendar(name, events);
  });
}

}  // namespace kenes::reception
