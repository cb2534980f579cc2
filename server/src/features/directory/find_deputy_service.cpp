#include "features/directory/find_deputy_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "features/directory/address.hpp"

namespace kenes::directory {
namespace {

constexpr int kSuggestions = 20;

int LevelRank(const std::string& level) {
  if (level == "oblast") return 0;
  if (level == "city") return 1;
  return 2;
}

}  // namespace

Result<LookupResult> FindDeputyService::Lookup(const std::string& settlement,
                                               const std::string& street,
                                               const std::string& house) {
  const std::string settlement_key = NameKey(settlement);
  if (settlement_key.empty()) return Error::Invalid("settlement", "required");
  const std::string street_key = NameKey(street);
  std::optional<HouseNumber> number;
  if (!house.empty()) {
    number = ParseHouse(house);
    if (!number) return Error::Invalid("house", "invalid_format");
  }
  return db_.Read([&](db::Tx& tx) -> Result<LookupResult> {
    LookupResult result;
    // A row for the street beats a row for the whole settlement within one maslikhat.
    std::map<int64_t, std::set<int64_t>> street_hits, settlement_hits;  // maslikhat -> okrugs
    for (const auto& c : repo_.Candidates(tx, settlement_key, street_key)) {
      auto range = ParseRange(c.houses);
      if (!range) continue;
      bool whole = !range->from && !range->to && range->parity == Parity::kAll;
      bool hit = number ? InRange(*number, *range) : whole;
      if (!hit) continue;
      (c.street_level ? street_hits : settlement_hits)[c.maslikhat_id].insert(c.okrug_id);
    }
    std::map<int64_t, std::set<int64_t>> chosen = settlement_hits;
    for (auto& [m, okrugs] : street_hits) chosen[m] = okrugs;
    for (const auto& [m_id, okrugs] : chosen) {
      auto m = repo_.FindMaslikhat(tx, m_id);
      for (int64_t o_id : okrugs) {
        AddressMatch match{*m, *repo_.FindOkrug(tx, o_id), repo_.DeputiesOfOkrug(tx, o_id)};
        result.matches.push_back(std::move(match));
      }
    }
    std::stable_sort(result.matches.begin(), result.matches.end(),
                     [](const AddressMatch& a, const AddressMatch& b) {
                       return LevelRank(a.maslikhat.level) < LevelRank(b.maslikhat.level);
                     });
    // The settlement's maslikhats are only needed to offer contacts when nothing matched.
    if (result.matches.empty()) {
      auto maslikhats = repo_.MaslikhatsOfSettlement(tx, settlement_key);
      for (int64_t id : maslikhats) result.contacts.push_back(*repo_.FindMaslikhat(tx, id));
      result.settlement_known = !maslikhats.empty();
    } else {
      result.settlement_known = true;
    }
    return result;
  });
}

Result<std::vector<NamePair>> FindDeputyService::Settlements(const std::string& query) {
  const std::string key = NameKey(query);
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<NamePair>> {
    return repo_.Settlements(tx, key, kSuggestions);
  });
}

Result<std::vector<NamePair>> FindDeputyService::Streets(const std::string& settlement,
                                                         const std::string& query) {
  const std::string settlement_key = NameKey(settlement);
  if (settlement_key.empty()) return Error::Invalid("settlement", "required");
  const std::string key = NameKey(query);
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<NamePair>> {
    return repo_.Streets(tx, settlement_key, key, kSuggestions);
  });
}

}  // namespace kenes::directory
