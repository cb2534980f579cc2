#pragma once
// Follows and what reached whom: the subscriptions, followed_items and followed_deliveries tables
// (migration 0045). The only code that runs their SQL (subscriptions_repository_sql.cpp).

#include <optional>
#include <string>
#include <vector>

#include "features/subscriptions/subscriptions.hpp"
#include "platform/db/database.hpp"

namespace kenes::subscriptions {

// A follower of a target, with where their mail goes (live accounts with an e-mail only get
// mail; the others still get the notification).
struct Follower {
  int64_t user_id = 0;
  int64_t subscription_id = 0;
  Delivery delivery = Delivery::kInApp;
};

struct Recipient {
  std::string email{};  // empty: no e-mail (an account by phone, or deleted)
  std::string language{};
};

class SubscriptionsRepository {
 public:
  std::vector<Subscription> ListOf(db::Tx& tx, int64_t user_id, int limit);
  int64_t CountOf(db::Tx& tx, int64_t user_id);
  std::optional<Subscription> Find(db::Tx& tx, int64_t id);
  std::optional<Subscription> FindTarget(db::Tx& tx, int64_t user_id, const Target& target);
  int64_t Insert(db::Tx& tx, int64_t user_id, const Target& target, Delivery delivery,
                 const std::string& now);
  void SetDelivery(db::Tx& tx, int64_t id, Delivery delivery, const std::string& now);
  void Delete(db::Tx& tx, int64_t id);
  // Every follow of the person with delivery `from` gets `to`; how many changed.
  int64_t SwitchDelivery(db::Tx& tx, int64_t user_id, Delivery from, Delivery to,
                         const std::string& now);

  // Followers of the target, by user id; deleted accounts left out.
  std::vector<Follower> FollowersOf(db::Tx& tx, const Target& target);
  std::optional<Recipient> RecipientOf(db::Tx& tx, int64_t user_id);

  // The item's id: the one stored for (kind, ref_id), or a new one.
  int64_t UpsertItem(db::Tx& tx, const Item& item);
  std::optional<Item> FindItem(db::Tx& tx, int64_t id);
  // False when the item already reached the person (by any follow).
  bool AddDelivery(db::Tx& tx, int64_t user_id, int64_t item_id, const Follower& via,
                   const std::string& now, bool sent);
  // People with items waiting for this digest, after `after_user`, by id.
  std::vector<int64_t> PendingPeople(db::Tx& tx, Delivery digest, int64_t after_user, int limit);
  // Waiting digest items that came by this follow, or by any of the person's follows with this
  // digest, are dropped (marked sent without a mail): the person asked for no more mail.
  void SkipPendingOf(db::Tx& tx, int64_t subscription_id, const std::string& now);
  void SkipPendingDigest(db::Tx& tx, int64_t user_id, Delivery digest, const std::string& now);
  // Marks the person's waiting items of this digest sent and returns them, oldest first.
  std::vector<Item> TakePending(db::Tx& tx, int64_t user_id, Delivery digest,
                                const std::string& now);
};

}  // namespace kenes::subscriptions
