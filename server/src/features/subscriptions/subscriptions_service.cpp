#include "features/subscriptions/subscriptions_service.hpp"

#include <map>
#include <set>

#include "features/notifications/inbox_service.hpp"
#include "features/subscriptions/subscriptions_messages.hpp"
#include "features/subscriptions/subscriptions_policy.hpp"
#include "platform/audit/audit.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::subscriptions {
namespace {

bool TagOk(const std::string& tag) {
  return !tag.empty() && text::CodePoints(tag) <= kMaxTagChars &&
         tag.find_first_of(",%_\r\n\t") == std::string::npos && tag.front() != ' ' &&
         tag.back() != ' ';
}

std::string ItemJobKey(ItemKind kind) { return std::string(ItemKindName(kind)); }

// The event's local start as the bell shows it: "2026-12-03 18:00".
std::string BellWhen(std::string local) {
  if (local.size() == 16) local[10] = ' ';
  return local;
}

}  // namespace

// --- Follows ------------------------------------------------------------------------------------

std::string SubscriptionService::NameOf(const Target& target, const std::string& lang) {
  const bool kk = lang == "kk";
  const Actor nobody;
  switch (target.kind) {
    case TargetKind::kTag:
      return "#" + target.tag;
    case TargetKind::kDeputy: {
      auto d = directory_->PublishedDeputy(target.id.value_or(0));
      if (!d) return "";
      return kk && !d->full_name_kk.empty() ? d->full_name_kk : d->full_name_ru;
    }
    case TargetKind::kMaslikhat: {
      auto m = directory_->GetMaslikhat(nobody, target.id.value_or(0));
      if (!m.ok()) return "";
      return kk && !m->maslikhat.name_kk.empty() ? m->maslikhat.name_kk : m->maslikhat.name_ru;
    }
    case TargetKind::kCommission: {
      auto c = directory_->GetCommission(nobody, target.id.value_or(0));
      if (!c.ok()) return "";
      return kk && !c->commission.name_kk.empty() ? c->commission.name_kk : c->commission.name_ru;
    }
    case TargetKind::kOkrug: {
      auto o = directory_->GetOkrug(nobody, target.id.value_or(0));
      if (!o.ok()) return "";
      std::string name = kk && !o->okrug.name_kk.empty() ? o->okrug.name_kk : o->okrug.name_ru;
      return name.empty() ? "№" + std::to_string(o->okrug.number) : name;
    }
  }
  return "";
}

Result<std::vector<Subscription>> SubscriptionService::List(const Actor& actor,
                                                            const std::string& lang) {
  const auto me = SubscriptionsPolicy::FollowerOf(actor);
  if (!me) return Error::Unauthenticated();
  auto list = db_.Read([&](db::Tx& tx) -> Result<std::vector<Subscription>> {
    return repo_.ListOf(tx, *me, static_cast<int>(kMaxPerPerson));
  });
  if (!list.ok()) return list;
  for (auto& s : *list) s.name = NameOf(s.target, lang);
  return list;
}

Result<Subscription> SubscriptionService::Follow(const Actor& actor, Target target,
                                                 Delivery delivery, const std::string& lang) {
  const auto me = SubscriptionsPolicy::FollowerOf(actor);
  if (!me) return Error::Unauthenticated();
  if (target.kind == TargetKind::kTag) {
    target.id.reset();
    if (!TagOk(target.tag)) return Error::Invalid("tag", "invalid");
  } else {
    target.tag.clear();
    if (!target.id) return Error::Invalid("target_id", "required");
  }
  std::string name = NameOf(target, lang);
  if (name.empty()) return Error::Invalid("target_id", "not_found");
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  auto made = db_.Write([&](db::Tx& tx) -> Result<Subscription> {
    if (repo_.FindTarget(tx, *me, target)) {
      Error e = Error::Of(ErrorCode::kAlreadyExists, "already followed");
      e.fields.emplace("target_id", "already_followed");
      return e;
    }
    if (repo_.CountOf(tx, *me) >= static_cast<int64_t>(kMaxPerPerson)) {
      Error e = Error::Of(ErrorCode::kResourceExhausted, "too many follows");
      e.fields.emplace("subscriptions", "too_many");
      return e;
    }
    const int64_t id = repo_.Insert(tx, *me, target, delivery, now);
    audit::Record(tx, actor, {"subscription.create", "subscription", id, "{}"}, now_ms);
    return *repo_.Find(tx, id);
  });
  if (made.ok()) made->name = std::move(name);
  return made;
}

Result<Subscription> SubscriptionService::Change(const Actor& actor, int64_t id, Delivery delivery,
                                                 const std::string& lang) {
  const int64_t now_ms = clock_.NowMs();
  auto changed = db_.Write([&](db::Tx& tx) -> Result<Subscription> {
    auto s = repo_.Find(tx, id);
    if (!s || !SubscriptionsPolicy::MayChange(actor, *s)) return Error::NotFound();
    repo_.SetDelivery(tx, id, delivery, FormatIsoUtc(now_ms));
    if (delivery == Delivery::kInApp) repo_.SkipPendingOf(tx, id, FormatIsoUtc(now_ms));
    audit::Record(tx, actor, {"subscription.change", "subscription", id, "{}"}, now_ms);
    return *repo_.Find(tx, id);
  });
  if (changed.ok()) changed->name = NameOf(changed->target, lang);
  return changed;
}

Result<Unit> SubscriptionService::Unfollow(const Actor& actor, int64_t id) {
  const int64_t now_ms = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Unit> {
    auto s = repo_.Find(tx, id);
    if (!s || !SubscriptionsPolicy::MayChange(actor, *s)) return Error::NotFound();
    repo_.Delete(tx, id);
    repo_.SkipPendingOf(tx, id, FormatIsoUtc(now_ms));
    audit::Record(tx, actor, {"subscription.delete", "subscription", id, "{}"}, now_ms);
    return Unit{};
  });
}

// --- Unsubscribe links --------------------------------------------------------------------------

std::string SubscriptionService::UnsubscribeToken(const UnsubscribeScope& scope) const {
  return SignUnsubscribe(scope, settings_.unsubscribe_key);
}

std::string SubscriptionService::UnsubscribePage(const std::string& token) const {
  return settings_.public_url + "/unsubscribe?token=" + token;
}

std::string SubscriptionService::UnsubscribeEndpoint(const std::string& token) const {
  return settings_.public_url + "/api/v1/unsubscribe?token=" + token;
}

Result<LinkView> SubscriptionService::Unsubscribe(const std::string& token, bool apply) {
  auto scope = VerifyUnsubscribe(token, settings_.unsubscribe_key);
  if (!scope) {
    Error e = Error::NotFound();
    e.fields.emplace("token", "invalid");
    return e;
  }
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  auto run = [&](db::Tx& tx) -> Result<LinkView> {
    LinkView v;
    v.scope = *scope;
    auto to = repo_.RecipientOf(tx, scope->user_id);
    if (!to) {
      Error e = Error::NotFound();
      e.fields.emplace("token", "invalid");
      return e;
    }
    v.language = to->language;
    Actor by_link;  // the person, acting through the signed link (the audit names them)
    by_link.user_id = scope->user_id;
    if (scope->subscription_id) {
      auto s = repo_.Find(tx, *scope->subscription_id);
      // A follow dropped since: nothing left to stop.
      if (!s || !SubscriptionsPolicy::LinkCovers(*scope, *s)) {
        v.mail_stopped = true;
        return v;
      }
      v.mail_stopped = s->delivery == Delivery::kInApp;
      if (apply && !v.mail_stopped) {
        repo_.SetDelivery(tx, s->id, Delivery::kInApp, now);
        repo_.SkipPendingOf(tx, s->id, now);
        audit::Record(tx, by_link, {"subscription.unsubscribe", "subscription", s->id, "{}"},
                      now_ms);
        s->delivery = Delivery::kInApp;
        v.mail_stopped = true;
      }
      v.subscription = std::move(*s);
      return v;
    }
    if (apply) {
      repo_.SwitchDelivery(tx, scope->user_id, *scope->digest, Delivery::kInApp, now);
      repo_.SkipPendingDigest(tx, scope->user_id, *scope->digest, now);
      audit::Record(tx, by_link, {"subscription.unsubscribe_digest", "user", scope->user_id, "{}"},
                    now_ms);
      v.mail_stopped = true;
    } else {
      bool any = false;
      for (const auto& s : repo_.ListOf(tx, scope->user_id, static_cast<int>(kMaxPerPerson))) {
        any = any || SubscriptionsPolicy::LinkCovers(*scope, s);
      }
      v.mail_stopped = !any;
    }
    return v;
  };
  auto v = apply ? db_.Write(run) : db_.Read(run);
  if (v.ok() && v->subscription)
    v->subscription->name = NameOf(v->subscription->target, v->language);
  return v;
}

// --- Delivery -----------------------------------------------------------------------------------

void SubscriptionService::QueueMail(db::Tx& tx, const std::string& to, const std::string& subject,
                                    const std::string& body, const std::string& token) {
  // RFC 8058: a mail client may offer its own button, which POSTs to the endpoint without a
  // session.
  jobs::Enqueue(tx, jobs::kSendMail,
                {{"to", to},
                 {"subject", subject},
                 {"body", body},
                 {"headers",
                  {{"List-Unsubscribe", "<" + UnsubscribeEndpoint(token) + ">"},
                   {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}}}},
                clock_.NowMs());
}

std::optional<std::pair<Item, Scopes>> SubscriptionService::LoadItem(ItemKind kind,
                                                                     int64_t ref_id) {
  Item item;
  item.kind = kind;
  item.ref_id = ref_id;
  Scopes scopes;
  if (kind == ItemKind::kPost) {
    auto p = posts_->PublicGet(ref_id, "ru");
    if (!p.ok()) return std::nullopt;  // not (yet, or any more) public
    for (const auto& t : p->post.draft.texts) {
      (t.lang == "kk" ? item.title_kk : t.lang == "en" ? item.title_en : item.title_ru) = t.title;
    }
    item.happened_at = p->post.publish_at.value_or(FormatIsoUtc(clock_.NowMs()));
    scopes.maslikhat_id = p->post.maslikhat_id;
    scopes.deputy_id = p->post.draft.deputy_id;
    scopes.commission_id = p->post.draft.commission_id;
    scopes.okrug_id = p->post.draft.okrug_id;
    scopes.tags = p->post.draft.tags;
    return std::make_pair(item, scopes);
  }
  auto e = events_->PublicGet(Actor{}, ref_id, "ru");
  if (!e.ok()) return std::nullopt;
  const bool cancelled = e->event.status == events::EventStatus::kCancelled;
  if (cancelled != (kind == ItemKind::kEventCancelled)) return std::nullopt;
  const auto& d = e->event.draft;
  item.title_kk = d.texts[0].title;
  item.title_ru = d.texts[1].title;
  item.title_en = d.texts[2].title;
  item.starts_at = d.starts_at;
  item.happened_at = FormatIsoUtc(clock_.NowMs());
  scopes.maslikhat_id = e->event.maslikhat_id;
  scopes.deputy_id = d.deputy_id;
  scopes.commission_id = d.commission_id;
  scopes.okrug_id = d.okrug_id;
  return std::make_pair(item, scopes);
}

int SubscriptionService::FanOut(ItemKind kind, int64_t ref_id) {
  auto loaded = LoadItem(kind, ref_id);
  if (!loaded) return 0;
  // Named references, not a structured binding: the lambdas below capture them (clang 14 cannot).
  auto& item = loaded->first;
  const auto& scopes = loaded->second;
  const int64_t now_ms = clock_.NowMs();
  const std::string now = FormatIsoUtc(now_ms);
  // Those registered for a cancelled event hear of it from events (mail and bell): not twice.
  std::set<int64_t> told;
  if (kind == ItemKind::kEventCancelled) {
    for (int64_t id : events_->RegisteredPeople(ref_id)) told.insert(id);
  }
  // Each person once, by their most immediate matching follow.
  std::map<int64_t, Follower> reach;
  auto found = db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    item.id = repo_.UpsertItem(tx, item);
    for (const Target& t : scopes.Targets()) {
      for (const Follower& f : repo_.FollowersOf(tx, t)) {
        if (told.count(f.user_id)) continue;
        auto [it, fresh] = reach.emplace(f.user_id, f);
        if (!fresh && f.delivery < it->second.delivery) it->second = f;
      }
    }
    return item.id;
  });
  if (!found.ok()) return 0;
  int reached = 0;
  auto next = reach.begin();
  while (next != reach.end()) {
    auto batch = db_.Write([&](db::Tx& tx) -> Result<int> {
      int n = 0;
      auto it = next;
      for (int i = 0; i < kFanOutBatch && it != reach.end(); ++i, ++it) {
        const Follower& f = it->second;
        const bool digest = f.delivery == Delivery::kDaily || f.delivery == Delivery::kWeekly;
        if (!repo_.AddDelivery(tx, f.user_id, item.id, f, now, !digest)) continue;
        ++n;
        if (kind == ItemKind::kPost) {
          notifications::PostAboutPost(tx, f.user_id, ref_id, item.happened_at, now_ms);
        } else {
          notifications::PostAboutEvent(
              tx, f.user_id,
              kind == ItemKind::kEvent ? "event_announced" : "followed_event_cancelled", ref_id,
              BellWhen(item.starts_at), now_ms);
        }
        if (f.delivery != Delivery::kImmediate) continue;
        auto to = repo_.RecipientOf(tx, f.user_id);
        if (!to || to->email.empty()) continue;
        const std::string token =
            UnsubscribeToken({.user_id = f.user_id, .subscription_id = f.subscription_id});
        const MailText text =
            ItemMail(item, to->language, settings_.public_url, UnsubscribePage(token));
        QueueMail(tx, to->email, text.subject, text.body, token);
      }
      next = it;
      return n;
    });
    if (!batch.ok()) break;
    reached += *batch;
  }
  return reached;
}

int SubscriptionService::RunDigest(Delivery digest,
                                   const std::function<void(int64_t user_id)>& before_commit,
                                   const std::function<bool()>& stopping) {
  int sent = 0;
  int64_t after = 0;
  for (;;) {
    if (stopping && stopping()) throw jobs::Interrupted();
    auto people = db_.Read([&](db::Tx& tx) -> Result<std::vector<int64_t>> {
      return repo_.PendingPeople(tx, digest, after, kDigestBatch);
    });
    if (!people.ok() || people->empty()) break;
    after = people->back();
    const std::string now = FormatIsoUtc(clock_.NowMs());
    // The items are marked sent in the transaction that queues their mail; a transaction holds
    // the batch's people (one per person made a run of 100,000 take minutes on SQLite).
    auto queued = db_.Write([&](db::Tx& tx) -> Result<int> {
      int n = 0;
      for (int64_t user_id : *people) {
        auto items = repo_.TakePending(tx, user_id, digest, now);
        auto to = repo_.RecipientOf(tx, user_id);
        if (items.empty() || !to || to->email.empty()) continue;
        const std::string token = UnsubscribeToken({.user_id = user_id, .digest = digest});
        const MailText text =
            DigestMail(digest, items, to->language, settings_.public_url, UnsubscribePage(token));
        QueueMail(tx, to->email, text.subject, text.body, token);
        if (before_commit) before_commit(user_id);
        ++n;
      }
      return n;
    });
    if (queued.ok()) sent += *queued;
  }
  return sent;
}

// --- Hooks --------------------------------------------------------------------------------------

void AnnouncePost(db::Tx& tx, int64_t post_id, int64_t now_ms, int64_t at_ms) {
  jobs::Enqueue(tx, kFanOutJob, {{"kind", ItemJobKey(ItemKind::kPost)}, {"id", post_id}}, now_ms,
                at_ms);
}

void AnnounceEvent(db::Tx& tx, int64_t event_id, bool cancelled, int64_t now_ms) {
  jobs::Enqueue(tx, kFanOutJob,
                {{"kind", ItemJobKey(cancelled ? ItemKind::kEventCancelled : ItemKind::kEvent)},
                 {"id", event_id}},
                now_ms);
}

}  // namespace kenes::subscriptions
