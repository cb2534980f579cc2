#include "features/appeals/appeal.hpp"

#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace kenes::appeals {
namespace {

// The transition table read with the names the API and the database use.
std::optional<std::string> Transition(std::string_view from, std::string_view action) {
  auto f = ParseStatus(from);
  auto a = ParseAction(action);
  if (!f || !a) return std::nullopt;
  auto to = appeals::Transition(*f, *a);
  if (!to) return std::nullopt;
  return std::string(StatusName(*to));
}

bool IsOpen(std::string_view status) { return appeals::IsOpen(*ParseStatus(status)); }

}  // namespace

TEST(AppealStates, NamesRoundTripAndUnknownNamesAreRefused) {
  for (auto name : {"registered", "assigned", "in_consideration", "forwarded", "extended",
                    "answered", "closed", "reopened", "not_considered"}) {
    ASSERT_TRUE(ParseStatus(name)) << name;
    EXPECT_EQ(StatusName(*ParseStatus(name)), name);
  }
  for (auto name : {"assign", "start", "forward", "extend", "answer", "close", "reopen", "leave"}) {
    ASSERT_TRUE(ParseAction(name)) << name;
    EXPECT_EQ(ActionName(*ParseAction(name)), name);
  }
  EXPECT_FALSE(ParseStatus("Registered"));
  EXPECT_FALSE(ParseStatus(""));
  EXPECT_FALSE(ParseAction("fly"));
}

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
