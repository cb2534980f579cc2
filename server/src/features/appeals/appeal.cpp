#include "features/appeals/appeal.hpp"

namespace kenes::appeals {
namespace {

struct Edge {
  std::string_view action;
  std::string_view from;
  std::string_view to;
};

// The one table of allowed transitions.
constexpr Edge kEdges[] = {
    {"assign", "registered", "assigned"},
    {"assign", "assigned", "assigned"},
    {"assign", "reopened", "assigned"},
    {"start", "registered", "in_consideration"},  // the addressed deputy takes it up directly
    {"start", "assigned", "in_consideration"},
    {"start", "reopened", "in_consideration"},
    {"forward", "registered", "forwarded"},
    {"forward", "assigned", "forwarded"},
    {"forward", "in_consideration", "forwarded"},
    {"extend", "in_consideration", "extended"},
    {"extend", "extended", "extended"},
    {"answer", "assigned", "answered"},
    {"answer", "in_consideration", "answered"},
    {"answer", "extended", "answered"},
    {"close", "answered", "closed"},
    {"close", "forwarded", "closed"},
    {"reopen", "answered", "reopened"},
    {"reopen", "closed", "reopened"},
    {"leave", "registered", "not_considered"},
    {"leave", "assigned", "not_considered"},
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

bool IsAction(std::string_view action) {
  for (const auto& e : kEdges) {
    if (e.action == action) return true;
  }
  return false;
}

std::optional<std::string> Transition(std::string_view from, std::string_view action) {
  for (const auto& e : kEdges) {
    if (e.action == action && e.from == from) return std::string(e.to);
  }
  return std::nullopt;
}

bool IsOpen(std::string_view s) {
  return s == "registered" || s == "assigned" || s == "in_consideration" || s == "extended" ||
         s == "reopened";
}

}  // namespace kenes::appeals
