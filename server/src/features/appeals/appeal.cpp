#include "features/appeals/appeal.hpp"

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
    {A::kAssign, "assign"}, {A::kStart, "start"}, {A::kForward, "forward"}, {A::kExtend, "extend"},
    {A::kAnswer, "answer"}, {A::kClose, "close"}, {A::kReopen, "reopen"},   {A::kLeave, "leave"},
};

template <size_t N>
bool OneOf(std::string_view v, const std::string_view (&list)[N]) {
  for (auto x : list) {
    if (x == v) return true;
  }
  return false;
}

}  // namespace

bool IsAppealType(std::string_view t) {
  static constexpr std::string_view kTypes[] = {"statement", "complaint", "proposal",
                                                "report",    "response",  "request"};
  return OneOf(t, kTypes);
}

bool IsChannel(std::string_view c) {
  static constexpr std::string_view kChannels[] = {"web",   "paper", "oral",
                                                   "phone", "email", "reception"};
  return OneOf(c, kChannels);
}

bool IsOutcome(std::string_view o) {
  static constexpr std::string_view kOutcomes[] = {"satisfied", "partly", "refused", "explained"};
  return OneOf(o, kOutcomes);
}

bool IsContactPreference(std::string_view c) {
  static constexpr std::string_view kPreferences[] = {"email", "phone", "post", "account"};
  return OneOf(c, kPreferences);
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

}  // namespace kenes::appeals
