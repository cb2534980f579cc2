#include "features/annual_reports/annual_reports_policy.hpp"

#include "core/roles.hpp"

namespace kenes::annual_reports {

bool AnnualReportsPolicy::MayKeep(const Actor& actor, int64_t maslikhat_id,
                                  const std::optional<int64_t>& commission_id,
                                  const std::optional<int64_t>& chair_deputy_id,
                                  const std::optional<int64_t>& own_deputy_id) {
  if (!actor.IsAuthenticated()) return false;
  if (roles::IsStaffOf(actor, maslikhat_id)) return true;
  return commission_id && roles::ActsAsDeputy(actor) && chair_deputy_id && own_deputy_id &&
         *chair_deputy_id == *own_deputy_id;
}

bool AnnualReportsPolicy::MayRead(bool published, bool may_keep) { return published || may_keep; }

}  // namespace kenes::annual_reports
