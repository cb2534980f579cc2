#include "features/directory/directory_http_support.hpp"

namespace kenes::directory {

// One member of a commission as PUT /members lists it; the service checks the role's name.
void Describe(http::Schema<CommissionMember>& s) {
  s.Add("deputy_id", &CommissionMember::deputy_id, {.required = true});
  s.Add("role", &CommissionMember::role, {.required = true});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Field;
using http::Json;
using http::NoBody;
using routes_support::ItemsJson;

// A new commission (IsNew: kind and names required) or a change to one.
template <bool IsNew>
struct CommissionIn {
  std::optional<std::string> kind, name_kk, name_ru, remit_kk, remit_ru;
  Field<std::string> period_from, period_to;
};

template <bool IsNew>
void Describe(http::Schema<CommissionIn<IsNew>>& s) {
  using In = CommissionIn<IsNew>;
  s.Add("kind", &In::kind, {.required = IsNew, .min = 1, .max = 20});
  s.Add("name_kk", &In::name_kk, {.required = IsNew, .min = 1, .max = 300});
  s.Add("name_ru", &In::name_ru, {.required = IsNew, .min = 1, .max = 300});
  s.Add("remit_kk", &In::remit_kk, {.max = 5000});
  s.Add("remit_ru", &In::remit_ru, {.max = 5000});
  s.Add("period_from", &In::period_from, {.max = 10});
  s.Add("period_to", &In::period_to, {.max = 10});
}

using NewCommission = CommissionIn<true>;
using CommissionChanges = CommissionIn<false>;

struct Members {
  std::vector<CommissionMember> members;
};

void Describe(http::Schema<Members>& s) {
  s.List("members", &Members::members, {.required = true, .max = 100});
}

Json CommissionPageJson(const CommissionView& v) {
  Json j = CommissionJson(v.commission);
  j["deputies"] =
      ItemsJson(v.members, [](const Deputy& d) { return DeputyJson(d, false); })["items"];
  j["maslikhat"] = MaslikhatJson(v.maslikhat);
  j["can_edit"] = v.can_edit;
  return j;
}

}  // namespace

// Standing commissions of a maslikhat and their members.
void RegisterCommissionRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto svc = deps.service;

  routes.Add(Endpoint<NoBody, std::vector<Commission>>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/commissions",
      .handle = [svc](const Call& c) { return svc->ListCommissions(c.Id()); },
      .to_json =
          [](const std::vector<Commission>& list) { return ItemsJson(list, CommissionJson); }});
  routes.Add(Endpoint<NewCommission, Commission>{.method = "POST",
                                                 .path = "/api/v1/maslikhats/{id}/commissions",
                                                 .access = http::Access::kSignedIn,
                                                 .status = 201,
                                                 .handle =
                                                     [svc](const Call& c, const NewCommission& in) {
                                                       Commission com;
                                                       com.kind = in.kind.value_or("");
                                                       com.name_kk = in.name_kk.value_or("");
                                                       com.name_ru = in.name_ru.value_or("");
                                                       com.remit_kk = in.remit_kk.value_or("");
                                                       com.remit_ru = in.remit_ru.value_or("");
                                                       com.period_from = in.period_from.get();
                                                       com.period_to = in.period_to.get();
                                                       return svc->CreateCommission(c.actor, c.Id(),
                                                                                    std::move(com));
                                                     },
                                                 .to_json = CommissionJson});
  routes.Add(Endpoint<NoBody, CommissionView>{
      .method = "GET",
      .path = "/api/v1/commissions/{id}",
      .handle = [svc](const Call& c) { return svc->GetCommission(c.actor, c.Id()); },
      .to_json = CommissionPageJson});
  routes.Add(Endpoint<CommissionChanges, Commission>{
      .method = "PATCH",
      .path = "/api/v1/commissions/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const CommissionChanges& in) {
            const CommissionPatch p{.kind = in.kind,
                                    .name_kk = in.name_kk,
                                    .name_ru = in.name_ru,
                                    .remit_kk = in.remit_kk,
                                    .remit_ru = in.remit_ru,
                                    .period_from = in.period_from.patch(),
                                    .period_to = in.period_to.patch()};
            return svc->UpdateCommission(c.actor, c.Id(), p);
          },
      .to_json = CommissionJson});
  routes.Add(Endpoint<Members, Commission>{.method = "PUT",
                                           .path = "/api/v1/commissions/{id}/members",
                                           .access = http::Access::kSignedIn,
                                           .handle =
                                               [svc](const Call& c, Members in) {
                                                 return svc->SetCommissionMembers(
                                                     c.actor, c.Id(), std::move(in.members));
                                               },
                                           .to_json = CommissionJson});
}

}  // namespace kenes::directory
