#include "features/directory/directory.hpp"

#include <nlohmann/json.hpp>

namespace kenes::directory {

bool IsTerritoryLevel(std::string_view l) {
  return l == "country" || l == "oblast" || l == "republican_city" || l == "district" ||
         l == "regional_city" || l == "city_district" || l == "rural_okrug" || l == "settlement";
}

bool IsMaslikhatLevel(std::string_view l) {
  return l == "oblast" || l == "city" || l == "district";
}
bool IsMandateType(std::string_view t) { return t == "single_mandate" || t == "party_list"; }
bool IsCommissionKind(std::string_view k) { return k == "standing" || k == "temporary"; }
bool IsMemberRole(std::string_view r) { return r == "chair" || r == "member"; }

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool IsValidSocialLinks(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return false;
  for (auto& [k, v] : j.items()) {
    if (k != "facebook" && k != "instagram" && k != "telegram" && k != "youtube" &&
        k != "website" && k != "tiktok" && k != "x") {
      return false;
    }
    if (!v.is_string() || v.get<std::string>().rfind("https://", 0) != 0 ||
        v.get<std::string>().size() > 300) {
      return false;
    }
  }
  return true;
}

bool IsValidPhonesList(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array() || j.size() > 10) return false;
  for (auto& v : j) {
    if (!v.is_string() || v.get<std::string>().size() > 40) return false;
  }
  return true;
}

}  // namespace kenes::directory
