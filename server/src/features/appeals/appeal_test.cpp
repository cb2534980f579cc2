#include "features/appeals/appeal.hpp"

#include <gtest/gtest.h>

namespace kenes::appeals {

TEST(AppealStates, HappyPathThroughAnswerAndClose) {
  EXPECT_EQ(Transition("registered", "assign"), "assigned");
  EXPECT_EQ(Transition("assigned", "start"), "in_consideration");
  EXPECT_EQ(Transition("in_consideration", "extend"), "extended");
  EXPECT_EQ(Transition("extended", "answer"), "answered");
  EXPECT_EQ(Transition("answered", "close"), "closed");
  EXPECT_EQ(Transition("closed", "reopen"), "reopened");
  EXPECT_EQ(Transition("reopened", "start"), "in_consideration");
}

TEST(AppealStates, RefusesTransitionsNotInTheTable) {
  EXPECT_FALSE(Transition("registered", "answer"));
  EXPECT_FALSE(Transition("closed", "answer"));
  EXPECT_FALSE(Transition("not_considered", "assign"));
  EXPECT_FALSE(Transition("answered", "extend"));
  EXPECT_FALSE(Transition("forwarded", "start"));
  EXPECT_FALSE(Transition("registered", "fly"));
  EXPECT_FALSE(IsAction("fly"));
}

TEST(AppealStates, OpenStatusesAreTheOnesWithARunningDeadline) {
  EXPECT_TRUE(IsOpen("registered"));
  EXPECT_TRUE(IsOpen("extended"));
  EXPECT_FALSE(IsOpen("answered"));
  EXPECT_FALSE(IsOpen("forwarded"));
  EXPECT_FALSE(IsOpen("not_considered"));
}

TEST(AppealVocabulary, KnowsTheApplicationProcedureCodeTypes) {
  for (auto t : {"statement", "complaint", "proposal", "report", "response", "request"}) {
    EXPECT_TRUE(IsAppealType(t)) << t;
  }
  EXPECT_FALSE(IsAppealType("petition"));
  EXPECT_TRUE(IsChannel("reception"));
  EXPECT_FALSE(IsChannel("pigeon"));
  EXPECT_TRUE(IsOutcome("partly"));
}

}  // namespace kenes::appeals
