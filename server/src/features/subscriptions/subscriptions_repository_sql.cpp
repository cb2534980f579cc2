#include <algorithm>
#include <string>

#include "features/subscriptions/subscriptions_repository.hpp"

namespace kenes::subscriptions {
namespace {

constexpr const char* kColumns =
    "SELECT id, user_id, target_kind, target_ref, delivery, created_at FROM subscriptions ";

Subscription FromRow(const db::Row& r) {
  Subscription s;
  s.id = r.Int("id");
  s.user_id = r.Int("user_id");
  s.target.kind = ParseTargetKind(r.Str("target_kind")).value_or(TargetKind::kTag);
  const std::string ref = r.Str("target_ref");
  if (s.target.kind == TargetKind::kTag) {
    s.target.tag = ref;
  } else {
    s.target.id = std::stoll(ref);
  }
  s.delivery = ParseDelivery(r.Str("delivery")).value_or(Delivery::kInApp);
  s.created_at = r.Str("created_at");
  return s;
}

Item ItemFromRow(const db::Row& r) {
  Item i;
  i.id = r.Int("id");
  i.kind = ParseItemKind(r.Str("kind")).value_or(ItemKind::kPost);
  i.ref_id = r.Int("ref_id");
  i.title_kk = r.Str("title_kk");
  i.title_ru = r.Str("title_ru");
  i.title_en = r.Str("title_en");
  i.starts_at = r.Str("starts_at");
  i.happened_at = r.Str("happened_at");
  return i;
}

}  // namespace

std::vector<Subscription> SubscriptionsRepository::ListOf(db::Tx& tx, int64_t user_id, int limit) {
  std::vector<Subscription> out;
  for (const auto& r : tx.Query(std::string(kColumns) + "WHERE user_id = $1 ORDER BY id LIMIT $2",
                                {user_id, int64_t{limit}})) {
    out.push_back(FromRow(r));
  }
  return out;
}

int64_t SubscriptionsRepository::CountOf(db::Tx& tx, int64_t user_id) {
  return tx.QueryOne("SELECT COUNT(*) AS n FROM subscriptions WHERE user_id = $1", {user_id})
      ->Int("n");
}

std::optional<Subscription> SubscriptionsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return FromRow(*r);
}

std::optional<Subscription> SubscriptionsRepository::FindTarget(db::Tx& tx, int64_t user_id,
                                                                const Target& target) {
  auto r = tx.QueryOne(
      std::string(kColumns) + "WHERE target_kind = $1 AND target_ref = $2 AND user_id = $3",
      {TargetKindName(target.kind), target.Ref(), user_id});
  if (!r) return std::nullopt;
  return FromRow(*r);
}

int64_t SubscriptionsRepository::Insert(db::Tx& tx, int64_t user_id, const Target& target,
                                        Delivery delivery, const std::string& now) {
  return tx
      .QueryOne(
          "INSERT INTO subscriptions (user_id, target_kind, target_ref, delivery, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
          {user_id, TargetKindName(target.kind), target.Ref(), DeliveryName(delivery), now})
      ->Int("id");
}

void SubscriptionsRepository::SetDelivery(db::Tx& tx, int64_t id, Delivery delivery,
                                          const std::string& now) {
  tx.Exec("UPDATE subscriptions SET delivery = $2, updated_at = $3 WHERE id = $1",
          {id, DeliveryName(delivery), now});
}

void SubscriptionsRepository::Delete(db::Tx& tx, int64_t id) {
  tx.Exec("DELETE FROM subscriptions WHERE id = $1", {id});
}

int64_t SubscriptionsRepository::SwitchDelivery(db::Tx& tx, int64_t user_id, Delivery from,
                                                Delivery to, const std::string& now) {
  return tx.Exec(
      "UPDATE subscriptions SET delivery = $3, updated_at = $4 WHERE user_id = $1 AND "
      "delivery = $2",
      {user_id, DeliveryName(from), DeliveryName(to), now});
}

std::vector<Follower> SubscriptionsRepository::FollowersOf(db::Tx& tx, const Target& target) {
  std::vector<Follower> out;
  for (const auto& r :
       tx.Query("SELECT s.id, s.user_id, s.delivery FROM subscriptions s JOIN users u ON u.id = "
                "s.user_id WHERE s.target_kind = $1 AND s.target_ref = $2 AND u.deleted_at IS NULL "
                "ORDER BY s.user_id",
                {TargetKindName(target.kind), target.Ref()})) {
    out.push_back({.user_id = r.Int("user_id"),
                   .subscription_id = r.Int("id"),
                   .delivery = ParseDelivery(r.Str("delivery")).value_or(Delivery::kInApp)});
  }
  return out;
}

std::optional<Recipient> SubscriptionsRepository::RecipientOf(db::Tx& tx, int64_t user_id) {
  auto r = tx.QueryOne("SELECT email, language, deleted_at FROM users WHERE id = $1", {user_id});
  if (!r) return std::nullopt;
  Recipient to;
  if (!r->OptStr("deleted_at")) to.email = r->OptStr("email").value_or("");
  to.language = r->Str("language");
  return to;
}

int64_t SubscriptionsRepository::UpsertItem(db::Tx& tx, const Item& item) {
  tx.Exec(
      "INSERT INTO followed_items (kind, ref_id, title_kk, title_ru, title_en, starts_at, "
      "happened_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (kind, ref_id) DO NOTHING",
      {ItemKindName(item.kind), item.ref_id, item.title_kk, item.title_ru, item.title_en,
       item.starts_at, item.happened_at});
  return tx
      .QueryOne("SELECT id FROM followed_items WHERE kind = $1 AND ref_id = $2",
                {ItemKindName(item.kind), item.ref_id})
      ->Int("id");
}

std::optional<Item> SubscriptionsRepository::FindItem(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      "SELECT id, kind, ref_id, title_kk, title_ru, title_en, starts_at, happened_at FROM "
      "followed_items "
      "WHERE id = $1",
      {id});
  if (!r) return std::nullopt;
  return ItemFromRow(*r);
}

bool SubscriptionsRepository::AddDelivery(db::Tx& tx, int64_t user_id, int64_t item_id,
                                          const Follower& via, const std::string& now, bool sent) {
  return tx.Exec(
             "INSERT INTO followed_deliveries (user_id, item_id, subscription_id, delivery, "
             "created_at, sent_at) VALUES ($1, $2, $3, $4, $5, $6) "
             "ON CONFLICT (user_id, item_id) DO NOTHING",
             {user_id, item_id, via.subscription_id, DeliveryName(via.delivery), now,
              sent ? db::Value(now) : db::Value(nullptr)}) > 0;
}

std::vector<int64_t> SubscriptionsRepository::PendingPeople(db::Tx& tx, Delivery digest,
                                                            int64_t after_user, int limit) {
  std::vector<int64_t> out;
  for (const auto& r : tx.Query(
           "SELECT DISTINCT user_id FROM followed_deliveries WHERE delivery = $1 AND sent_at IS "
           "NULL AND user_id > $2 ORDER BY user_id LIMIT $3",
           {DeliveryName(digest), after_user, int64_t{limit}})) {
    out.push_back(r.Int("user_id"));
  }
  return out;
}

void SubscriptionsRepository::SkipPendingOf(db::Tx& tx, int64_t subscription_id,
                                            const std::string& now) {
  tx.Exec(
      "UPDATE followed_deliveries SET sent_at = $2 WHERE subscription_id = $1 AND sent_at IS NULL",
      {subscription_id, now});
}

void SubscriptionsRepository::SkipPendingDigest(db::Tx& tx, int64_t user_id, Delivery digest,
                                                const std::string& now) {
  tx.Exec(
      "UPDATE followed_deliveries SET sent_at = $3 WHERE user_id = $1 AND delivery = $2 AND "
      "sent_at IS NULL",
      {user_id, DeliveryName(digest), now});
}

std::vector<Item> SubscriptionsRepository::TakePending(db::Tx& tx, int64_t user_id, Delivery digest,
                                                       const std::string& now) {
  // The rows this statement marks are the ones listed: a run that marked them earlier (and
  // committed) leaves none to list again.
  std::vector<Item> out;
  for (const auto& r :
       tx.Query("UPDATE followed_deliveries SET sent_at = $3 WHERE user_id = $1 AND delivery = $2 "
                "AND sent_at IS NULL RETURNING item_id",
                {user_id, DeliveryName(digest), now})) {
    if (auto item = FindItem(tx, r.Int("item_id"))) out.push_back(std::move(*item));
  }
  std::sort(out.begin(), out.end(), [](const Item& a, const Item& b) {
    return a.happened_at != b.happened_at ? a.happened_at < b.happened_at : a.id < b.id;
  });
  return out;
}

}  // namespace kenes::subscriptions
