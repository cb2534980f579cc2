#include "features/identity/user.hpp"

namespace kenes::identity {

std::string_view PurposeName(CodePurpose p) {
  switch (p) {
    case CodePurpose::kVerify:
      return "verify";
    case CodePurpose::kReset:
      return "reset";
    case CodePurpose::kUnlock:
      return "unlock";
  }
  return "reset";
}

std::optional<std::string> NormalizeLogin(std::string_view raw) {
  if (raw.find('@') != std::string_view::npos) return NormalizeEmail(raw);
  return NormalizePhone(raw);
}

bool IsKnownLanguage(std::string_view lang) { return lang == "kk" || lang == "ru" || lang == "en"; }

bool IsStaffRole(Role role) { return role != Role::kCitizen; }

bool HasStaffRole(const std::vector<RoleGrant>& roles) {
  for (const auto& r : roles) {
    if (IsStaffRole(r.role)) return true;
  }
  return false;
}

}  // namespace kenes::identity
