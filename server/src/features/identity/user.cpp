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

bool IsKnownRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"citizen", "deputy",           "staff",
                                                "chair",   "commission_chair", "commission_member",
                                                "expert",  "liaison",          "admin"};
  for (auto r : kRoles) {
    if (r == role) return true;
  }
  return false;
}

bool IsKnownScopeType(std::string_view s) {
  return s == "global" || s == "maslikhat" || s == "okrug" || s == "commission" || s == "body";
}

bool IsKnownLanguage(std::string_view lang) { return lang == "kk" || lang == "ru" || lang == "en"; }

bool IsStaffRole(std::string_view role) { return IsKnownRole(role) && role != "citizen"; }

bool HasStaffRole(const std::vector<RoleGrant>& roles) {
  for (const auto& r : roles) {
    if (IsStaffRole(r.role)) return true;
  }
  return false;
}

}  // namespace kenes::identity
