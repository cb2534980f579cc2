// DirectoryService: territories, maslikhats, okrugs and the addresses they cover.
#include "features/directory/directory_service.hpp"

#include <set>

#include "features/directory/address.hpp"
#include "features/directory/directory_policy.hpp"
#include "features/directory/directory_service_rules.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::directory {

using namespace service_rules;  // NOLINT(google-build-using-namespace): the feature's own rules

std::string DeputyNameKey(const Deputy& d) {
  return NameKey(d.full_name_kk + " " + d.full_name_ru);
}

Status DirectoryService::RequireEditor(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!DirectoryPolicy::CanEdit(actor, maslikhat_id)) return Error::NotFound();
  return Ok();
}

void DirectoryService::Audit(db::Tx& tx, const Actor& actor, const std::string& action,
                             const std::string& entity, int64_t id) {
  audit::Record(tx, actor, {action, entity, id, "{}"}, clock_.NowMs());
  ++generation_;
}

// Territories ---------------------------------------------------------------

Result<std::vector<Territory>> DirectoryService::ListTerritories(std::optional<int64_t> parent_id,
                                                                 const std::string& level) {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Territory>> {
    return repo_.ListTerritories(tx, parent_id, level);
  });
}

Result<Territory> DirectoryService::CreateTerritory(const Actor& actor, Territory t) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!DirectoryPolicy::CanManageTerritories(actor)) return Error::Denied();
  std::map<std::string, std::string> f;
  if (!IsTerritoryLevel(t.level)) f["level"] = "invalid";
  RequireText(f, "name_kk", t.name_kk);
  RequireText(f, "name_ru", t.name_ru);
  if (!IsIsoDate(t.valid_from)) f["valid_from"] = "invalid";
  if (!f.empty()) return Invalid(f);
  return db_.Write([&](db::Tx& tx) -> Result<Territory> {
    if (t.parent_id && !repo_.FindTerritory(tx, *t.parent_id))
      return Invalid({{"parent_id", "invalid"}});
    t.id = repo_.CreateTerritory(tx, t);
    Audit(tx, actor, "directory.territory_created", "territory", t.id);
    return t;
  });
}

Result<Territory> DirectoryService::UpdateTerritory(const Actor& actor, int64_t id,
                                                    const TerritoryPatch& p) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!DirectoryPolicy::CanManageTerritories(actor)) return Error::Denied();
  return db_.Write([&](db::Tx& tx) -> Result<Territory> {
    auto t = repo_.FindTerritory(tx, id);
    if (!t) return Error::NotFound();
    std::string previous_from = t->valid_from;
    Apply(t->parent_id, p.parent_id);
    Apply(t->level, p.level);
    Apply(t->name_kk, p.name_kk);
    Apply(t->name_ru, p.name_ru);
    Apply(t->kato_code, p.kato_code);
    Apply(t->valid_from, p.valid_from);
    std::map<std::string, std::string> f;
    if (!IsTerritoryLevel(t->level)) f["level"] = "invalid";
    RequireText(f, "name_kk", t->name_kk);
    RequireText(f, "name_ru", t->name_ru);
    if (!IsIsoDate(t->valid_from) || t->valid_from < previous_from) f["valid_from"] = "invalid";
    if (t->parent_id && (*t->parent_id == id || !repo_.FindTerritory(tx, *t->parent_id))) {
      f["parent_id"] = "invalid";
    }
    if (!f.empty()) return Invalid(f);
    repo_.UpdateTerritory(tx, *t);
    Audit(tx, actor, "directory.territory_updated", "territory", id);
    return *t;
  });
}

Result<std::vector<TerritoryVersion>> DirectoryService::TerritoryHistory(int64_t id) {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<TerritoryVersion>> {
    if (!repo_.FindTerritory(tx, id)) return Error::NotFound();
    return repo_.History(tx, id);
  });
}

// Maslikhats ----------------------------------------------------------------

Result<std::vector<Maslikhat>> DirectoryService::ListMaslikhats() {
  return db_.Read(
      [&](db::Tx& tx) -> Result<std::vector<Maslikhat>> { return repo_.ListMaslikhats(tx); });
}

Result<MaslikhatView> DirectoryService::GetMaslikhat(const Actor& actor, int64_t id) {
  return db_.Read([&](db::Tx& tx) -> Result<MaslikhatView> {
    auto m = repo_.FindMaslikhat(tx, id);
    if (!m) return Error::NotFound();
    MaslikhatView v{*m,
                    repo_.ListOkrugs(tx, id),
                    repo_.ListCommissions(tx, id),
                    repo_.DeputiesOfMaslikhat(tx, id),
                    DirectoryPolicy::CanEdit(actor, id),
                    DirectoryPolicy::CanSetOperator(actor)};
    return v;
  });
}

Result<Maslikhat> DirectoryService::CreateMaslikhat(const Actor& actor, Maslikhat m) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!DirectoryPolicy::CanCreateMaslikhat(actor)) return Error::Denied();
  std::map<std::string, std::string> f;
  if (!IsMaslikhatLevel(m.level)) f["level"] = "invalid";
  RequireText(f, "name_kk", m.name_kk);
  RequireText(f, "name_ru", m.name_ru);
  if (!IsValidPhonesList(m.phones_json)) f["phones"] = "invalid";
  if (!IsValidSocialLinks(m.social_links_json)) f["social_links"] = "invalid";
  CheckOperator(f, m);
  if (!f.empty()) return Invalid(f);
  return db_.Write([&](db::Tx& tx) -> Result<Maslikhat> {
    if (!repo_.FindTerritory(tx, m.territory_id)) return Invalid({{"territory_id", "invalid"}});
    if (m.parent_id && !repo_.FindMaslikhat(tx, *m.parent_id))
      return Invalid({{"parent_id", "invalid"}});
    m.id = repo_.CreateMaslikhat(tx, m, FormatIsoUtc(clock_.NowMs()));
    Audit(tx, actor, "directory.maslikhat_created", "maslikhat", m.id);
    return m;
  });
}

Result<Maslikhat> DirectoryService::UpdateMaslikhat(const Actor& actor, int64_t id,
                                                    const MaslikhatPatch& p) {
  if (auto s = RequireEditor(actor, id); !s.ok()) return s.error();
  if (p.parent_id && !DirectoryPolicy::CanMoveMaslikhat(actor)) return Error::Denied();
  if ((p.operator_name_kk || p.operator_name_ru || p.bin) &&
      !DirectoryPolicy::CanSetOperator(actor)) {
    return Error::Denied();
  }
  return db_.Write([&](db::Tx& tx) -> Result<Maslikhat> {
    auto m = repo_.FindMaslikhat(tx, id);
    if (!m) return Error::NotFound();
    Apply(m->name_kk, p.name_kk);
    Apply(m->name_ru, p.name_ru);
    Apply(m->convocation_number, p.convocation_number);
    Apply(m->convocation_start, p.convocation_start);
    Apply(m->convocation_end, p.convocation_end);
    Apply(m->chair_deputy_id, p.chair_deputy_id);
    Apply(m->parent_id, p.parent_id);
    Apply(m->address_kk, p.address_kk);
    Apply(m->address_ru, p.address_ru);
    Apply(m->phones_json, p.phones_json);
    Apply(m->email, p.email);
    Apply(m->working_hours_kk, p.working_hours_kk);
    Apply(m->working_hours_ru, p.working_hours_ru);
    Apply(m->social_links_json, p.social_links_json);
    Apply(m->operator_name_kk, p.operator_name_kk);
    Apply(m->operator_name_ru, p.operator_name_ru);
    Apply(m->bin, p.bin);
    std::map<std::string, std::string> f;
    CheckOperator(f, *m);
    RequireText(f, "name_kk", m->name_kk);
    RequireText(f, "name_ru", m->name_ru);
    if (!IsValidPhonesList(m->phones_json)) f["phones"] = "invalid";
    if (!IsValidSocialLinks(m->social_links_json)) f["social_links"] = "invalid";
    if (m->convocation_start && !IsIsoDate(*m->convocation_start))
      f["convocation.start"] = "invalid";
    if (m->convocation_end && !IsIsoDate(*m->convocation_end)) f["convocation.end"] = "invalid";
    if (m->chair_deputy_id) {
      auto d = repo_.FindDeputy(tx, *m->chair_deputy_id);
      if (!d || d->maslikhat_id != id) f["chair_deputy_id"] = "invalid";
    }
    if (!f.empty()) return Invalid(f);
    repo_.UpdateMaslikhat(tx, *m);
    Audit(tx, actor, "directory.maslikhat_updated", "maslikhat", id);
    return *m;
  });
}

// Okrugs --------------------------------------------------------------------

Result<std::vector<Okrug>> DirectoryService::ListOkrugs(int64_t maslikhat_id) {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Okrug>> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    return repo_.ListOkrugs(tx, maslikhat_id);
  });
}

Result<OkrugView> DirectoryService::GetOkrug(const Actor& actor, int64_t id) {
  return db_.Read([&](db::Tx& tx) -> Result<OkrugView> {
    auto o = repo_.FindOkrug(tx, id);
    if (!o) return Error::NotFound();
    return OkrugView{*o, *repo_.FindMaslikhat(tx, o->maslikhat_id), repo_.ListCoverage(tx, id),
                     repo_.DeputiesOfOkrug(tx, id),
                     DirectoryPolicy::CanEdit(actor, o->maslikhat_id)};
  });
}

Result<Okrug> DirectoryService::CreateOkrug(const Actor& actor, int64_t maslikhat_id, Okrug o) {
  if (auto s = RequireEditor(actor, maslikhat_id); !s.ok()) return s.error();
  if (o.number < 1 || o.number > 1000) return Invalid({{"number", "invalid"}});
  return db_.Write([&](db::Tx& tx) -> Result<Okrug> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    if (repo_.FindOkrugByNumber(tx, maslikhat_id, o.number)) {
      Error e = Error::Of(ErrorCode::kAlreadyExists, "okrug number taken");
      e.fields["number"] = "taken";
      return e;
    }
    o.maslikhat_id = maslikhat_id;
    o.id = repo_.CreateOkrug(tx, o);
    Audit(tx, actor, "directory.okrug_created", "okrug", o.id);
    return o;
  });
}

Result<Okrug> DirectoryService::UpdateOkrug(const Actor& actor, int64_t id, const OkrugPatch& p) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Result<Okrug> {
    auto o = repo_.FindOkrug(tx, id);
    if (!o || !DirectoryPolicy::CanEdit(actor, o->maslikhat_id)) return Error::NotFound();
    int old_number = o->number;
    Apply(o->number, p.number);
    Apply(o->name_kk, p.name_kk);
    Apply(o->name_ru, p.name_ru);
    Apply(o->center_kk, p.center_kk);
    Apply(o->center_ru, p.center_ru);
    if (o->number < 1 || o->number > 1000) return Invalid({{"number", "invalid"}});
    if (o->number != old_number && repo_.FindOkrugByNumber(tx, o->maslikhat_id, o->number)) {
      Error e = Error::Of(ErrorCode::kAlreadyExists, "okrug number taken");
      e.fields["number"] = "taken";
      return e;
    }
    repo_.UpdateOkrug(tx, *o);
    Audit(tx, actor, "directory.okrug_updated", "okrug", id);
    return *o;
  });
}

Status DirectoryService::DeleteOkrug(const Actor& actor, int64_t id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Status {
    auto o = repo_.FindOkrug(tx, id);
    if (!o || !DirectoryPolicy::CanEdit(actor, o->maslikhat_id)) return Error::NotFound();
    if (repo_.OkrugHasDeputies(tx, id)) {
      Error e = Error::Of(ErrorCode::kFailedPrecondition, "okrug has deputies");
      e.fields["okrug"] = "has_deputies";
      return e;
    }
    repo_.DeleteOkrug(tx, id);
    Audit(tx, actor, "directory.okrug_deleted", "okrug", id);
    return Ok();
  });
}

Result<CoverageRow> DirectoryService::AddCoverage(const Actor& actor, int64_t okrug_id,
                                                  CoverageRow row) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  std::map<std::string, std::string> f;
  if (row.settlement_kk.empty() && row.settlement_ru.empty()) f["settlement_ru"] = "required";
  auto range = ParseRange(row.houses);
  if (!range) f["houses"] = "invalid_range";
  if (!f.empty()) return Invalid(f);
  if (row.settlement_kk.empty()) row.settlement_kk = row.settlement_ru;
  if (row.settlement_ru.empty()) row.settlement_ru = row.settlement_kk;
  if (row.street_kk.empty()) row.street_kk = row.street_ru;
  if (row.street_ru.empty()) row.street_ru = row.street_kk;
  row.houses = FormatRange(*range);
  return db_.Write([&](db::Tx& tx) -> Result<CoverageRow> {
    auto o = repo_.FindOkrug(tx, okrug_id);
    if (!o || !DirectoryPolicy::CanEdit(actor, o->maslikhat_id)) return Error::NotFound();
    row.okrug_id = okrug_id;
    CoverageKeys keys{NameKey(row.settlement_kk), NameKey(row.settlement_ru),
                      NameKey(row.street_kk), NameKey(row.street_ru)};
    row.id = repo_.AddCoverage(tx, row, keys);
    Audit(tx, actor, "directory.coverage_added", "okrug", okrug_id);
    return row;
  });
}

Status DirectoryService::DeleteCoverage(const Actor& actor, int64_t okrug_id, int64_t row_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Status {
    auto o = repo_.FindOkrug(tx, okrug_id);
    if (!o || !DirectoryPolicy::CanEdit(actor, o->maslikhat_id)) return Error::NotFound();
    if (!repo_.DeleteCoverage(tx, okrug_id, row_id)) return Error::NotFound();
    Audit(tx, actor, "directory.coverage_deleted", "okrug", okrug_id);
    return Ok();
  });
}

}  // namespace kenes::directory
