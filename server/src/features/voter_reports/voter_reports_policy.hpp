#pragma once
// Who may do what with a deputy's reports to voters: the deputy (an account acting as a deputy,
// linked to that deputy's record) and the staff of the deputy's maslikhat (staff, chair, deputy
// chair, head of the apparatus) make, edit, count again, publish and take back the deputy's
// reports. Administrators do not: the report is the deputy's word to voters, not a setting.
// Everybody reads the published ones; a draft is seen only by those who keep it (anyone else is
// told it does not exist). Table test: voter_reports_policy_test.cpp.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"
#include "features/voter_reports/voter_reports.hpp"

namespace kenes::voter_reports {

// The deputy record the actor's account is linked to.
struct OwnDeputy {
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
};

struct VoterReportsPolicy {
  // The reports of deputy `deputy_id` of maslikhat `maslikhat_id`.
  static bool MayKeep(const Actor& actor, int64_t maslikhat_id, int64_t deputy_id,
                      const std::optional<OwnDeputy>& own);
  static bool MayRead(const Actor& actor, int64_t maslikhat_id, int64_t deputy_id,
                      ReportState state, const std::optional<OwnDeputy>& own);
};

}  // namespace kenes::voter_reports
