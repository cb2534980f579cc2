// Unsubscribe tokens, the digest's hour, matching targets and the mail's words: no I/O.
#include "features/subscriptions/subscriptions.hpp"

#include <gtest/gtest.h>

#include "features/subscriptions/module.hpp"
#include "features/subscriptions/subscriptions_messages.hpp"

namespace kenes::subscriptions {
namespace {

constexpr const char* kKey = "a-server-key-of-at-least-32-characters";

TEST(UnsubscribeToken, RoundTripsAndAnyChangedCharacterFails) {
  for (const UnsubscribeScope& s :
       {UnsubscribeScope{.user_id = 7, .subscription_id = 42},
        UnsubscribeScope{.user_id = 7, .digest = Delivery::kDaily},
        UnsubscribeScope{.user_id = 123456789, .digest = Delivery::kWeekly}}) {
    const std::string token = SignUnsubscribe(s, kKey);
    EXPECT_EQ(token.rfind("1.", 0), 0u) << token;
    auto back = VerifyUnsubscribe(token, kKey);
    ASSERT_TRUE(back) << token;
    EXPECT_EQ(back->user_id, s.user_id);
    EXPECT_EQ(back->subscription_id, s.subscription_id);
    EXPECT_EQ(back->digest, s.digest);
    for (size_t i = 0; i < token.size(); ++i) {
      std::string bad = token;
      bad[i] = bad[i] == '1' ? '2' : '1';
      EXPECT_FALSE(VerifyUnsubscribe(bad, kKey)) << bad;
    }
    EXPECT_FALSE(VerifyUnsubscribe(token, "another-key-of-at-least-32-characters"));
    EXPECT_FALSE(VerifyUnsubscribe(token + "0", kKey));
    EXPECT_FALSE(VerifyUnsubscribe(token.substr(0, token.size() - 1), kKey));
  }
  // Tokens the signer never makes are refused even with a valid MAC.
  EXPECT_FALSE(VerifyUnsubscribe("", kKey));
  EXPECT_FALSE(VerifyUnsubscribe("....", kKey));
  EXPECT_FALSE(
      VerifyUnsubscribe(SignUnsubscribe({.user_id = 7, .digest = Delivery::kDaily}, ""), ""));
}

TEST(DigestHour, IsTheComingLocalHour) {
  // 2026-11-18T11:06:40Z is 16:06 local (UTC+5): 08:00 local is 03:00Z the next day.
  const int64_t now = 1'795'000'000'000;
  EXPECT_EQ(NextDigestRun(now, 8), 1'795'000'000'000 + (15 * 3600 + 53 * 60 + 20) * 1000);
  // Exactly at the hour: the next day's.
  const int64_t at = NextDigestRun(now, 8);
  EXPECT_EQ(NextDigestRun(at, 8), at + 24 * 3600 * 1000);
  EXPECT_EQ(NextDigestRun(at - 1, 8), at);
  // 20:00 local is still today.
  EXPECT_EQ(NextDigestRun(now, 20), at - 12 * 3600 * 1000);
}

TEST(Scopes, APostMatchesItsMaslikhatDeputyCommissionOkrugAndTags) {
  Scopes s{.maslikhat_id = 1, .deputy_id = 2, .okrug_id = 4, .tags = {"жол", "су"}};
  auto t = s.Targets();
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].Ref(), "1");
  EXPECT_EQ(t[1].kind, TargetKind::kDeputy);
  EXPECT_EQ(t[2].kind, TargetKind::kOkrug);
  EXPECT_EQ(t[3].Ref(), "жол");
}

TEST(SubscriptionMail, SpeaksThePersonsLanguageWithLocalDatesAndTheWayOut) {
  Item post{.id = 1,
            .kind = ItemKind::kPost,
            .ref_id = 9,
            .title_ru = "Сессия",
            .happened_at = "2026-04-14T20:30:00.000Z"};
  auto m = ItemMail(post, "kk", "https://k.kz", "https://k.kz/unsubscribe?token=t");
  EXPECT_EQ(m.subject, "Жаңа жазба: Сессия");               // no Kazakh title: the Russian one
  EXPECT_NE(m.body.find("15.04.2026"), std::string::npos);  // local date, the next day
  EXPECT_NE(m.body.find("https://k.kz/posts/9"), std::string::npos);
  EXPECT_NE(m.body.find("https://k.kz/unsubscribe?token=t"), std::string::npos);
  EXPECT_NE(m.body.find("https://k.kz/me/subscriptions"), std::string::npos);
  std::vector<Item> many(kMaxDigestListed + 3, post);
  auto d = DigestMail(Delivery::kWeekly, many, "en", "https://k.kz", "u");
  EXPECT_EQ(d.subject, "Kenes: this week's news (53)");
  EXPECT_NE(d.body.find("more 3"), std::string::npos);
}

}  // namespace
}  // namespace kenes::subscriptions
