#include "features/directory/directory_http_support.hpp"

namespace kenes::directory {
namespace {

using http::Call;
using http::Endpoint;
using http::Field;
using http::Json;
using http::NoBody;
using routes_support::IsJsonArray;
using routes_support::IsJsonObject;
using routes_support::ItemsJson;
using routes_support::JsonTextOf;

struct ConvocationIn {
  std::optional<int> number;
  Field<std::string> start, end;
};

void Describe(http::Schema<ConvocationIn>& s) {
  s.Add("number", &ConvocationIn::number);
  s.Add("start", &ConvocationIn::start, {.max = 10});
  s.Add("end", &ConvocationIn::end, {.max = 10});
}

// The fields of a new maslikhat (IsNew) or of a change to one; a new one also names its
// territory and level, which never change afterwards.
template <bool IsNew>
struct MaslikhatIn {
  int64_t territory_id = 0;
  std::string level;
  std::optional<std::string> name_kk, name_ru;
  std::optional<Json> convocation;
  Field<int64_t> chair_deputy_id, parent_id;
  std::optional<std::string> address_kk, address_ru, email, working_hours_kk, working_hours_ru;
  std::optional<Json> phones, social_links;
  std::optional<std::string> operator_name_kk, operator_name_ru, bin;
};

// The schema reads no nested object, so the convocation is kept as JSON and decoded from it; its
// problems ("convocation.start") are reported with the others by the Check in Describe. No
// convocation leaves each of its fields absent.
Result<ConvocationIn> Convocation(const std::optional<Json>& raw) {
  if (!raw) return ConvocationIn{};
  return http::DecodeFields<ConvocationIn>(http::FieldSource::Object(*raw, "convocation."));
}

template <bool IsNew>
void Describe(http::Schema<MaslikhatIn<IsNew>>& s) {
  using In = MaslikhatIn<IsNew>;
  if constexpr (IsNew) {
    s.Add("territory_id", &In::territory_id, {.required = true});
    s.Add("level", &In::level, {.required = true, .min = 1, .max = 20});
  }
  s.Add("name_kk", &In::name_kk, {.max = 300});
  s.Add("name_ru", &In::name_ru, {.max = 300});
  s.Json("convocation", &In::convocation, IsJsonObject);
  s.Add("chair_deputy_id", &In::chair_deputy_id);
  s.Add("parent_id", &In::parent_id);
  s.Add("address_kk", &In::address_kk, {.max = 500});
  s.Add("address_ru", &In::address_ru, {.max = 500});
  s.Add("email", &In::email, {.max = 254});
  s.Add("working_hours_kk", &In::working_hours_kk, {.max = 500});
  s.Add("working_hours_ru", &In::working_hours_ru, {.max = 500});
  s.Json("phones", &In::phones, IsJsonArray);
  s.Json("social_links", &In::social_links, IsJsonObject);
  s.Add("operator_name_kk", &In::operator_name_kk, {.max = 300});
  s.Add("operator_name_ru", &In::operator_name_ru, {.max = 300});
  s.Add("bin", &In::bin, {.max = 40});
  s.Check([](http::FieldSource& src, const In& in) {
    if (auto c = Convocation(in.convocation); !c.ok()) {
      for (const auto& [key, reason] : c.error().fields) src.Fail(key, reason);
    }
  });
}

using NewMaslikhat = MaslikhatIn<true>;
using MaslikhatChanges = MaslikhatIn<false>;

Result<Maslikhat> ToMaslikhat(const NewMaslikhat& in) {
  auto conv = Convocation(in.convocation);
  if (!conv.ok()) return conv.take_error();
  Maslikhat m;
  m.territory_id = in.territory_id;
  m.level = in.level;
  m.name_kk = in.name_kk.value_or("");
  m.name_ru = in.name_ru.value_or("");
  if (conv->number) m.convocation_number = *conv->number;
  m.convocation_start = conv->start.get();
  m.convocation_end = conv->end.get();
  m.parent_id = in.parent_id.get();
  m.address_kk = in.address_kk.value_or("");
  m.address_ru = in.address_ru.value_or("");
  m.phones_json = JsonTextOf(in.phones).value_or("[]");
  m.email = in.email.value_or("");
  m.working_hours_kk = in.working_hours_kk.value_or("");
  m.working_hours_ru = in.working_hours_ru.value_or("");
  m.social_links_json = JsonTextOf(in.social_links).value_or("{}");
  m.operator_name_kk = in.operator_name_kk.value_or("");
  m.operator_name_ru = in.operator_name_ru.value_or("");
  m.bin = in.bin.value_or("");
  return m;
}

Result<MaslikhatPatch> ToPatch(const MaslikhatChanges& in) {
  auto conv = Convocation(in.convocation);
  if (!conv.ok()) return conv.take_error();
  MaslikhatPatch p;
  p.name_kk = in.name_kk;
  p.name_ru = in.name_ru;
  p.convocation_number = conv->number;
  p.convocation_start = conv->start.patch();
  p.convocation_end = conv->end.patch();
  p.chair_deputy_id = in.chair_deputy_id.patch();
  p.parent_id = in.parent_id.patch();
  p.address_kk = in.address_kk;
  p.address_ru = in.address_ru;
  p.phones_json = JsonTextOf(in.phones);
  p.email = in.email;
  p.working_hours_kk = in.working_hours_kk;
  p.working_hours_ru = in.working_hours_ru;
  p.social_links_json = JsonTextOf(in.social_links);
  p.operator_name_kk = in.operator_name_kk;
  p.operator_name_ru = in.operator_name_ru;
  p.bin = in.bin;
  return p;
}

Json MaslikhatPageJson(const MaslikhatView& v) {
  Json j = MaslikhatJson(v.maslikhat);
  j["okrugs"] = ItemsJson(v.okrugs, OkrugJson)["items"];
  j["commissions"] = ItemsJson(v.commissions, CommissionJson)["items"];
  j["deputies"] =
      ItemsJson(v.deputies, [](const Deputy& d) { return DeputyJson(d, false); })["items"];
  j["can_edit"] = v.can_edit;
  j["can_set_operator"] = v.can_set_operator;
  return j;
}

}  // namespace

// /api/v1/maslikhats[/{id}]: maslikhats and their pages.
void RegisterMaslikhatRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add(Endpoint<NoBody, std::vector<Maslikhat>>{
      .method = "GET",
      .path = "/api/v1/maslikhats",
      .handle = [svc](const Call&) { return svc->ListMaslikhats(); },
      .to_json =
          [](const std::vector<Maslikhat>& list) { return ItemsJson(list, MaslikhatJson); }});
  routes.Add(Endpoint<NoBody, MaslikhatView>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}",
      .handle = [svc](const Call& c) { return svc->GetMaslikhat(c.actor, c.Id()); },
      .to_json = MaslikhatPageJson});
  routes.Add(Endpoint<NewMaslikhat, Maslikhat>{
      .method = "POST",
      .path = "/api/v1/maslikhats",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](const Call& c, const NewMaslikhat& in) -> Result<Maslikhat> {
        auto m = ToMaslikhat(in);
        if (!m.ok()) return m.take_error();
        return svc->CreateMaslikhat(c.actor, std::move(m).value());
      },
      .to_json = MaslikhatJson});
  routes.Add(Endpoint<MaslikhatChanges, Maslikhat>{
      .method = "PATCH",
      .path = "/api/v1/maslikhats/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c, const MaslikhatChanges& in) -> Result<Maslikhat> {
        auto p = ToPatch(in);
        if (!p.ok()) return p.take_error();
        return svc->UpdateMaslikhat(c.actor, c.Id(), p.value());
      },
      .to_json = MaslikhatJson});
}

}  // namespace kenes::directory
