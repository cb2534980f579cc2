#pragma once
// The roles a person can be granted and the kinds of place a grant is scoped to. Their names
// ("commission_chair", "maslikhat") are the wire and database values, parsed and printed only at
// the JSON and SQL edges (identity's role routes and repository).

#include <optional>
#include <string_view>

namespace kenes {

enum class Role {
  kCitizen,
  kDeputy,
  kStaff,            // the maslikhat's apparatus
  kChair,            // the maslikhat's chair
  kDeputyChair,      // the maslikhat chair's deputy
  kHeadOfApparatus,  // the head of the maslikhat's apparatus
  kCommissionChair,
  kCommissionMember,
  kExpert,
  kLiaison,  // an executive body's contact for deputy requests
  kAdmin,
};
std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

enum class ScopeType { kGlobal, kMaslikhat, kOkrug, kCommission, kBody };
std::string_view ScopeTypeName(ScopeType scope);
std::optional<ScopeType> ParseScopeType(std::string_view name);

}  // namespace kenes
