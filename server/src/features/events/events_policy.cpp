#include "features/events/events_policy.hpp"

#include "core/roles.hpp"

namespace kenes::events {

bool EventsPolicy::MayManage(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return false;
  return actor.IsAdmin() || roles::IsStaffOf(actor, maslikhat_id);
}

bool EventsPolicy::MayWrite(const Actor& actor, int64_t maslikhat_id,
                            std::optional<int64_t> deputy_id, const std::optional<OwnDeputy>& own) {
  if (MayManage(actor, maslikhat_id)) return true;
  return actor.IsAuthenticated() && roles::ActsAsDeputy(actor) && own &&
         own->maslikhat_id == maslikhat_id && deputy_id == own->deputy_id;
}

bool EventsPolicy::MayList(const Actor& actor, int64_t maslikhat_id,
                           const std::optional<OwnDeputy>& own) {
  if (MayManage(actor, maslikhat_id)) return true;
  return actor.IsAuthenticated() && roles::ActsAsDeputy(actor) && own &&
         own->maslikhat_id == maslikhat_id;
}

bool EventsPolicy::MaySeeRegistrations(const Actor& actor, int64_t maslikhat_id) {
  return actor.IsAuthenticated() && roles::IsStaffOf(actor, maslikhat_id);
}

bool EventsPolicy::MayRegister(const Actor& actor) { return actor.IsAuthenticated(); }

}  // namespace kenes::events
