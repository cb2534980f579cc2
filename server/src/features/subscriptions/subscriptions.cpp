#include "features/subscriptions/subscriptions.hpp"

#include <array>
#include <charconv>
#include <utility>

#include "platform/crypto/crypto.hpp"

namespace kenes::subscriptions {
namespace {

template <class E, size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& table,
                       std::string_view name) {
  for (const auto& [value, text] : table) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <class E, size_t N>
std::string_view Name(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, text] : table) {
    if (v == value) return text;
  }
  return "";
}

constexpr std::array<std::pair<TargetKind, std::string_view>, 5> kTargetKinds = {{
    {TargetKind::kMaslikhat, "maslikhat"},
    {TargetKind::kDeputy, "deputy"},
    {TargetKind::kCommission, "commission"},
    {TargetKind::kOkrug, "okrug"},
    {TargetKind::kTag, "tag"},
}};
constexpr std::array<std::pair<Delivery, std::string_view>, 4> kDeliveries = {{
    {Delivery::kImmediate, "immediate"},
    {Delivery::kDaily, "daily"},
    {Delivery::kWeekly, "weekly"},
    {Delivery::kInApp, "in_app"},
}};
constexpr std::array<std::pair<ItemKind, std::string_view>, 3> kItemKinds = {{
    {ItemKind::kPost, "post"},
    {ItemKind::kEvent, "event"},
    {ItemKind::kEventCancelled, "event_cancelled"},
}};

constexpr std::string_view kTokenVersion = "1";
constexpr size_t kMacHexChars = 32;  // 128 bits

std::optional<int64_t> ParsePositive(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

std::string Mac(std::string_view signed_part, std::string_view key) {
  return crypto::HmacSha256Hex(key, "kenes-unsubscribe:" + std::string(signed_part))
      .substr(0, kMacHexChars);
}

}  // namespace

std::string_view TargetKindName(TargetKind kind) { return Name(kTargetKinds, kind); }
std::string_view DeliveryName(Delivery delivery) { return Name(kDeliveries, delivery); }
std::string_view ItemKindName(ItemKind kind) { return Name(kItemKinds, kind); }
std::optional<TargetKind> ParseTargetKind(std::string_view name) {
  return Parse(kTargetKinds, name);
}
std::optional<Delivery> ParseDelivery(std::string_view name) { return Parse(kDeliveries, name); }
std::optional<ItemKind> ParseItemKind(std::string_view name) { return Parse(kItemKinds, name); }

const std::string& Item::Title(std::string_view lang) const {
  if (lang == "kk" && !title_kk.empty()) return title_kk;
  if (lang == "en" && !title_en.empty()) return title_en;
  if (!title_ru.empty()) return title_ru;
  if (!title_kk.empty()) return title_kk;
  return title_en;
}

std::vector<Target> Scopes::Targets() const {
  std::vector<Target> out;
  out.push_back({.kind = TargetKind::kMaslikhat, .id = maslikhat_id});
  if (deputy_id) out.push_back({.kind = TargetKind::kDeputy, .id = *deputy_id});
  if (commission_id) out.push_back({.kind = TargetKind::kCommission, .id = *commission_id});
  if (okrug_id) out.push_back({.kind = TargetKind::kOkrug, .id = *okrug_id});
  for (const auto& tag : tags) out.push_back({.kind = TargetKind::kTag, .tag = tag});
  return out;
}

std::string SignUnsubscribe(const UnsubscribeScope& scope, std::string_view key) {
  std::string what = scope.subscription_id ? "s" + std::to_string(*scope.subscription_id)
                                           : std::string(DeliveryName(*scope.digest));
  std::string signed_part =
      std::string(kTokenVersion) + "." + std::to_string(scope.user_id) + "." + what;
  return signed_part + "." + Mac(signed_part, key);
}

std::optional<UnsubscribeScope> VerifyUnsubscribe(std::string_view token, std::string_view key) {
  if (token.size() > kMaxTokenChars || key.empty()) return std::nullopt;
  const size_t last = token.rfind('.');
  if (last == std::string_view::npos) return std::nullopt;
  const std::string_view signed_part = token.substr(0, last);
  if (!crypto::ConstantTimeEqual(token.substr(last + 1), Mac(signed_part, key))) {
    return std::nullopt;
  }
  // Signed by us: the parts are ours, still read carefully.
  const size_t a = signed_part.find('.');
  const size_t b = a == std::string_view::npos ? a : signed_part.find('.', a + 1);
  if (b == std::string_view::npos || signed_part.substr(0, a) != kTokenVersion) {
    return std::nullopt;
  }
  UnsubscribeScope scope;
  auto user = ParsePositive(signed_part.substr(a + 1, b - a - 1));
  if (!user) return std::nullopt;
  scope.user_id = *user;
  const std::string_view what = signed_part.substr(b + 1);
  if (!what.empty() && what[0] == 's') {
    scope.subscription_id = ParsePositive(what.substr(1));
    if (!scope.subscription_id) return std::nullopt;
  } else {
    scope.digest = ParseDelivery(what);
    if (scope.digest != Delivery::kDaily && scope.digest != Delivery::kWeekly) return std::nullopt;
  }
  return scope;
}

}  // namespace kenes::subscriptions
