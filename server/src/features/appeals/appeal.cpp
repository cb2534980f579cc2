#include "features/appeals/appeal.hpp"

#include <utility>

namespace kenes::appeals {
namespace {

using S = AppealStatus;
using A = AppealAction;

struct Edge {
  AppealAction action;
  AppealStatus from;
  AppealStatus to;
};

// The one table of allowed transitions.
constexpr Edge kEdges[] = {
    {A::kAssign, S::kRegistered, S::kAssigned},
    {A::kAssign, S::kAssigned, S::kAssigned},
    {A::kAssign, S::kReopened, S::kAssigned},
    {A::kStart, S::kRegistered, S::kInConsideration},  // the addressed deputy takes it up directly
    {A::kStart, S::kAssigned, S::kInConsideration},
    {A::kStart, S::kReopened, S::kInConsideration},
    {A::kForward, S::kRegistered, S::kForwarded},
    {A::kForward, S::kAssigned, S::kForwarded},
    {A::kForward, S::kInConsideration, S::kForwarded},
    {A::kExtend, S::kInConsideration, S::kExtended},
    {A::kExtend, S::kExtended, S::kExtended},
    {A::kAnswer, S::kAssigned, S::kAnswered},
    {A::kAnswer, S::kInConsideration, S::kAnswered},
    {A::kAnswer, S::kExtended, S::kAnswered},
    {A::kClose, S::kAnswered, S::kClosed},
    {A::kClose, S::kForwarded, S::kClosed},
    {A::kReopen, S::kAnswered, S::kReopened},
    {A::kReopen, S::kClosed, S::kReopened},
    {A::kLeave, S::kRegistered, S::kNotConsidered},
    {A::kLeave, S::kAssigned, S::kNotConsidered},
    // A part goes elsewhere; the appeal keeps its status and answer term.
    {A::kForwardPart, S::kRegistered, S::kRegistered},
    {A::kForwardPart, S::kAssigned, S::kAssigned},
    {A::kForwardPart, S::kInConsideration, S::kInConsideration},
    {A::kForwardPart, S::kExtended, S::kExtended},
    {A::kForwardPart, S::kReopened, S::kReopened},
    // Urgent after registration: while the appeal is still ours; never undone once forwarded.
    {A::kMarkUrgent, S::kRegistered, S::kRegistered},
    {A::kMarkUrgent, S::kAssigned, S::kAssigned},
    {A::kMarkUrgent, S::kInConsideration, S::kInConsideration},
    {A::kMarkUrgent, S::kExtended, S::kExtended},
    {A::kMarkUrgent, S::kReopened, S::kReopened},
    {A::kUnmarkUrgent, S::kRegistered, S::kRegistered},
    {A::kUnmarkUrgent, S::kAssigned, S::kAssigned},
    {A::kUnmarkUrgent, S::kInConsideration, S::kInConsideration},
    {A::kUnmarkUrgent, S::kExtended, S::kExtended},
    {A::kUnmarkUrgent, S::kReopened, S::kReopened},
};

struct StatusNameRow {
  AppealStatus status;
  std::string_view name;
};
constexpr StatusNameRow kStatusNames[] = {
    {S::kRegistered, "registered"},
    {S::kAssigned, "assigned"},
    {S::kInConsideration, "in_consideration"},
    {S::kForwarded, "forwarded"},
    {S::kExtended, "extended"},
    {S::kAnswered, "answered"},
    {S::kClosed, "closed"},
    {S::kReopened, "reopened"},
    {S::kNotConsidered, "not_considered"},
};

struct ActionNameRow {
  AppealAction action;
  std::string_view name;
};
constexpr ActionNameRow kActionNames[] = {
    {A::kAssign, "assign"},
    {A::kStart, "start"},
    {A::kForward, "forward"},
    {A::kExtend, "extend"},
    {A::kAnswer, "answer"},
    {A::kClose, "close"},
    {A::kReopen, "reopen"},
    {A::kLeave, "leave"},
    {A::kForwardPart, "forward_part"},
    {A::kMarkUrgent, "mark_urgent"},
    {A::kUnmarkUrgent, "unmark_urgent"},
};

// One closed set's wire names, in the order of its enumerators.
template <class E, size_t N>
struct Names {
  std::pair<E, std::string_view> rows[N];

  std::string_view Of(E value) const {
    for (const auto& [e, name] : rows) {
      if (e == value) return name;
    }
    return rows[0].second;
  }
  std::optional<E> Parse(std::string_view name) const {
    for (const auto& [e, n] : rows) {
      if (n == name) return e;
    }
    return std::nullopt;
  }
};

constexpr Names<AppealType, 6> kTypes{{{AppealType::kStatement, "statement"},
                                       {AppealType::kComplaint, "complaint"},
                                       {AppealType::kProposal, "proposal"},
                                       {AppealType::kReport, "report"},
                                       {AppealType::kResponse, "response"},
                                       {AppealType::kRequest, "request"}}};
constexpr Names<Channel, 6> kChannels{{{Channel::kWeb, "web"},
                                       {Channel::kPaper, "paper"},
                                       {Channel::kOral, "oral"},
                                       {Channel::kPhone, "phone"},
                                       {Channel::kEmail, "email"},
                                       {Channel::kReception, "reception"}}};
constexpr Names<Addressee, 3> kAddressees{{{Addressee::kDeputy, "deputy"},
                                           {Addressee::kCommission, "commission"},
                                           {Addressee::kMaslikhat, "maslikhat"}}};
constexpr Names<ContactPreference, 4> kPreferences{{{ContactPreference::kEmail, "email"},
                                                    {ContactPreference::kPhone, "phone"},
                                                    {ContactPreference::kPost, "post"},
                                                    {ContactPreference::kAccount, "account"}}};
constexpr Names<Outcome, 4> kOutcomes{{{Outcome::kSatisfied, "satisfied"},
                                       {Outcome::kPartly, "partly"},
                                       {Outcome::kRefused, "refused"},
                                       {Outcome::kExplained, "explained"}}};
constexpr Names<LeaveGround, 6> kLeaveGrounds{{{LeaveGround::kNoEssence, "no_essence"},
                                               {LeaveGround::kAnonymous, "anonymous"},
                                               {LeaveGround::kRepeated, "repeated"},
                                               {LeaveGround::kNotCompetent, "not_competent"},
                                               {LeaveGround::kWithdrawn, "withdrawn"},
                                               {LeaveGround::kOther, "other"}}};
}  // namespace

std::string_view LeaveGroundName(LeaveGround ground) { return kLeaveGrounds.Of(ground); }
std::optional<LeaveGround> ParseLeaveGround(std::string_view name) {
  return kLeaveGrounds.Parse(name);
}
std::string_view TypeName(AppealType type) { return kTypes.Of(type); }
std::optional<AppealType> ParseType(std::string_view name) { return kTypes.Parse(name); }
std::string_view ChannelName(Channel channel) { return kChannels.Of(channel); }
std::optional<Channel> ParseChannel(std::string_view name) { return kChannels.Parse(name); }
std::string_view AddresseeName(Addressee addressee) { return kAddressees.Of(addressee); }
std::optional<Addressee> ParseAddressee(std::string_view name) { return kAddressees.Parse(name); }
std::string_view ContactPreferenceName(ContactPreference preference) {
  return kPreferences.Of(preference);
}
std::optional<ContactPreference> ParseContactPreference(std::string_view name) {
  return kPreferences.Parse(name);
}
std::string_view OutcomeName(Outcome outcome) { return kOutcomes.Of(outcome); }
std::optional<Outcome> ParseOutcome(std::string_view name) { return kOutcomes.Parse(name); }
std::optional<std::string> ParseLanguage(std::string_view code) {
  if (code == "kk" || code == "ru" || code == "en") return std::string(code);
  return std::nullopt;
}

std::string_view StatusName(AppealStatus status) {
  for (const auto& r : kStatusNames) {
    if (r.status == status) return r.name;
  }
  return "registered";
}

std::optional<AppealStatus> ParseStatus(std::string_view name) {
  for (const auto& r : kStatusNames) {
    if (r.name == name) return r.status;
  }
  return std::nullopt;
}

std::string_view ActionName(AppealAction action) {
  for (const auto& r : kActionNames) {
    if (r.action == action) return r.name;
  }
  return "assign";
}

std::optional<AppealAction> ParseAction(std::string_view name) {
  for (const auto& r : kActionNames) {
    if (r.name == name) return r.action;
  }
  return std::nullopt;
}

namespace {

struct EventKindRow {
  EventKind kind;
  std::string_view name;
};
constexpr EventKindRow kEventKinds[] = {
    {EventKind::kRegister, "register"},
    {EventKind::kAssign, "assign"},
    {EventKind::kStart, "start"},
    {EventKind::kForward, "forward"},
    {EventKind::kExtend, "extend"},
    {EventKind::kAnswer, "answer"},
    {EventKind::kClose, "close"},
    {EventKind::kReopen, "reopen"},
    {EventKind::kLeave, "leave"},
    {EventKind::kForwardPart, "forward_part"},
    {EventKind::kMarkUrgent, "mark_urgent"},
    {EventKind::kUnmarkUrgent, "unmark_urgent"},
    {EventKind::kFeedback, "feedback"},
    {EventKind::kCategorize, "categorize"},
    {EventKind::kDeputyRequest, "deputy_request"},
    {EventKind::kDeputyRequestAnswered, "deputy_request_answered"},
    {EventKind::kAttach, "attach"},
};

}  // namespace

std::string_view EventKindName(EventKind kind) {
  for (const auto& r : kEventKinds) {
    if (r.kind == kind) return r.name;
  }
  return "register";
}

std::optional<EventKind> ParseEventKind(std::string_view name) {
  for (const auto& r : kEventKinds) {
    if (r.name == name) return r.kind;
  }
  return std::nullopt;
}

EventKind EventKindOf(AppealAction action) {
  // An action's history row carries the action's own name.
  return *ParseEventKind(ActionName(action));
}

std::optional<AppealStatus> Transition(AppealStatus from, AppealAction action) {
  for (const auto& e : kEdges) {
    if (e.action == action && e.from == from) return e.to;
  }
  return std::nullopt;
}

bool IsOpen(AppealStatus s) {
  return s == S::kRegistered || s == S::kAssigned || s == S::kInConsideration ||
         s == S::kExtended || s == S::kReopened;
}

bool AwaitsForwarding(AppealStatus s) { return s == S::kRegistered; }

DueFlags DueFlagsOf(const Appeal& a, const DueHorizon& h) {
  DueFlags f;
  if (IsOpen(a.status)) {
    f.overdue = a.due_on < h.today;
    f.due_soon = !f.overdue && a.due_on <= h.soon;
  }
  if (AwaitsForwarding(a.status) && !a.forward_due_on.empty()) {
    f.forward_overdue = a.forward_due_on < h.today;
    f.forward_due_soon = !f.forward_overdue && a.forward_due_on <= h.forward_soon;
  }
  return f;
}

}  // namespace kenes::appeals
