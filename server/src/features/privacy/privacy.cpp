#include "features/privacy/privacy.hpp"

namespace kenes::privacy {

using appeals::AppealStatus;

std::string_view KeepReasonName(KeepReason r) {
  return r == KeepReason::kInConsideration ? "in_consideration" : "retention";
}

std::string RetentionEnd(const std::string& registered_on, int years) {
  if (registered_on.size() < 4) return "";
  const int year = std::stoi(registered_on.substr(0, 4));
  return std::to_string(year + years) + "-12-31";
}

std::optional<KeptAppeal> WhyKept(const appeals::Appeal& a, const std::string& today, int years) {
  KeptAppeal k{a.id, a.number, a.status, KeepReason::kRetention,
               RetentionEnd(a.registered_on, years)};
  switch (a.status) {
    case AppealStatus::kAnswered:
    case AppealStatus::kClosed:
    case AppealStatus::kNotConsidered:
    case AppealStatus::kForwarded:  // handed to the competent body: our part is a record now
      if (k.keep_until < today) return std::nullopt;
      return k;
    default:
      k.reason = KeepReason::kInConsideration;
      return k;
  }
}

}  // namespace kenes::privacy
