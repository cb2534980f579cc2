#include "features/appeals/appeal_messages.hpp"

#include <gtest/gtest.h>

namespace kenes::appeals {
namespace {

// Every code an appeal carries has its words in the catalogue: a code printed as itself
// ("in_consideration") on a Kazakh or Russian talon or notice is a missing key. (English words
// may equal the code: "complaint".)
TEST(AppealMessages, EveryCodeHasItsWordsInEveryLanguage) {
  for (std::string_view lang : {"kk", "ru"}) {
    for (auto t : {AppealType::kStatement, AppealType::kComplaint, AppealType::kProposal,
                   AppealType::kReport, AppealType::kResponse, AppealType::kRequest}) {
      EXPECT_NE(TypeWord(t, lang), TypeName(t)) << lang;
    }
    for (auto c : {Channel::kWeb, Channel::kPaper, Channel::kOral, Channel::kPhone, Channel::kEmail,
                   Channel::kReception}) {
      EXPECT_NE(ChannelWord(c, lang), ChannelName(c)) << lang;
    }
    for (std::string_view s : {"registered", "assigned", "in_consideration", "forwarded",
                               "extended", "answered", "closed", "reopened", "not_considered"}) {
      auto status = ParseStatus(s);
      ASSERT_TRUE(status) << s;
      EXPECT_NE(StatusWord(*status, lang), s) << lang;
    }
    for (auto o : {Outcome::kSatisfied, Outcome::kPartly, Outcome::kRefused, Outcome::kExplained}) {
      EXPECT_NE(OutcomeWord(o, lang), OutcomeName(o)) << lang;
    }
    for (auto g : {LeaveGround::kNoEssence, LeaveGround::kAnonymous, LeaveGround::kRepeated,
                   LeaveGround::kNotCompetent, LeaveGround::kWithdrawn, LeaveGround::kOther}) {
      EXPECT_NE(LeaveGroundWord(LeaveGroundName(g), lang), LeaveGroundName(g)) << lang;
    }
    for (std::string_view role :
         {"chair", "deputy_chair", "head_of_apparatus", "staff", "deputy"}) {
      EXPECT_NE(PositionWord(role, lang), role) << lang;
    }
    for (int day = 1; day <= 7; ++day) EXPECT_NE(OnWeekday(day, lang), std::to_string(day));
  }
  EXPECT_EQ(StatusWord(AppealStatus::kInConsideration, "en"), "under consideration");
  EXPECT_EQ(TypeWord(AppealType::kStatement, "kk"), "арыз");
  EXPECT_EQ(TypeWord(AppealType::kRequest, "kk"), "сұрау салу");
  EXPECT_EQ(PositionWord("no_such_role", "ru"), "no_such_role");
}

TEST(AppealMessages, NoticesReadTheirWordsFromTheCatalogue) {
  Appeal a;
  a.number = "2-2026-00017";
  a.language = "kk";
  a.due_on = "2026-12-30";
  const Notice n = NoticeFor(a, "registered");
  EXPECT_EQ(n.subject, "Kenes: өтініш 2-2026-00017");
  EXPECT_EQ(n.body,
            "Сіздің өтінішіңіз тіркелді.\n\nТалон нөмірі: 2-2026-00017\nЖауап беру мерзімі: "
            "30.12.2026\n");
  const Notice r = ReminderNotice("2-2026-00017", "forward_overdue", "2026-12-30");
  EXPECT_EQ(r.subject, "Kenes: мерзімі өтті / срок истёк: 2-2026-00017");
  EXPECT_EQ(r.body,
            "Өтініш / Обращение 2-2026-00017\nЖіберу мерзімі / Срок перенаправления: 30.12.2026\n");
}

}  // namespace
}  // namespace kenes::appeals
