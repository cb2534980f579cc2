#include "features/appeals/acting_deputy.hpp"

namespace kenes::appeals {

std::optional<int64_t> ActingDeputyId(const Actor& actor, directory::DirectoryService& directory) {
  if (!actor.IsAuthenticated() || !actor.HasRole("deputy")) return std::nullopt;
  auto d = directory.DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  return d->id;
}

}  // namespace kenes::appeals
