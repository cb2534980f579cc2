#pragma once
// The directory tables. The only code that runs directory SQL (directory_repository_sql.cpp).

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "features/directory/directory.hpp"
#include "platform/db/database.hpp"

namespace kenes::directory {

// A coverage row with its okrug's number and maslikhat, as the lookup needs it.
struct CoverageCandidate {
  int64_t okrug_id = 0;
  int64_t maslikhat_id = 0;
  std::string houses;
  bool street_level = false;  // false: the row covers the whole settlement
};

struct CoverageKeys {
  std::string settlement_kk, settlement_ru, street_kk, street_ru;
};

struct NamePair {
  std::string key, name_kk, name_ru;
};

class DirectoryRepository {
 public:
  // Territories
  std::vector<Territory> ListTerritories(db::Tx& tx, std::optional<int64_t> parent_id,
                                         const std::string& level);
  std::optional<Territory> FindTerritory(db::Tx& tx, int64_t id);
  int64_t CreateTerritory(db::Tx& tx, const Territory& t);
  // Closes the current version at t.valid_from and opens a new one.
  void UpdateTerritory(db::Tx& tx, const Territory& t);
  std::vector<TerritoryVersion> History(db::Tx& tx, int64_t territory_id);

  // Maslikhats
  std::vector<Maslikhat> ListMaslikhats(db::Tx& tx);
  std::optional<Maslikhat> FindMaslikhat(db::Tx& tx, int64_t id);
  int64_t CreateMaslikhat(db::Tx& tx, const Maslikhat& m, const std::string& now);
  void UpdateMaslikhat(db::Tx& tx, const Maslikhat& m);

  // Okrugs and coverage
  std::vector<Okrug> ListOkrugs(db::Tx& tx, int64_t maslikhat_id);
  std::optional<Okrug> FindOkrug(db::Tx& tx, int64_t id);
  std::optional<Okrug> FindOkrugByNumber(db::Tx& tx, int64_t maslikhat_id, int number);
  int64_t CreateOkrug(db::Tx& tx, const Okrug& o);
  void UpdateOkrug(db::Tx& tx, const Okrug& o);
  bool DeleteOkrug(db::Tx& tx, int64_t id);
  bool OkrugHasDeputies(db::Tx& tx, int64_t id);
  std::vector<CoverageRow> ListCoverage(db::Tx& tx, int64_t okrug_id);
  int64_t AddCoverage(db::Tx& tx, const CoverageRow& row, const CoverageKeys& keys);
  bool DeleteCoverage(db::Tx& tx, int64_t okrug_id, int64_t row_id);
  // Rows for this street (and rows covering the whole settlement when street_key is given).
  std::vector<CoverageCandidate> Candidates(db::Tx& tx, const std::string& settlement_key,
                                            const std::string& street_key);
  std::vector<int64_t> MaslikhatsOfSettlement(db::Tx& tx, const std::string& settlement_key);
  std::vector<NamePair> Settlements(db::Tx& tx, const std::string& prefix, int limit);
  std::vector<NamePair> Streets(db::Tx& tx, const std::string& settlement_key,
                                const std::string& prefix, int limit);

  // Deputies
  std::vector<Deputy> ListDeputies(db::Tx& tx, std::optional<int64_t> maslikhat_id,
                                   const std::string& name_key, int64_t after_id, int limit,
                                   bool include_unpublished);
  std::vector<Deputy> DeputiesOfOkrug(db::Tx& tx, int64_t okrug_id);
  std::vector<Deputy> DeputiesOfMaslikhat(db::Tx& tx, int64_t maslikhat_id);
  std::optional<Deputy> FindDeputy(db::Tx& tx, int64_t id);
  std::optional<Deputy> FindDeputyByUser(db::Tx& tx, int64_t user_id);
  int64_t CreateDeputy(db::Tx& tx, const Deputy& d, const std::string& name_key);
  void UpdateDeputy(db::Tx& tx, const Deputy& d, const std::string& name_key);
  std::vector<DeputyCommission> CommissionsOfDeputy(db::Tx& tx, int64_t deputy_id);

  // Commissions
  std::vector<Commission> ListCommissions(db::Tx& tx, int64_t maslikhat_id);
  std::optional<Commission> FindCommission(db::Tx& tx, int64_t id);
  int64_t CreateCommission(db::Tx& tx, const Commission& c);
  void UpdateCommission(db::Tx& tx, const Commission& c);
  void SetMembers(db::Tx& tx, int64_t commission_id, const std::vector<CommissionMember>& members);

  // Every deputy's photo file, for the file store's sweep (a replaced photo is no longer named).
  void PhotoFiles(db::Tx& tx, std::unordered_set<std::string>& names);
};

}  // namespace kenes::directory
