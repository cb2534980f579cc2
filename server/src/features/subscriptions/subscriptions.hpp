#pragma once
// A follow: a signed-in person follows a deputy, an okrug, a commission, a maslikhat or a tag, and
// chooses how new items reach them: an e-mail at once, a daily or a weekly digest, or the
// notification centre only (every follow lands there). An item (a post published, an event
// announced or cancelled) reaches a person once, by their most immediate matching follow, and a
// digest never lists an item twice (docs/informing.md, Subscriptions).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::subscriptions {

enum class TargetKind { kMaslikhat, kDeputy, kCommission, kOkrug, kTag };
// Ordered from the most immediate: a person following two matching scopes gets the first.
enum class Delivery { kImmediate, kDaily, kWeekly, kInApp };
enum class ItemKind { kPost, kEvent, kEventCancelled };

std::string_view TargetKindName(TargetKind kind);  // "maslikhat", "deputy", ...
std::string_view DeliveryName(Delivery delivery);  // "immediate", "daily", "weekly", "in_app"
std::string_view ItemKindName(ItemKind kind);      // "post", "event", "event_cancelled"
std::optional<TargetKind> ParseTargetKind(std::string_view name);
std::optional<Delivery> ParseDelivery(std::string_view name);
std::optional<ItemKind> ParseItemKind(std::string_view name);

inline constexpr size_t kMaxPerPerson = 100;  // follows of one person
inline constexpr size_t kMaxTagChars = 40;    // as posts' tags

// What is followed: an id, or a tag's text (TargetKind::kTag).
struct Target {
  TargetKind kind = TargetKind::kDeputy;
  std::optional<int64_t> id{};
  std::string tag{};
  // The stored key: the id in decimal, or the tag.
  std::string Ref() const {
    return kind == TargetKind::kTag ? tag : std::to_string(id.value_or(0));
  }
};

struct Subscription {
  int64_t id = 0;
  int64_t user_id = 0;
  Target target{};
  Delivery delivery = Delivery::kDaily;
  std::string created_at{};
  std::string name{};  // the target's name in the reader's language, filled by the service
};

// An item followers hear of, with its title in each language (empty: none in that language).
struct Item {
  int64_t id = 0;
  ItemKind kind = ItemKind::kPost;
  int64_t ref_id = 0;  // the post's or the event's id
  std::string title_kk{}, title_ru{}, title_en{};
  std::string starts_at{};    // an event's local start "YYYY-MM-DDTHH:MM"; empty for a post
  std::string happened_at{};  // ISO UTC: published, announced, cancelled
  const std::string& Title(std::string_view lang) const;  // that language, else ru, kk, en
};

// Where a scope's item is seen: the scopes of a post or an event, matched against follows.
struct Scopes {
  int64_t maslikhat_id = 0;
  std::optional<int64_t> deputy_id{}, commission_id{}, okrug_id{};
  std::vector<std::string> tags{};
  std::vector<Target> Targets() const;
};

// --- One-click unsubscribe tokens -----------------------------------------------------------
// "1.<user>.<what>.<mac>": version 1, the person, what stops ("s<subscription id>", "daily",
// "weekly"), and the first 128 bits of HMAC-SHA-256 over the rest with the server's key, in hex.
// Only the server can make one; a changed character anywhere fails the check.
struct UnsubscribeScope {
  int64_t user_id = 0;
  std::optional<int64_t> subscription_id{};  // one follow's e-mail
  std::optional<Delivery> digest{};          // or every follow of one digest
};

std::string SignUnsubscribe(const UnsubscribeScope& scope, std::string_view key);
// Nullopt for anything not signed with `key` (constant-time compare), of another version, or
// malformed; never throws.
std::optional<UnsubscribeScope> VerifyUnsubscribe(std::string_view token, std::string_view key);
inline constexpr size_t kMaxTokenChars = 120;

}  // namespace kenes::subscriptions
