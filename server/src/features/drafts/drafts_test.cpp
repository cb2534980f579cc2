// The split of a pasted draft into paragraphs, and the period's state by the day.
#include "features/drafts/drafts.hpp"

#include <gtest/gtest.h>

namespace kenes::drafts {
namespace {

TEST(DraftSplit, BlankLinesAndNumberedClausesStartParagraphs) {
  const auto p = SplitParagraphs(
      "  Об утверждении Правил благоустройства  \r\n\r\n"
      "1. Общие положения.\n"
      "Настоящие Правила действуют в городе.\n"
      "2) Порядок уборки.\n"
      "3.1. Уборка дворов.\n\n\n"
      "Статья 4. Ответственность\n"
      "5-бап. Қорытынды ережелер\n"
      "§ 6 Прочее\n"
      "2026 год — год рабочих профессий.");
  ASSERT_EQ(p.size(), 7u);
  EXPECT_EQ(p[0], "Об утверждении Правил благоустройства");
  EXPECT_EQ(p[1], "1. Общие положения.\nНастоящие Правила действуют в городе.");
  EXPECT_EQ(p[2], "2) Порядок уборки.");
  EXPECT_EQ(p[3], "3.1. Уборка дворов.");
  EXPECT_EQ(p[4], "Статья 4. Ответственность");
  EXPECT_EQ(p[5], "5-бап. Қорытынды ережелер");
  // A number that does not open a clause ("2026 год") stays in its paragraph.
  EXPECT_EQ(p[6], "§ 6 Прочее\n2026 год — год рабочих профессий.");
  EXPECT_TRUE(SplitParagraphs("").empty());
  EXPECT_TRUE(SplitParagraphs("\n\n  \n").empty());
}

TEST(DraftPeriod, OpenThroughItsClosingDay) {
  EXPECT_EQ(StateOn("2026-12-09", "2026-12-10", "2026-12-25"), State::kUpcoming);
  EXPECT_EQ(StateOn("2026-12-10", "2026-12-10", "2026-12-25"), State::kOpen);
  EXPECT_EQ(StateOn("2026-12-25", "2026-12-10", "2026-12-25"), State::kOpen);
  EXPECT_EQ(StateOn("2026-12-26", "2026-12-10", "2026-12-25"), State::kClosed);
  EXPECT_EQ(DaysLeft("2026-12-25", "2026-12-10", "2026-12-25"), 1);
  EXPECT_EQ(DaysLeft("2026-12-10", "2026-12-10", "2026-12-25"), 16);
  EXPECT_EQ(DaysLeft("2026-12-26", "2026-12-10", "2026-12-25"), 0);
  EXPECT_EQ(ParseDecision("partly"), Decision::kPartly);
  EXPECT_EQ(AuthorTypeName(AuthorType::kOrganisation), "organisation");
  EXPECT_FALSE(ParseAuthorType("deputy"));
}

TEST(DraftPeriod, WithdrawnWhateverTheDatesAndTheClosingMomentIsMidnightLocal) {
  Discussion d;
  d.opens_on = "2026-12-10";
  d.closes_on = "2026-12-25";
  EXPECT_EQ(StateOf(d, "2026-12-11"), State::kOpen);
  d.withdrawn_at = "2026-12-11T05:00:00Z";
  EXPECT_EQ(StateOf(d, "2026-12-11"), State::kWithdrawn);
  EXPECT_EQ(StateOf(d, "2026-12-09"), State::kWithdrawn);
  EXPECT_EQ(StateName(State::kWithdrawn), "withdrawn");
  EXPECT_EQ(ParseState("withdrawn"), State::kWithdrawn);
  // 00:00 of 26 December in Almaty is 19:00 UTC on the 25th.
  EXPECT_EQ(ClosingMs("2026-12-25"), 1'798'225'200'000);
  EXPECT_EQ(ClosingMs("garbage"), 0);
}

TEST(DraftParagraphs, ReadInTheAskedLanguageOrTheOtherWhereItIsMissing) {
  const Paragraph both{1, 1, "1. Тармақ.", "1. Пункт."};
  EXPECT_EQ(TextIn(both, "kk"), "1. Тармақ.");
  EXPECT_EQ(TextIn(both, "ru"), "1. Пункт.");
  EXPECT_EQ(TextIn(both, "en"), "1. Пункт.") << "no English text: the Russian one";
  const Paragraph ru_only{2, 2, "", "2. Пункт."};
  EXPECT_EQ(TextIn(ru_only, "kk"), "2. Пункт.");
  const Paragraph kk_only{3, 3, "3. Тармақ.", ""};
  EXPECT_EQ(TextIn(kk_only, "ru"), "3. Тармақ.");
  EXPECT_EQ(TextIn(Paragraph{}, "kk"), "");
}

}  // namespace
}  // namespace kenes::drafts
