#include "features/reception/reception_policy.hpp"

#include "core/roles.hpp"

namespace kenes::reception {

bool ReceptionPolicy::ActsAsDeputy(const Actor& actor) { return roles::ActsAsDeputy(actor); }

bool ReceptionPolicy::MayManage(const Actor& actor, int64_t maslikhat_id) {
  return roles::IsStaffOf(actor, maslikhat_id);
}

bool ReceptionPolicy::MayHost(const Actor& actor, const Session& s,
                              std::optional<int64_t> acting_deputy) {
  if (MayManage(actor, s.maslikhat_id)) return true;
  return roles::ActsAsDeputy(actor) && acting_deputy && s.deputy_id == acting_deputy;
}

bool ReceptionPolicy::MayBook(const Actor& actor) { return actor.IsAuthenticated(); }

bool ReceptionPolicy::MayCancel(const Actor& actor, const Booking& b, const Session& s,
                                std::optional<int64_t> acting_deputy) {
  if (actor.IsAuthenticated() && b.user_id && b.user_id == actor.user_id) return true;
  return MayHost(actor, s, acting_deputy);
}

bool ReceptionPolicy::MaySeeAllStats(const Actor& actor, int64_t maslikhat_id) {
  return MayManage(actor, maslikhat_id);
}

bool ReceptionPolicy::MaySeeOwnStats(const Actor& actor, int64_t maslikhat_id,
                                     std::optional<int64_t> deputy_maslikhat) {
  return roles::ActsAsDeputy(actor) && deputy_maslikhat == maslikhat_id;
}

}  // namespace kenes::reception
