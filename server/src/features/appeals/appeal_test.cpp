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

// History rows name what happened in words the web reads; each staff action's row carries the
// action's own name, so every action has an event kind.
TEST(AppealEvents, KindsRoundTripAndEveryActionHasItsOwn) {
  for (auto name : {"register", "assign", "start", "forward", "extend", "answer", "close", "reopen",
                    "leave", "forward_part", "mark_urgent", "unmark_urgent", "feedback",
                    "categorize", "deputy_request", "deputy_request_answered", "attach"}) {
    ASSERT_TRUE(ParseEventKind(name)) << name;
    EXPECT_EQ(EventKindName(*ParseEventKind(name)), name);
  }
  for (int i = 0; i <= static_cast<int>(AppealAction::kUnmarkUrgent); ++i) {
    const auto action = static_cast<AppealAction>(i);
    EXPECT_EQ(EventKindName(EventKindOf(action)), ActionName(action));
  }
  EXPECT_FALSE(ParseEventKind(""));
  EXPECT_FALSE(ParseEventKind("Register"));
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

TEST(AppealStates, PartForwardingAndTheUrgentMarkKeepTheStatusWhileTheAppealIsOurs) {
  for (auto action : {"forward_part", "mark_urgent", "unmark_urgent"}) {
    ASSERT_TRUE(ParseAction(action)) << action;
    EXPECT_EQ(ActionName(*ParseAction(action)), action);
    for (auto open : {"registered", "assigned", "in_consideration", "extended", "reopened"}) {
      EXPECT_EQ(Transition(open, action), open) << action << " from " << open;
    }
    // Forwarded, answered or left: nothing left to forward a part of, nor to mark; once
    // forwarded the urgent mark stays.
    for (auto done : {"forwarded", "answered", "closed", "not_considered"}) {
      EXPECT_FALSE(Transition(done, action)) << action << " from " << done;
    }
  }
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
    auto type = ParseType(t);
    ASSERT_TRUE(type) << t;
    EXPECT_EQ(TypeName(*type), t);
  }
  EXPECT_FALSE(ParseType("petition"));
  EXPECT_EQ(ParseChannel("reception"), Channel::kReception);
  EXPECT_FALSE(ParseChannel("pigeon"));
  EXPECT_EQ(ParseOutcome("partly"), Outcome::kPartly);
  EXPECT_FALSE(ParseOutcome(""));
}

// The names are the wire and database values: every enumerator reads back as itself.
TEST(AppealVocabulary, EveryNameParsesBackToItsValue) {
  for (auto v : {Channel::kWeb, Channel::kPaper, Channel::kOral, Channel::kPhone, Channel::kEmail,
                 Channel::kReception}) {
    EXPECT_EQ(ParseChannel(ChannelName(v)), v);
  }
  for (auto v : {Addressee::kDeputy, Addressee::kCommission, Addressee::kMaslikhat}) {
    EXPECT_EQ(ParseAddressee(AddresseeName(v)), v);
  }
  for (auto v : {ContactPreference::kEmail, ContactPreference::kPhone, ContactPreference::kPost,
                 ContactPreference::kAccount}) {
    EXPECT_EQ(ParseContactPreference(ContactPreferenceName(v)), v);
  }
  for (auto v : {Outcome::kSatisfied, Outcome::kPartly, Outcome::kRefused, Outcome::kExplained}) {
    EXPECT_EQ(ParseOutcome(OutcomeName(v)), v);
  }
  EXPECT_EQ(AddresseeName(Addressee::kCommission), "commission");
  EXPECT_EQ(ContactPreferenceName(ContactPreference::kPost), "post");
  EXPECT_EQ(ParseLanguage("kk"), "kk");
  EXPECT_FALSE(ParseLanguage("de"));
}

}  // namespace kenes::appeals

namespace kenes::appeals {
namespace {

Appeal Due(AppealStatus status, const std::string& due_on, const std::string& forward_due_on) {
  Appeal a;
  a.status = status;
  a.due_on = due_on;
  a.forward_due_on = forward_due_on;
  return a;
}

// Today Fri 2026-12-11: the answer horizon (3 working days) crosses the weekend and the 16 Dec
// holiday to Thu 17 Dec; the forwarding horizon (1 working day) is Mon 14 Dec.
const DueHorizon kFriday{"2026-12-11", "2026-12-17", "2026-12-14"};

TEST(DueFlags, AnswerTermIsDueSoonUpToTheHorizonAndOverdueTheDayAfter) {
  EXPECT_TRUE(DueFlagsOf(Due(AppealStatus::kInConsideration, "2026-12-17", ""), kFriday).due_soon);
  EXPECT_TRUE(DueFlagsOf(Due(AppealStatus::kInConsideration, "2026-12-11", ""), kFriday).due_soon);
  auto later = DueFlagsOf(Due(AppealStatus::kInConsideration, "2026-12-18", ""), kFriday);
  EXPECT_FALSE(later.due_soon);
  EXPECT_FALSE(later.overdue);
  auto past = DueFlagsOf(Due(AppealStatus::kExtended, "2026-12-10", ""), kFriday);
  EXPECT_TRUE(past.overdue);
  EXPECT_FALSE(past.due_soon);
  // A closed appeal is neither, however old its date.
  auto done = DueFlagsOf(Due(AppealStatus::kAnswered, "2026-12-01", "2026-11-01"), kFriday);
  EXPECT_FALSE(done.overdue || done.due_soon || done.forward_overdue || done.forward_due_soon);
}

TEST(DueFlags, ForwardingTermRunsOnlyWhileTheAppealAwaitsADecision) {
  auto soon = DueFlagsOf(Due(AppealStatus::kRegistered, "2026-12-30", "2026-12-14"), kFriday);
  EXPECT_TRUE(soon.forward_due_soon);
  EXPECT_FALSE(soon.forward_overdue);
  EXPECT_FALSE(soon.due_soon);
  EXPECT_FALSE(DueFlagsOf(Due(AppealStatus::kRegistered, "2026-12-30", "2026-12-15"), kFriday)
                   .forward_due_soon);
  EXPECT_TRUE(DueFlagsOf(Due(AppealStatus::kRegistered, "2026-12-30", "2026-12-10"), kFriday)
                  .forward_overdue);
  // Taken into work: the forwarding term no longer runs.
  auto taken = DueFlagsOf(Due(AppealStatus::kAssigned, "2026-12-30", "2026-12-10"), kFriday);
  EXPECT_FALSE(taken.forward_overdue || taken.forward_due_soon);
}

TEST(LeaveGrounds, NamesRoundTripAndUnknownNamesAreRefused) {
  for (auto name : {"no_essence", "anonymous", "repeated", "not_competent", "withdrawn", "other"}) {
    ASSERT_TRUE(ParseLeaveGround(name)) << name;
    EXPECT_EQ(LeaveGroundName(*ParseLeaveGround(name)), name);
  }
  EXPECT_FALSE(ParseLeaveGround("no essence"));
  EXPECT_FALSE(ParseLeaveGround(""));
}

}  // namespace
}  // namespace kenes::appeals
