#include "features/directory/directory_json.hpp"

namespace kenes::directory {
namespace {

using http::Json;

template <class T>
Json Nullable(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json ParsedOr(const std::string& text, const Json& fallback) {
  Json j = Json::parse(text, nullptr, false);
  return j.is_discarded() ? fallback : j;
}

}  // namespace

Json TerritoryJson(const Territory& t) {
  return {{"id", t.id},
          {"parent_id", Nullable(t.parent_id)},
          {"level", t.level},
          {"name_kk", t.name_kk},
          {"name_ru", t.name_ru},
          {"kato_code", Nullable(t.kato_code)},
          {"valid_from", t.valid_from},
          {"valid_to", Nullable(t.valid_to)}};
}

Json MaslikhatJson(const Maslikhat& m) {
  return {{"id", m.id},
          {"territory_id", m.territory_id},
          {"parent_id", Nullable(m.parent_id)},
          {"level", m.level},
          {"name_kk", m.name_kk},
          {"name_ru", m.name_ru},
          {"convocation",
           {{"number", m.convocation_number},
            {"start", Nullable(m.convocation_start)},
            {"end", Nullable(m.convocation_end)}}},
          {"chair_deputy_id", Nullable(m.chair_deputy_id)},
          {"address_kk", m.address_kk},
          {"address_ru", m.address_ru},
          {"phones", ParsedOr(m.phones_json, Json::array())},
          {"email", m.email},
          {"working_hours_kk", m.working_hours_kk},
          {"working_hours_ru", m.working_hours_ru},
          {"social_links", ParsedOr(m.social_links_json, Json::object())},
          {"operator_name_kk", m.operator_name_kk},
          {"operator_name_ru", m.operator_name_ru},
          {"bin", m.bin}};
}

Json OkrugJson(const Okrug& o) {
  return {{"id", o.id},
          {"maslikhat_id", o.maslikhat_id},
          {"number", o.number},
          {"name_kk", o.name_kk},
          {"name_ru", o.name_ru},
          {"center_kk", o.center_kk},
          {"center_ru", o.center_ru}};
}

Json CoverageJson(const CoverageRow& c) {
  return {{"id", c.id},
          {"settlement_kk", c.settlement_kk},
          {"settlement_ru", c.settlement_ru},
          {"street_kk", c.street_kk},
          {"street_ru", c.street_ru},
          {"houses", c.houses}};
}

Json DeputyJson(const Deputy& d, bool show_private) {
  Json j = {{"id", d.id},
            {"maslikhat_id", d.maslikhat_id},
            {"okrug_id", Nullable(d.okrug_id)},
            {"full_name_kk", d.full_name_kk},
            {"full_name_ru", d.full_name_ru},
            {"mandate_type", d.mandate_type},
            {"party_kk", d.party_kk},
            {"party_ru", d.party_ru},
            {"convocation", d.convocation},
            {"bio_kk", d.bio_kk},
            {"bio_ru", d.bio_ru},
            {"photo_url", d.photo_file ? Json("/api/v1/deputies/" + std::to_string(d.id) +
                                              "/photo?v=" + d.photo_file->substr(0, 8))
                                       : Json(nullptr)},
            {"email", d.email},
            {"phone", d.phone},
            {"social_links", ParsedOr(d.social_links_json, Json::object())}};
  if (show_private) {
    j["user_id"] = Nullable(d.user_id);
    j["private_phone"] = d.private_phone;
    j["published"] = d.published;
  }
  return j;
}

Json CommissionJson(const Commission& c) {
  Json members = Json::array();
  std::optional<int64_t> chair;
  for (const auto& m : c.members) {
    members.push_back({{"deputy_id", m.deputy_id}, {"role", m.role}});
    if (m.role == "chair") chair = m.deputy_id;
  }
  return {{"id", c.id},
          {"maslikhat_id", c.maslikhat_id},
          {"kind", c.kind},
          {"name_kk", c.name_kk},
          {"name_ru", c.name_ru},
          {"remit_kk", c.remit_kk},
          {"remit_ru", c.remit_ru},
          {"period_from", Nullable(c.period_from)},
          {"period_to", Nullable(c.period_to)},
          {"chair_deputy_id", Nullable(chair)},
          {"members", members}};
}

Json DeputyViewJson(const DeputyView& v) {
  Json j = DeputyJson(v.deputy, v.show_private);
  Json roles = Json::array();
  if (v.is_chair) roles.push_back("chair");
  Json commissions = Json::array();
  for (const auto& c : v.commissions) {
    commissions.push_back({{"id", c.commission_id},
                           {"name_kk", c.name_kk},
                           {"name_ru", c.name_ru},
                           {"role", c.role}});
    if (c.role == "chair") roles.push_back("commission_chair");
  }
  j["roles"] = roles;
  j["commissions"] = commissions;
  j["maslikhat"] = MaslikhatJson(v.maslikhat);
  if (v.okrug) {
    Json okrug = OkrugJson(*v.okrug);
    Json coverage = Json::array();
    for (const auto& c : v.coverage) coverage.push_back(CoverageJson(c));
    okrug["coverage"] = coverage;
    j["okrug"] = okrug;
  } else {
    j["okrug"] = nullptr;
  }
  j["can_edit"] = v.can_edit;
  return j;
}

Json LookupJson(const LookupResult& r) {
  Json matches = Json::array();
  for (const auto& m : r.matches) {
    Json deputies = Json::array();
    for (const auto& d : m.deputies) deputies.push_back(DeputyJson(d, false));
    matches.push_back({{"maslikhat", MaslikhatJson(m.maslikhat)},
                       {"okrug", OkrugJson(m.okrug)},
                       {"deputies", deputies}});
  }
  Json contacts = Json::array();
  for (const auto& m : r.contacts) contacts.push_back(MaslikhatJson(m));
  return {{"matches", matches}, {"contacts", contacts}, {"settlement_known", r.settlement_known}};
}

}  // namespace kenes::directory
