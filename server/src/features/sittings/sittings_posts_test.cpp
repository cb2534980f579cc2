// The posts a sitting publishes: words and local dates in kk and ru, never codes; staff text kept
// out of Markdown markup; the limits of a post kept.
#include "features/sittings/sittings_posts.hpp"

#include <gtest/gtest.h>

#include "platform/text/utf8.hpp"

namespace kenes::sittings {
namespace {

SittingDetail Example() {
  SittingDetail d;
  d.sitting.id = 7;
  d.sitting.number = 15;
  d.sitting.kind = SittingKind::kExtraordinary;
  d.sitting.held_on = "2026-12-15";
  d.sitting.starts_at = "10:00";
  d.sitting.place = "Зал *сессий*";
  d.sitting.elected_deputies = 30;
  d.agenda = {{1, 1, "Бюджет туралы", "О бюджете", "Қаржы бөлімі"}};
  d.present = 25;
  Decision x;
  x.number = "15/1-VIII";
  x.title_kk = "Бюджет туралы";
  x.title_ru = "О бюджете";
  x.status = DecisionStatus::kAdopted;
  x.votes_for = 23;
  x.votes_against = 1;
  x.votes_abstained = 1;
  x.act_id = 5;
  x.act_number = "12";
  d.decisions = {x};
  return d;
}

TEST(SittingPosts, TheAnnouncementSaysWhenWhereAndWhatInBothLanguages) {
  const auto post = AnnouncementPost(Example());
  EXPECT_EQ(post.kind, posts::PostKind::kAnnouncement);
  ASSERT_EQ(post.texts.size(), 2u);
  const auto& kk = post.texts[0];
  const auto& ru = post.texts[1];
  EXPECT_EQ(kk.lang, "kk");
  EXPECT_EQ(kk.title, "Мәслихаттың 15-кезектен тыс сессиясы — 15.12.2026");
  EXPECT_EQ(ru.title, "Внеочередная сессия маслихата № 15 — 15.12.2026");
  EXPECT_NE(ru.body.find("1. О бюджете (докладчик: Қаржы бөлімі)"), std::string::npos) << ru.body;
  EXPECT_NE(ru.body.find("Зал \\*сессий\\*"), std::string::npos);  // no markup from staff text
  EXPECT_NE(ru.body.find("(/sittings/7)"), std::string::npos);
  EXPECT_EQ(ru.body.find("extraordinary"), std::string::npos);
  EXPECT_EQ(ru.body.find("2026-12-15"), std::string::npos);
}

TEST(SittingPosts, ResultsListTheDecisionsWithTheVoteAndTheAct) {
  SittingDetail d = Example();
  EXPECT_TRUE(HasResults(d));
  const auto post = ResultsPost(d);
  EXPECT_EQ(post.kind, posts::PostKind::kSessionResult);
  const auto& ru = post.texts[1];
  EXPECT_EQ(ru.summary, "Присутствовали: 25 из 30 избранных депутатов.");
  EXPECT_NE(ru.body.find("принято (за 23, против 1, воздержались 1); [акт № 12](/acts/5)"),
            std::string::npos)
      << ru.body;
  EXPECT_NE(post.texts[0].body.find("қабылданды (жақтап 23, қарсы 1, қалыс қалды 1)"),
            std::string::npos);
  d.decisions[0].status = DecisionStatus::kDraft;
  EXPECT_FALSE(HasResults(d));  // nothing decided yet: no results post
}

TEST(SittingPosts, ACommissionMeetingIsNamedByItsCommission) {
  SittingDetail d = Example();
  d.sitting.commission_id = 3;
  d.sitting.number = 4;
  d.sitting.commission_name_kk = "Бюджет жөніндегі";
  d.sitting.commission_name_ru = "По бюджету";
  const auto post = AnnouncementPost(d);
  EXPECT_EQ(post.commission_id, 3);
  EXPECT_EQ(post.texts[1].title, "По бюджету: заседание № 4 — 15.12.2026");
  EXPECT_EQ(post.texts[0].title, "Бюджет жөніндегі: 4-отырыс — 15.12.2026");
  EXPECT_EQ(ResultsPost(d).texts[1].title, "По бюджету: итоги заседания № 4 — 15.12.2026");
}

TEST(SittingPosts, LongTextsAreClippedToThePostsLimits) {
  SittingDetail d = Example();
  d.sitting.place.clear();
  for (int i = 0; i < 400; ++i) d.sitting.place += "Зал ";
  const auto post = AnnouncementPost(d);
  EXPECT_LE(text::CodePoints(post.texts[1].summary), posts::kMaxSummaryChars);
  EXPECT_TRUE(text::IsValidUtf8(post.texts[1].summary));
  EXPECT_LE(text::CodePoints(post.texts[1].title), posts::kMaxTitleChars);
  EXPECT_EQ(LocalDay("2026-04-15"), "15.04.2026");
}

}  // namespace
}  // namespace kenes::sittings
