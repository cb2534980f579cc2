#include "features/directory/directory_http_support.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::directory {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using routes_support::ItemsJson;

struct SuggestQuery {
  std::optional<std::string> q, settlement;
};

void Describe(http::Schema<SuggestQuery>& s) {
  s.Add("q", &SuggestQuery::q);
  s.Add("settlement", &SuggestQuery::settlement);
  // Either too long is reported on the field being typed in.
  s.Check([](http::FieldSource& src, const SuggestQuery& in) {
    for (const auto* v : {&in.q, &in.settlement}) {
      if (*v && text::CodePoints(**v) > 100) return src.Fail("q", "too_long");
    }
  });
}

struct AddressQuery {
  std::optional<std::string> settlement, street, house;
};

void Describe(http::Schema<AddressQuery>& s) {
  s.Add("settlement", &AddressQuery::settlement);
  s.Add("street", &AddressQuery::street);
  s.Add("house", &AddressQuery::house);
  // The form shows one message for an address too long, whichever part it is (web: "address").
  s.Check([](http::FieldSource& src, const AddressQuery& in) {
    const auto longer = [](const std::optional<std::string>& v, size_t max) {
      return v && text::CodePoints(*v) > max;
    };
    if (longer(in.settlement, 100) || longer(in.street, 100) || longer(in.house, 20)) {
      src.Fail("address", "too_long");
    }
  });
}

Json PairsJson(const std::vector<NamePair>& list) {
  return ItemsJson(list, [](const NamePair& p) {
    return Json{{"key", p.key}, {"name_kk", p.name_kk}, {"name_ru", p.name_ru}};
  });
}

}  // namespace

// /api/v1/addresses/*: settlement and street suggestions, and find my deputy by address.
void RegisterAddressRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto find = deps.find;

  routes.Add(Endpoint<SuggestQuery, std::vector<NamePair>>{
      .method = "GET",
      .path = "/api/v1/addresses/settlements",
      .handle = [find](const Call&,
                       const SuggestQuery& in) { return find->Settlements(in.q.value_or("")); },
      .to_json = PairsJson});
  routes.Add(Endpoint<SuggestQuery, std::vector<NamePair>>{
      .method = "GET",
      .path = "/api/v1/addresses/streets",
      .handle =
          [find](const Call&, const SuggestQuery& in) {
            return find->Streets(in.settlement.value_or(""), in.q.value_or(""));
          },
      .to_json = PairsJson});
  routes.Add(Endpoint<AddressQuery, LookupResult>{
      .method = "GET",
      .path = "/api/v1/addresses/lookup",
      .handle =
          [find](const Call&, const AddressQuery& in) {
            return find->Lookup(in.settlement.value_or(""), in.street.value_or(""),
                                in.house.value_or(""));
          },
      .to_json = LookupJson});
}

}  // namespace kenes::directory
