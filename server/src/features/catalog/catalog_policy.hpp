#pragma once
// Who may read and change the category taxonomy and the answer templates.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"

namespace kenes::catalog {

class CatalogPolicy {
 public:
  // One taxonomy for the whole installation, so that analytics compare like with like.
  static bool MaySetCategories(const Actor& actor);
  // A maslikhat's templates are read by its staff and by its deputies (who answer appeals too);
  // `actor_deputy_maslikhat_id` is the maslikhat of the deputy record the account is linked to.
  static bool MayReadTemplates(const Actor& actor, int64_t maslikhat_id,
                               std::optional<int64_t> actor_deputy_maslikhat_id);
  static bool MayManageTemplates(const Actor& actor, int64_t maslikhat_id);
};

}  // namespace kenes::catalog
