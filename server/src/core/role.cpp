#include "core/role.hpp"

#include <utility>

namespace kenes {
namespace {

constexpr std::pair<Role, std::string_view> kRoles[] = {
    {Role::kCitizen, "citizen"},
    {Role::kDeputy, "deputy"},
    {Role::kStaff, "staff"},
    {Role::kChair, "chair"},
    {Role::kDeputyChair, "deputy_chair"},
    {Role::kHeadOfApparatus, "head_of_apparatus"},
    {Role::kCommissionChair, "commission_chair"},
    {Role::kCommissionMember, "commission_member"},
    {Role::kExpert, "expert"},
    {Role::kLiaison, "liaison"},
    {Role::kAdmin, "admin"},
};

constexpr std::pair<ScopeType, std::string_view> kScopes[] = {
    {ScopeType::kGlobal, "global"}, {ScopeType::kMaslikhat, "maslikhat"},
    {ScopeType::kOkrug, "okrug"},   {ScopeType::kCommission, "commission"},
    {ScopeType::kBody, "body"},
};

template <class E, size_t N>
std::string_view NameIn(const std::pair<E, std::string_view> (&rows)[N], E value) {
  for (const auto& [e, name] : rows) {
    if (e == value) return name;
  }
  return rows[0].second;
}

template <class E, size_t N>
std::optional<E> ParseIn(const std::pair<E, std::string_view> (&rows)[N], std::string_view name) {
  for (const auto& [e, n] : rows) {
    if (n == name) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string_view RoleName(Role role) { return NameIn(kRoles, role); }
std::optional<Role> ParseRole(std::string_view name) { return ParseIn(kRoles, name); }
std::string_view ScopeTypeName(ScopeType scope) { return NameIn(kScopes, scope); }
std::optional<ScopeType> ParseScopeType(std::string_view name) { return ParseIn(kScopes, name); }

}  // namespace kenes
