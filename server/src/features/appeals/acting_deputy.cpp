#include "features/appeals/acting_deputy.hpp"

#include "features/appeals/appeal_policy.hpp"

namespace kenes::appeals {

std::optional<int64_t> ActingDeputyId(const Actor& actor, directory::DirectoryService& directory) {
  if (!AppealPolicy::ActsAsDeputy(actor)) return std::nullopt;
  auto d = directory.DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  return d->id;
}

}  // namespace kenes::appeals
