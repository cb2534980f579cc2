#include "features/voter_reports/voter_reports_policy.hpp"

#include "core/roles.hpp"

namespace kenes::voter_reports {

bool VoterReportsPolicy::MayKeep(const Actor& actor, int64_t maslikhat_id, int64_t deputy_id,
                                 const std::optional<OwnDeputy>& own) {
  if (!actor.IsAuthenticated()) return false;
  if (roles::IsStaffOf(actor, maslikhat_id)) return true;
  return roles::ActsAsDeputy(actor) && own && own->deputy_id == deputy_id &&
         own->maslikhat_id == maslikhat_id;
}

bool VoterReportsPolicy::MayRead(const Actor& actor, int64_t maslikhat_id, int64_t deputy_id,
                                 ReportState state, const std::optional<OwnDeputy>& own) {
  return state == ReportState::kPublished || MayKeep(actor, maslikhat_id, deputy_id, own);
}

}  // namespace kenes::voter_reports
