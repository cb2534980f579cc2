#pragma once
// Directory use cases: one method each, one transaction each, audited writes.

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory.hpp"
#include "features/directory/directory_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::directory {

template <class T>
using Opt = std::optional<T>;

struct TerritoryPatch {
  Opt<Opt<int64_t>> parent_id;
  Opt<std::string> level, name_kk, name_ru;
  Opt<Opt<std::string>> kato_code;
  Opt<std::string> valid_from;  // when the change takes effect (history)
};

struct MaslikhatPatch {
  Opt<std::string> name_kk, name_ru;
  Opt<int> convocation_number;
  Opt<Opt<std::string>> convocation_start, convocation_end;
  Opt<Opt<int64_t>> chair_deputy_id, parent_id;
  Opt<std::string> address_kk, address_ru, phones_json, email, working_hours_kk, working_hours_ru,
      social_links_json;
  Opt<std::string> operator_name_kk, operator_name_ru, bin;
};

struct OkrugPatch {
  Opt<int> number;
  Opt<std::string> name_kk, name_ru, center_kk, center_ru;
};

struct DeputyPatch {
  Opt<Opt<int64_t>> okrug_id, user_id;
  Opt<std::string> full_name_kk, full_name_ru, mandate_type, party_kk, party_ru;
  Opt<int> convocation;
  Opt<std::string> bio_kk, bio_ru, email, phone, private_phone, social_links_json;
  Opt<bool> published;
};

struct CommissionPatch {
  Opt<std::string> kind, name_kk, name_ru, remit_kk, remit_ru;
  Opt<Opt<std::string>> period_from, period_to;
};

// What a page shows: the object with its neighbours.
struct MaslikhatView {
  Maslikhat maslikhat;
  std::vector<Okrug> okrugs;
  std::vector<Commission> commissions;
  std::vector<Deputy> deputies;
  bool can_edit = false;
  bool can_set_operator = false;  // the operator of personal data and its BIN: administrators
};
struct OkrugView {
  Okrug okrug;
  Maslikhat maslikhat;
  std::vector<CoverageRow> coverage;
  std::vector<Deputy> deputies;
  bool can_edit = false;
};
struct DeputyView {
  Deputy deputy;
  Maslikhat maslikhat;
  std::optional<Okrug> okrug;
  std::vector<CoverageRow> coverage;
  std::vector<DeputyCommission> commissions;
  bool is_chair = false;
  bool show_private = false;
  bool can_edit = false;
};
struct CommissionView {
  Commission commission;
  Maslikhat maslikhat;
  std::vector<Deputy> members;
  bool can_edit = false;
};
struct DeputyPage {
  std::vector<Deputy> items;
  std::optional<int64_t> next_after;
};

class DirectoryService {
 public:
  DirectoryService(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Bumped by every write through this service: caches of public pages compare it.
  uint64_t generation() const { return generation_.load(); }

  Result<std::vector<Territory>> ListTerritories(std::optional<int64_t> parent_id,
                                                 const std::string& level);
  Result<Territory> CreateTerritory(const Actor& actor, Territory t);
  Result<Territory> UpdateTerritory(const Actor& actor, int64_t id, const TerritoryPatch& p);
  Result<std::vector<TerritoryVersion>> TerritoryHistory(int64_t id);

  Result<std::vector<Maslikhat>> ListMaslikhats();
  Result<MaslikhatView> GetMaslikhat(const Actor& actor, int64_t id);
  Result<Maslikhat> CreateMaslikhat(const Actor& actor, Maslikhat m);
  Result<Maslikhat> UpdateMaslikhat(const Actor& actor, int64_t id, const MaslikhatPatch& p);

  Result<std::vector<Okrug>> ListOkrugs(int64_t maslikhat_id);
  Result<OkrugView> GetOkrug(const Actor& actor, int64_t id);
  Result<Okrug> CreateOkrug(const Actor& actor, int64_t maslikhat_id, Okrug o);
  Result<Okrug> UpdateOkrug(const Actor& actor, int64_t id, const OkrugPatch& p);
  Status DeleteOkrug(const Actor& actor, int64_t id);
  Result<CoverageRow> AddCoverage(const Actor& actor, int64_t okrug_id, CoverageRow row);
  Status DeleteCoverage(const Actor& actor, int64_t okrug_id, int64_t row_id);

  Result<DeputyPage> ListDeputies(const Actor& actor, std::optional<int64_t> maslikhat_id,
                                  const std::string& query, int64_t after_id, int limit);
  Result<DeputyView> GetDeputy(const Actor& actor, int64_t id);
  Result<Deputy> CreateDeputy(const Actor& actor, int64_t maslikhat_id, Deputy d);
  Result<Deputy> UpdateDeputy(const Actor& actor, int64_t id, const DeputyPatch& p);
  // bytes: the uploaded image, already type-checked and stripped by the caller's file store.
  Result<Deputy> SetDeputyPhoto(const Actor& actor, int64_t id, const std::string& file_name,
                                const std::string& mime);
  // Authorises an upload before the bytes are stored.
  Status CanEditDeputy(const Actor& actor, int64_t id);

  // For other features (the consent text's operator): one maslikhat, without the page's extras.
  std::optional<Maslikhat> MaslikhatById(int64_t id);
  // For other features (appeals routing): one published deputy, without the page's extras.
  std::optional<Deputy> PublishedDeputy(int64_t id);
  // For other features (appeals routing): the deputy record an account acts as.
  std::optional<Deputy> DeputyOfUser(int64_t user_id);
  // The commissions a deputy sits on, with the role in each ("chair", "member"…).
  std::vector<DeputyCommission> CommissionsOfDeputy(int64_t deputy_id);

  Result<std::vector<Commission>> ListCommissions(int64_t maslikhat_id);
  Result<CommissionView> GetCommission(const Actor& actor, int64_t id);
  Result<Commission> CreateCommission(const Actor& actor, int64_t maslikhat_id, Commission c);
  Result<Commission> UpdateCommission(const Actor& actor, int64_t id, const CommissionPatch& p);
  Result<Commission> SetCommissionMembers(const Actor& actor, int64_t id,
                                          std::vector<CommissionMember> members);

 private:
  // 401 for anonymous, 404 for everyone else who may not edit (existence does not leak).
  Status RequireEditor(const Actor& actor, int64_t maslikhat_id);
  Status ValidateDeputy(db::Tx& tx, const Deputy& d);
  void Audit(db::Tx& tx, const Actor& actor, const std::string& action, const std::string& entity,
             int64_t id);

  db::Database& db_;
  const Clock& clock_;
  DirectoryRepository repo_;
  std::atomic<uint64_t> generation_{0};
};

// The deputy's search key: both names folded (see address.hpp NameKey).
std::string DeputyNameKey(const Deputy& d);

// Fills the kk/ru commission names of rows that carry a commission id (sittings, work plans), one
// look-up per distinct commission; an unknown commission leaves the names empty.
template <typename Row>
void NameCommissions(DirectoryService& directory, std::vector<Row>& rows) {
  std::map<int64_t, std::pair<std::string, std::string>> names;
  for (auto& row : rows) {
    if (!row.commission_id) continue;
    auto it = names.find(*row.commission_id);
    if (it == names.end()) {
      auto view = directory.GetCommission(Actor{}, *row.commission_id);
      it = names
               .emplace(*row.commission_id,
                        view.ok()
                            ? std::make_pair(view->commission.name_kk, view->commission.name_ru)
                            : std::make_pair(std::string(), std::string()))
               .first;
    }
    row.commission_name_kk = it->second.first;
    row.commission_name_ru = it->second.second;
  }
}

}  // namespace kenes::directory
