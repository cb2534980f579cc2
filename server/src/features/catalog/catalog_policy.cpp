#include "features/catalog/catalog_policy.hpp"

#include "core/roles.hpp"

namespace kenes::catalog {

bool CatalogPolicy::MaySetCategories(const Actor& actor) {
  return actor.IsAuthenticated() && actor.IsAdmin();
}

bool CatalogPolicy::MayReadTemplates(const Actor& actor, int64_t maslikhat_id,
                                     std::optional<int64_t> actor_deputy_maslikhat_id) {
  if (roles::IsStaffOf(actor, maslikhat_id)) return true;
  return roles::ActsAsDeputy(actor) && actor_deputy_maslikhat_id == maslikhat_id;
}

bool CatalogPolicy::MayManageTemplates(const Actor& actor, int64_t maslikhat_id) {
  return roles::IsStaffOf(actor, maslikhat_id);
}

}  // namespace kenes::catalog
