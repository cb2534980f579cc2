#include "features/events/events_service.hpp"

#include <cstdio>

#include "features/calendar/calendar_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "features/subscriptions/subscriptions_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::events {
namespace {

Error Conflict(const char* status) {
  Error e = Error::Of(ErrorCode::kConflict, status);
  e.fields.emplace("status", status);
  return e;
}

}  // namespace

std::optional<OwnDeputy> EventService::Own(const Actor& actor) {
  if (!actor.user_id) return std::nullopt;
  auto d = directory_->DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  return OwnDeputy{d->id, d->maslikhat_id};
}

std::string EventService::LocalNow() const {
  const int64_t now = clock_.NowMs();
  const int minute = calendar::LocalMinuteOfDay(now);
  char hhmm[16];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", minute / 60, minute % 60);
  return calendar::LocalDate(now).ToString() + "T" + hhmm;
}

Status EventService::CheckDraft(int64_t maslikhat_id, EventDraft& d) {
  bool any_title = false;
  for (auto& t : d.texts) {
    any_title = any_title || !t.title.empty();
    // A description without a title in that language would never be shown.
    if (t.title.empty() && !t.description.empty()) return Error::Invalid("texts", "title_missing");
    t.description_html = docs::RenderMarkdown(t.description);
  }
  if (!any_title) return Error::Invalid("texts", "required");
  if (!ParseLocalTime(d.starts_at)) return Error::Invalid("starts_at", "invalid");
  if (!ParseLocalTime(d.ends_at)) return Error::Invalid("ends_at", "invalid");
  if (d.ends_at <= d.starts_at) return Error::Invalid("ends_at", "before_start");
  if (!d.online_url.empty() && !IsWebLink(d.online_url)) {
    return Error::Invalid("online_url", "invalid");
  }
  if (d.type == EventType::kOnline && d.online_url.empty()) {
    return Error::Invalid("online_url", "required");
  }
  if (d.type != EventType::kOnline && d.place.empty()) return Error::Invalid("place", "required");
  if (d.deputy_id) {
    auto dep = directory_->PublishedDeputy(*d.deputy_id);
    if (!dep || dep->maslikhat_id != maslikhat_id) return Error::Invalid("deputy_id", "not_found");
  }
  const Actor nobody;
  if (d.commission_id) {
    auto c = directory_->GetCommission(nobody, *d.commission_id);
    if (!c.ok() || c->commission.maslikhat_id != maslikhat_id) {
      return Error::Invalid("commission_id", "not_found");
    }
  }
  if (d.okrug_id) {
    auto o = directory_->GetOkrug(nobody, *d.okrug_id);
    if (!o.ok() || o->okrug.maslikhat_id != maslikhat_id) {
      return Error::Invalid("okrug_id", "not_found");
    }
  }
  return Ok();
}

EventView EventService::ViewOf(Event e, const std::string& lang) const {
  EventView v;
  v.lang = kLanguages.at(ServedLanguage(e.draft, lang));
  for (size_t i = 0; i < kLanguages.size(); ++i) {
    if (!e.draft.texts.at(i).title.empty()) v.available.emplace_back(kLanguages.at(i));
  }
  v.event = std::move(e);
  return v;
}

Result<EventPage> EventService::PublicList(const EventFilter& filter, const std::string& lang,
                                           int limit) {
  return db_.Read([&](db::Tx& tx) -> Result<EventPage> {
    auto events = repo_.List(tx, filter, limit + 1);
    EventPage page;
    const bool more = events.size() > static_cast<size_t>(limit);
    if (more) events.pop_back();
    for (auto& e : events) page.items.push_back(ViewOf(std::move(e), lang));
    if (more) {
      const Event& last = page.items.back().event;
      page.next_cursor = last.draft.starts_at + "~" + std::to_string(last.id);
    }
    return page;
  });
}

Result<EventView> EventService::PublicGet(const Actor& actor, int64_t id, const std::string& lang) {
  return db_.Read([&](db::Tx& tx) -> Result<EventView> {
    auto e = repo_.Find(tx, id);
    if (!e) return Error::NotFound();
    EventView v = ViewOf(std::move(*e), lang);
    if (actor.user_id) v.mine = repo_.ActiveRegistration(tx, id, *actor.user_id).has_value();
    return v;
  });
}

Result<std::vector<EventView>> EventService::List(const Actor& actor, int64_t maslikhat_id) {
  const auto own = Own(actor);
  if (!EventsPolicy::MayList(actor, maslikhat_id, own)) return Error::NotFound();
  const bool all = EventsPolicy::MayManage(actor, maslikhat_id);
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<EventView>> {
    std::vector<EventView> out;
    for (auto& e :
         repo_.ListAll(tx, maslikhat_id,
                       all ? std::nullopt : std::optional<int64_t>(own->deputy_id), kMaxListed)) {
      out.push_back(ViewOf(std::move(e), "ru"));
    }
    return out;
  });
}

Result<Event> EventService::Writable(db::Tx& tx, const Actor& actor,
                                     const std::optional<OwnDeputy>& own, int64_t id) {
  auto e = repo_.Find(tx, id);
  if (!e || !EventsPolicy::MayWrite(actor, e->maslikhat_id, e->draft.deputy_id, own)) {
    return Error::NotFound();
  }
  return std::move(*e);
}

Result<EventView> EventService::Get(const Actor& actor, int64_t id) {
  const auto own = Own(actor);
  return db_.Read([&](db::Tx& tx) -> Result<EventView> {
    auto e = Writable(tx, actor, own, id);
    if (!e.ok()) return e.error();
    return ViewOf(std::move(e).value(), "ru");
  });
}

Result<EventView> EventService::Create(const Actor& actor, int64_t maslikhat_id, EventDraft draft) {
  const auto own = Own(actor);
  if (!EventsPolicy::MayList(actor, maslikhat_id, own)) return Error::NotFound();
  if (!EventsPolicy::MayWrite(actor, maslikhat_id, draft.deputy_id, own)) return Error::Denied();
  if (auto ok = CheckDraft(maslikhat_id, draft); !ok.ok()) return ok.error();
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<EventView> {
    const int64_t id = repo_.Insert(tx, maslikhat_id, draft, actor.user_id, now);
    audit::Record(tx, actor, {"event.create", "event", id, "{}"}, now_ms);
    subscriptions::AnnounceEvent(tx, id, false, now_ms);  // followers hear of it
    return ViewOf(*repo_.Find(tx, id), "ru");
  });
}

Result<EventView> EventService::Update(const Actor& actor, int64_t id, EventDraft draft) {
  const auto own = Own(actor);
  auto current = Get(actor, id);
  if (!current.ok()) return current.error();
  const int64_t maslikhat_id = current->event.maslikhat_id;
  // A deputy cannot hand their event to another deputy or to the maslikhat.
  if (!EventsPolicy::MayWrite(actor, maslikhat_id, draft.deputy_id, own)) return Error::Denied();
  if (auto ok = CheckDraft(maslikhat_id, draft); !ok.ok()) return ok.error();
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<EventView> {
    auto e = Writable(tx, actor, own, id);
    if (!e.ok()) return e.error();
    if (e->status != EventStatus::kScheduled) return Conflict("not_scheduled");
    if (draft.capacity && *draft.capacity < e->registered) {
      return Error::Invalid("capacity", "below_registered");
    }
    const EventDraft& was = e->draft;
    const bool moved = was.starts_at != draft.starts_at || was.ends_at != draft.ends_at ||
                       was.place != draft.place || was.online_url != draft.online_url;
    repo_.Update(tx, id, draft, moved, now);
    audit::Record(tx, actor, {"event.update", "event", id, "{}"}, now_ms);
    Event after = *repo_.Find(tx, id);
    if (moved) Notify(tx, after, Notice::kMoved, LocalWhen(was.starts_at));
    return ViewOf(std::move(after), "ru");
  });
}

Result<EventView> EventService::Cancel(const Actor& actor, int64_t id, const std::string& reason) {
  const auto own = Own(actor);
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  return db_.Write([&](db::Tx& tx) -> Result<EventView> {
    auto e = Writable(tx, actor, own, id);
    if (!e.ok()) return e.error();
    if (e->status != EventStatus::kScheduled) return Conflict("not_scheduled");
    repo_.Cancel(tx, id, reason, now);
    audit::Record(tx, actor, {"event.cancel", "event", id, "{}"}, now_ms);
    subscriptions::AnnounceEvent(tx, id, true, now_ms);
    Event after = *repo_.Find(tx, id);
    Notify(tx, after, Notice::kCancelled);
    return ViewOf(std::move(after), "ru");
  });
}

Result<EventView> EventService::Report(const Actor& actor, int64_t id, const std::string& report) {
  const auto own = Own(actor);
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  const std::string local_now = LocalNow();
  const std::string html = docs::RenderMarkdown(report);
  return db_.Write([&](db::Tx& tx) -> Result<EventView> {
    auto e = Writable(tx, actor, own, id);
    if (!e.ok()) return e.error();
    if (e->status == EventStatus::kCancelled) return Conflict("cancelled");
    if (e->draft.starts_at > local_now) return Conflict("not_started");
    repo_.Report(tx, id, report, html, now);
    audit::Record(tx, actor, {"event.report", "event", id, "{}"}, now_ms);
    return ViewOf(*repo_.Find(tx, id), "ru");
  });
}

Result<EventView> EventService::Register(const Actor& actor, int64_t id) {
  if (!EventsPolicy::MayRegister(actor)) return Error::Unauthenticated();
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  const std::string local_now = LocalNow();
  return db_.Write([&](db::Tx& tx) -> Result<EventView> {
    auto e = repo_.Find(tx, id);
    if (!e) return Error::NotFound();
    if (e->status != EventStatus::kScheduled) return Conflict("not_scheduled");
    if (e->draft.starts_at <= local_now) return Conflict("started");
    if (repo_.ActiveRegistration(tx, id, *actor.user_id)) return Conflict("already_registered");
    if (!repo_.TakePlace(tx, id)) return Conflict("full");
    const int64_t reg = repo_.InsertRegistration(tx, id, *actor.user_id, now);
    audit::Record(tx, actor, {"event.register", "event_registration", reg, "{}"}, now_ms);
    Event after = *repo_.Find(tx, id);
    for (const auto& r : repo_.Recipients(tx, id)) {
      if (r.registration_id == reg) Tell(tx, after, r, Notice::kRegistered);
    }
    EventView v = ViewOf(std::move(after), "ru");
    v.mine = true;
    return v;
  });
}

Result<EventView> EventService::Unregister(const Actor& actor, int64_t id) {
  if (!EventsPolicy::MayRegister(actor)) return Error::Unauthenticated();
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  const std::string local_now = LocalNow();
  return db_.Write([&](db::Tx& tx) -> Result<EventView> {
    auto e = repo_.Find(tx, id);
    if (!e) return Error::NotFound();
    auto reg = repo_.ActiveRegistration(tx, id, *actor.user_id);
    if (!reg) return Error::NotFound();
    if (e->status == EventStatus::kScheduled && e->draft.starts_at <= local_now) {
      return Conflict("started");
    }
    repo_.CancelRegistration(tx, *reg, now);
    repo_.FreePlace(tx, id);
    audit::Record(tx, actor, {"event.unregister", "event_registration", *reg, "{}"}, now_ms);
    EventView v = ViewOf(*repo_.Find(tx, id), "ru");
    v.mine = false;
    return v;
  });
}

Result<std::vector<Registrant>> EventService::Registrations(const Actor& actor, int64_t id) {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Registrant>> {
    auto e = repo_.Find(tx, id);
    if (!e || !EventsPolicy::MaySeeRegistrations(actor, e->maslikhat_id)) {
      return Error::NotFound();
    }
    return repo_.Registrants(tx, id);
  });
}

std::vector<int64_t> EventService::RegisteredPeople(int64_t id) {
  auto people = db_.Read([&](db::Tx& tx) -> Result<std::vector<int64_t>> {
    std::vector<int64_t> out;
    for (const auto& r : repo_.Recipients(tx, id)) out.push_back(r.user_id);
    return out;
  });
  return people.ok() ? *people : std::vector<int64_t>{};
}

int EventService::SendReminders(const std::string& day) {
  const std::string now = FormatIsoUtc(clock_.NowMs());
  auto sent = db_.Write([&](db::Tx& tx) -> Result<int> {
    int n = 0;
    std::optional<Event> event;
    for (const auto& [event_id, to] : repo_.DueReminders(tx, day)) {
      // Marked in the transaction that queues the mail: one reminder across reruns.
      if (!repo_.MarkReminded(tx, to.registration_id, now)) continue;
      if (!event || event->id != event_id) event = repo_.Find(tx, event_id);
      Tell(tx, *event, to, Notice::kReminder);
      ++n;
    }
    return n;
  });
  return sent.ok() ? *sent : 0;
}

void EventService::Notify(db::Tx& tx, const Event& e, Notice notice, const std::string& was) {
  for (const auto& r : repo_.Recipients(tx, e.id)) Tell(tx, e, r, notice, was);
}

void EventService::Tell(db::Tx& tx, const Event& e, const Recipient& to, Notice notice,
                        const std::string& was) {
  // The bell too, for what the person did not do themselves.
  const char* kind = notice == Notice::kReminder    ? "event_reminder"
                     : notice == Notice::kCancelled ? "event_cancelled"
                     : notice == Notice::kMoved     ? "event_moved"
                                                    : nullptr;
  if (kind) {
    std::string when = e.draft.starts_at;
    if (when.size() == 16) when[10] = ' ';
    notifications::PostAboutEvent(tx, to.user_id, kind, e.id, when, clock_.NowMs());
  }
  if (to.email.empty()) return;  // an account deleted or without an e-mail
  const std::string link = public_url_ + "/events/" + std::to_string(e.id);
  const MailText text = NoticeText(notice, e, to.language, link, was);
  jobs::Enqueue(tx, jobs::kSendMail,
                {{"to", to.email}, {"subject", text.subject}, {"body", text.body}}, clock_.NowMs());
}

}  // namespace kenes::events
