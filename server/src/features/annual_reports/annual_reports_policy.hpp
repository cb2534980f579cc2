#pragma once
// Who may do what with the maslikhat's annual reports: the staff of the maslikhat (staff, chair,
// deputy chair, head of the apparatus) keep the chair's report and every commission's — make,
// edit, count again, publish versions; a commission's chair (an account acting as a deputy,
// linked to the deputy the directory lists as the commission's chair) keeps their commission's.
// Administrators do not: a report is the maslikhat's word, not a setting. Everybody reads the
// published versions; a report with none is seen only by its keepers (anyone else is told it
// does not exist). Table test: annual_reports_policy_test.cpp.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"

namespace kenes::annual_reports {

struct AnnualReportsPolicy {
  // The report of maslikhat `maslikhat_id`, or of its commission `commission_id`, whose chair is
  // `chair_deputy_id` (if any); `own_deputy_id` is the deputy the actor's account is linked to.
  static bool MayKeep(const Actor& actor, int64_t maslikhat_id,
                      const std::optional<int64_t>& commission_id,
                      const std::optional<int64_t>& chair_deputy_id,
                      const std::optional<int64_t>& own_deputy_id);
  static bool MayRead(bool published, bool may_keep);
};

}  // namespace kenes::annual_reports
