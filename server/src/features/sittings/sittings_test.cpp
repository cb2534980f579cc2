// Quorum arithmetic and the wire names of a sitting's enums.
#include "features/sittings/sittings.hpp"

#include <gtest/gtest.h>

namespace kenes::sittings {
namespace {

TEST(Quorum, TwoThirdsOfTheElectedRoundedUp) {
  struct Row {
    int present, elected;
    bool quorate;
    int needed;
  };
  const Row rows[] = {
      {20, 30, true, 20},   // exactly 2/3
      {19, 30, false, 20},  // one short
      {30, 30, true, 20},
      {18, 27, true, 18},  // 30 seats, 3 vacant: 2/3 of the 27 elected, exactly
      {17, 27, false, 18},
      {17, 25, true, 17},  // 2/3 of 25 is 16.67: 17 needed
      {16, 25, false, 17},
      {1, 1, true, 1},
      {0, 0, false, 0},  // nobody elected: no sitting can be valid
  };
  for (const Row& r : rows) {
    EXPECT_EQ(QuorumNeeded(r.elected), r.needed) << r.present << "/" << r.elected;
    EXPECT_EQ(IsQuorate(r.present, r.elected), r.quorate) << r.present << "/" << r.elected;
  }
}

TEST(Quorum, TheRuleIsConfigurable) {
  // A commission meeting: more than half is not "at least half" — 1/2 rounds up, so 5 of 10 is
  // half; a rule of 51/100 asks 6.
  EXPECT_TRUE(IsQuorate(5, 10, {1, 2}));
  EXPECT_FALSE(IsQuorate(5, 10, {51, 100}));
  EXPECT_TRUE(IsQuorate(6, 10, {51, 100}));
  EXPECT_EQ(QuorumNeeded(30, {3, 4}), 23);
}

TEST(Quorum, ACommissionMeetingNeedsMoreThanHalfOfItsMembers) {
  const QuorumRule half{1, 2};
  EXPECT_EQ(QuorumNeeded(10, half, true), 6);  // 5 of 10 is half, not more
  EXPECT_FALSE(IsQuorate(5, 10, half, true));
  EXPECT_TRUE(IsQuorate(6, 10, half, true));
  EXPECT_EQ(QuorumNeeded(5, half, true), 3);
  EXPECT_EQ(QuorumNeeded(3, half, true), 2);
  EXPECT_EQ(QuorumNeeded(2, half, true), 2);
  EXPECT_EQ(QuorumNeeded(1, half, true), 1);
  EXPECT_EQ(QuorumNeeded(4, {1, 1}, true), 4);  // "more than all" is capped at all
  EXPECT_EQ(QuorumNeeded(0, half, true), 0);
}

TEST(Quorum, PresenceAtAnAgendaItem) {
  // Items 1..4; arrived at item 2, left before item 4: present at 2 and 3.
  EXPECT_FALSE(PresentAt(1, 2, 4));
  EXPECT_TRUE(PresentAt(2, 2, 4));
  EXPECT_TRUE(PresentAt(3, 2, 4));
  EXPECT_FALSE(PresentAt(4, 2, 4));
  EXPECT_TRUE(PresentAt(1, 0, 0));  // from the start to the end
  EXPECT_TRUE(PresentAt(9, 0, 0));
  EXPECT_FALSE(PresentAt(2, 0, 2));  // left before item 2
  EXPECT_TRUE(PresentAt(1, 0, 2));
}

TEST(Majority, MoreThanHalfOfTheElected) {
  EXPECT_EQ(MajorityNeeded(30), 16);
  EXPECT_EQ(MajorityNeeded(29), 15);
  EXPECT_EQ(MajorityNeeded(2), 2);
  EXPECT_EQ(StatusOfVote(16, 30), DecisionStatus::kAdopted);
  EXPECT_EQ(StatusOfVote(15, 30), DecisionStatus::kRejected);  // exactly half is not a majority
  EXPECT_EQ(StatusOfVote(15, 29), DecisionStatus::kAdopted);
}

TEST(SittingNames, RoundTrip) {
  for (auto k : {SittingKind::kRegular, SittingKind::kExtraordinary})
    EXPECT_EQ(ParseKind(KindName(k)), k);
  for (auto v : {Vote::kFor, Vote::kAgainst, Vote::kAbstained})
    EXPECT_EQ(ParseVote(VoteName(v)), v);
  for (auto d : {DecisionStatus::kDraft, DecisionStatus::kAdopted, DecisionStatus::kRejected,
                 DecisionStatus::kWithdrawn})
    EXPECT_EQ(ParseDecisionStatus(DecisionStatusName(d)), d);
  EXPECT_FALSE(ParseDecisionStatus("passed"));
  EXPECT_FALSE(ParseKind("closed"));
  EXPECT_FALSE(ParseVote("yes"));
}

}  // namespace
}  // namespace kenes::sittings
