#pragma once
// Directory domain: territories, maslikhats, okrugs with address coverage, deputies, commissions.
// No I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::directory {

struct Territory {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string level;  // country, oblast, republican_city, district, regional_city, city_district,
                      // rural_okrug, settlement
  std::string name_kk, name_ru;
  std::optional<std::string> kato_code;
  std::string valid_from;
  std::optional<std::string> valid_to;
};

struct TerritoryVersion {
  std::optional<int64_t> parent_id;
  std::string name_kk, name_ru;
  std::string valid_from;
  std::optional<std::string> valid_to;
};

struct Maslikhat {
  int64_t id = 0;
  int64_t territory_id = 0;
  std::optional<int64_t> parent_id;
  std::string level;  // oblast, city, district
  std::string name_kk, name_ru;
  int convocation_number = 8;
  std::optional<std::string> convocation_start, convocation_end;
  std::optional<int64_t> chair_deputy_id;
  std::string address_kk, address_ru;
  std::string phones_json = "[]";
  std::string email;
  std::string working_hours_kk, working_hours_ru;
  std::string social_links_json = "{}";
  // The operator of personal data named in the consent text (docs/personal-data.md "Consent"):
  // the maslikhat's apparatus and its BIN; empty when not set (the installation's default then).
  std::string operator_name_kk, operator_name_ru;
  std::string bin;
};

struct Okrug {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  int number = 0;
  std::string name_kk, name_ru, center_kk, center_ru;
};

struct CoverageRow {
  int64_t id = 0;
  int64_t okrug_id = 0;
  std::string settlement_kk, settlement_ru, street_kk, street_ru;
  std::string houses = "all";
};

struct Deputy {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::optional<int64_t> okrug_id;
  std::optional<int64_t> user_id;
  std::string full_name_kk, full_name_ru;
  std::string mandate_type;  // single_mandate, party_list
  std::string party_kk, party_ru;
  int convocation = 8;
  std::string bio_kk, bio_ru;
  std::optional<std::string> photo_file, photo_mime;
  std::string email, phone, private_phone;
  std::string social_links_json = "{}";
  bool published = true;
  std::string updated_at;
};

struct CommissionMember {
  int64_t deputy_id = 0;
  std::string role;  // chair, member
};

struct Commission {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string kind;  // standing, temporary
  std::string name_kk, name_ru, remit_kk, remit_ru;
  std::optional<std::string> period_from, period_to;
  std::vector<CommissionMember> members;
};

// Membership of one deputy, for the deputy page.
struct DeputyCommission {
  int64_t commission_id = 0;
  std::string name_kk, name_ru, role;
};

bool IsTerritoryLevel(std::string_view level);
bool IsMaslikhatLevel(std::string_view level);
bool IsMandateType(std::string_view type);
bool IsCommissionKind(std::string_view kind);
bool IsMemberRole(std::string_view role);
bool IsIsoDate(std::string_view date);  // YYYY-MM-DD
// Only these social networks, each an https:// URL.
bool IsValidSocialLinks(const std::string& json_text);
bool IsValidPhonesList(const std::string& json_text);

}  // namespace kenes::directory
