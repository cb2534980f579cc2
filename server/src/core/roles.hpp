#pragma once
// Role grants every policy reads the same way. The grants themselves are identity's; what a grant
// allows is each feature's policy; these only answer "which maslikhats does this person staff".

#include <cstdint>
#include <vector>

#include "core/actor.hpp"

namespace kenes::roles {

// Staff of a maslikhat's apparatus or its leadership: a grant of `staff`, `chair`,
// `deputy_chair` or `head_of_apparatus` scoped to it.
bool IsStaffOf(const Actor& actor, int64_t maslikhat_id);
std::vector<int64_t> StaffMaslikhats(const Actor& actor);
// A signed-in account holding the deputy role (the deputy record it is linked to is the
// directory's to say).
bool ActsAsDeputy(const Actor& actor);

}  // namespace kenes::roles
