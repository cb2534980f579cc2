#include "features/directory/directory_http_support.hpp"
#include "platform/files/image.hpp"

namespace kenes::directory {

using namespace routes_support;  // NOLINT(google-build-using-namespace): the feature's own helpers

// /api/v1/addresses/*: settlement and street suggestions, and find my deputy by address.
void RegisterAddressRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  auto find = deps.find;

  auto pairs_json = [](const std::vector<NamePair>& list) {
    Json items = Json::array();
    for (const auto& p : list)
      items.push_back({{"key", p.key}, {"name_kk", p.name_kk}, {"name_ru", p.name_ru}});
    return Json{{"items", items}};
  };
  routes.Add(
      "GET", "/api/v1/addresses/settlements", [find, pairs_json](const Request& req, const Actor&) {
        std::string q = req.Query("q").value_or("");
        if (http::Utf8Length(q) > 100) return Fail(Error::Invalid("q", "too_long"), req);
        return http::Reply<std::vector<NamePair>>(find->Settlements(q), req, 200, pairs_json);
      });
  routes.Add("GET", "/api/v1/addresses/streets",
             [find, pairs_json](const Request& req, const Actor&) {
               std::string q = req.Query("q").value_or("");
               std::string s = req.Query("settlement").value_or("");
               if (http::Utf8Length(q) > 100 || http::Utf8Length(s) > 100) {
                 return Fail(Error::Invalid("q", "too_long"), req);
               }
               return http::Reply<std::vector<NamePair>>(find->Streets(s, q), req, 200, pairs_json);
             });
  routes.Add("GET", "/api/v1/addresses/lookup", [find](const Request& req, const Actor&) {
    std::string settlement = req.Query("settlement").value_or("");
    std::string street = req.Query("street").value_or("");
    std::string house = req.Query("house").value_or("");
    if (http::Utf8Length(settlement) > 100 || http::Utf8Length(street) > 100 ||
        http::Utf8Length(house) > 20) {
      return Fail(Error::Invalid("address", "too_long"), req);
    }
    return http::Reply<LookupResult>(find->Lookup(settlement, street, house), req, 200, LookupJson);
  });
}

}  // namespace kenes::directory
