// EventService::Calendar: the subscribable ICS of a maslikhat's or a deputy's events.
#include "features/calendar/calendar_service.hpp"
#include "features/events/events_service.hpp"
#include "platform/docs/ics.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::events {
namespace {

constexpr int kDaysBack = 30;
constexpr int kDaysAhead = 400;
constexpr int kMaxEvents = 2000;

std::string CalendarName(const std::string& lang, const std::string& whose) {
  return i18n::Text(lang, "events.calendar.name") + ": " + whose;
}

}  // namespace

Result<std::string> EventService::Calendar(CalendarScope scope, int64_t id,
                                           const std::string& lang) {
  const Actor nobody;
  const bool kk = lang == "kk";
  EventFilter f;
  std::string whose;
  if (scope == CalendarScope::kMaslikhat) {
    auto m = directory_->GetMaslikhat(nobody, id);
    if (!m.ok()) return Error::NotFound();
    whose = kk ? m->maslikhat.name_kk : m->maslikhat.name_ru;
    f.maslikhat_id = id;
  } else {
    auto d = directory_->PublishedDeputy(id);
    if (!d) return Error::NotFound();
    whose = kk ? d->full_name_kk : d->full_name_ru;
    f.deputy_id = id;
  }
  const int64_t now = clock_.NowMs();
  const auto today = calendar::LocalDate(now);
  f.from = today.AddDays(-kDaysBack).ToString();
  f.to = today.AddDays(kDaysAhead).ToString();
  return db_.Read([&](db::Tx& tx) -> Result<std::string> {
    std::vector<docs::ics::Event> out;
    for (const auto& e : repo_.List(tx, f, kMaxEvents)) {
      const EventDraft& d = e.draft;
      const EventText& t = d.texts.at(ServedLanguage(d, lang));
      docs::ics::Event c;
      // Stable across edits: a subscriber's calendar updates the entry it has.
      c.uid = "event-" + std::to_string(e.id) + "@kenes";
      c.day = d.starts_at.substr(0, 10);
      c.start = d.starts_at.substr(11, 5);
      c.end_day = d.ends_at.substr(0, 10);
      c.end = d.ends_at.substr(11, 5);
      c.stamp_ms = now;
      c.summary = t.title;
      c.location = d.place.empty() ? d.online_url : d.place;
      c.description = e.status == EventStatus::kCancelled ? e.cancel_reason : t.description;
      c.url = public_url_ + "/events/" + std::to_string(e.id);
      c.cancelled = e.status == EventStatus::kCancelled;
      c.sequence = static_cast<int>(e.sequence);
      out.push_back(std::move(c));
    }
    return docs::ics::Calendar(CalendarName(lang, whose), out);
  });
}

}  // namespace kenes::events
