#pragma once
// The deputy record a signed-in account acts as (accounts with the deputy role are linked to one
// deputy in the directory). Used by every appeals use case that checks a deputy's access.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"
#include "features/directory/directory_service.hpp"

namespace kenes::appeals {

std::optional<int64_t> ActingDeputyId(const Actor& actor, directory::DirectoryService& directory);

}  // namespace kenes::appeals
