#pragma once
// A person's own data (docs/personal-data.md): what of it outlives the account, and why. No I/O.

#include <optional>
#include <string>

#include "features/appeals/appeal_service.hpp"

namespace kenes::privacy {

// Why an appeal is kept when its applicant deletes the account.
enum class KeepReason {
  kInConsideration,  // the answer is still owed: APPK needs the applicant's contacts to send it
  kRetention,        // an answered appeal is a record kept for the retention term
};
std::string_view KeepReasonName(KeepReason r);

struct KeptAppeal {
  int64_t id = 0;
  std::string number;
  appeals::AppealStatus status = appeals::AppealStatus::kRegistered;
  KeepReason reason = KeepReason::kInConsideration;
  std::string keep_until;  // local date (YYYY-MM-DD), the last day of the retention term
};

// The last day an appeal registered on `registered_on` (YYYY-MM-DD) is kept: 31 December of the
// `years`-th year after the year of registration (the archive counts from the 1 January after).
std::string RetentionEnd(const std::string& registered_on, int years);
// Why the appeal outlives the account, or nullopt when its retention term ended before `today`
// (it is anonymised, not kept).
std::optional<KeptAppeal> WhyKept(const appeals::Appeal& a, const std::string& today, int years);

}  // namespace kenes::privacy
