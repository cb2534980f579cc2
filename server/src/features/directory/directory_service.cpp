#include "features/directory/directory_service.hpp"

#include <set>

#include "features/directory/address.hpp"
#include "features/directory/directory_policy.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::directory {
namespace {

template <class T>
void Apply(T& target, const Opt<T>& value) {
  if (value) target = *value;
}

Error LinkDenied() {
  Error e = Error::Denied();
  e.message = "only an administrator links an account to a deputy";
  e.fields["user_id"] = "forbidden";
  return e;
}

Error Invalid(std::map<std::string, std::string> fields) {
  Error e = Error::Of(ErrorCode::kInvalidArgument, "invalid directory data");
  e.fields = std::move(fields);
  return e;
}

void RequireText(std::map<std::string, std::string>& f, const std::string& key,
                 const std::string& value) {
  if (value.empty()) f[key] = "required";
}

}  // namespace

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
    MaslikhatView v{*m, repo_.ListOkrugs(tx, id), repo_.ListCommissions(tx, id),
                    repo_.DeputiesOfMaslikhat(tx, id), DirectoryPolicy::CanEdit(actor, id)};
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
    std::map<std::string, std::string> f;
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

// Deputies ------------------------------------------------------------------

Result<DeputyPage> DirectoryService::ListDeputies(const Actor& actor,
                                                  std::optional<int64_t> maslikhat_id,
                                                  const std::string& query, int64_t after_id,
                                                  int limit) {
  if (limit < 1 || limit > 100) return Invalid({{"limit", "invalid"}});
  bool unpublished = maslikhat_id && DirectoryPolicy::CanEdit(actor, *maslikhat_id);
  return db_.Read([&](db::Tx& tx) -> Result<DeputyPage> {
    DeputyPage page;
    page.items = repo_.ListDeputies(tx, maslikhat_id, NameKey(query), after_id, limit, unpublished);
    if (static_cast<int>(page.items.size()) == limit) page.next_after = page.items.back().id;
    return page;
  });
}

Result<DeputyView> DirectoryService::GetDeputy(const Actor& actor, int64_t id) {
  return db_.Read([&](db::Tx& tx) -> Result<DeputyView> {
    auto d = repo_.FindDeputy(tx, id);
    if (!d) return Error::NotFound();
    auto m = repo_.FindMaslikhat(tx, d->maslikhat_id);
    bool priv = DirectoryPolicy::CanReadPrivate(actor, m->id, m->parent_id);
    if (!d->published && !priv) return Error::NotFound();
    DeputyView v;
    v.deputy = *d;
    v.maslikhat = *m;
    if (d->okrug_id) {
      v.okrug = repo_.FindOkrug(tx, *d->okrug_id);
      v.coverage = repo_.ListCoverage(tx, *d->okrug_id);
    }
    v.commissions = repo_.CommissionsOfDeputy(tx, id);
    v.is_chair = m->chair_deputy_id == id;
    v.show_private = priv;
    v.can_edit = DirectoryPolicy::CanEdit(actor, m->id);
    return v;
  });
}

Status DirectoryService::ValidateDeputy(db::Tx& tx, const Deputy& d) {
  std::map<std::string, std::string> f;
  RequireText(f, "full_name_kk", d.full_name_kk);
  RequireText(f, "full_name_ru", d.full_name_ru);
  if (!IsMandateType(d.mandate_type)) f["mandate_type"] = "invalid";
  if (d.mandate_type == "single_mandate" && !d.okrug_id) f["okrug_id"] = "required";
  if (d.mandate_type == "party_list" && d.okrug_id) f["okrug_id"] = "invalid";
  if (d.okrug_id) {
    auto o = repo_.FindOkrug(tx, *d.okrug_id);
    if (!o || o->maslikhat_id != d.maslikhat_id) f["okrug_id"] = "invalid";
  }
  if (!d.email.empty() && d.email.find('@') == std::string::npos) f["email"] = "invalid_format";
  if (!IsValidSocialLinks(d.social_links_json)) f["social_links"] = "invalid";
  if (d.convocation < 1 || d.convocation > 20) f["convocation"] = "invalid";
  if (!f.empty()) return Invalid(f);
  return Ok();
}

Result<Deputy> DirectoryService::CreateDeputy(const Actor& actor, int64_t maslikhat_id, Deputy d) {
  if (auto s = RequireEditor(actor, maslikhat_id); !s.ok()) return s.error();
  if (d.user_id && !DirectoryPolicy::CanLinkAccount(actor)) return LinkDenied();
  return db_.Write([&](db::Tx& tx) -> Result<Deputy> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    d.maslikhat_id = maslikhat_id;
    d.updated_at = FormatIsoUtc(clock_.NowMs());
    if (auto s = ValidateDeputy(tx, d); !s.ok()) return s.error();
    d.id = repo_.CreateDeputy(tx, d, DeputyNameKey(d));
    Audit(tx, actor, "directory.deputy_created", "deputy", d.id);
    return d;
  });
}

Result<Deputy> DirectoryService::UpdateDeputy(const Actor& actor, int64_t id,
                                              const DeputyPatch& p) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Result<Deputy> {
    auto d = repo_.FindDeputy(tx, id);
    if (!d || !DirectoryPolicy::CanEdit(actor, d->maslikhat_id)) return Error::NotFound();
    if (p.user_id && *p.user_id != d->user_id && !DirectoryPolicy::CanLinkAccount(actor)) {
      return LinkDenied();
    }
    Apply(d->okrug_id, p.okrug_id);
    Apply(d->user_id, p.user_id);
    Apply(d->full_name_kk, p.full_name_kk);
    Apply(d->full_name_ru, p.full_name_ru);
    Apply(d->mandate_type, p.mandate_type);
    Apply(d->party_kk, p.party_kk);
    Apply(d->party_ru, p.party_ru);
    Apply(d->convocation, p.convocation);
    Apply(d->bio_kk, p.bio_kk);
    Apply(d->bio_ru, p.bio_ru);
    Apply(d->email, p.email);
    Apply(d->phone, p.phone);
    Apply(d->private_phone, p.private_phone);
    Apply(d->social_links_json, p.social_links_json);
    Apply(d->published, p.published);
    d->updated_at = FormatIsoUtc(clock_.NowMs());
    if (auto s = ValidateDeputy(tx, *d); !s.ok()) return s.error();
    repo_.UpdateDeputy(tx, *d, DeputyNameKey(*d));
    Audit(tx, actor, "directory.deputy_updated", "deputy", id);
    return *d;
  });
}

Status DirectoryService::CanEditDeputy(const Actor& actor, int64_t id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Read([&](db::Tx& tx) -> Status {
    auto d = repo_.FindDeputy(tx, id);
    if (!d || !DirectoryPolicy::CanEdit(actor, d->maslikhat_id)) return Error::NotFound();
    return Ok();
  });
}

Result<Deputy> DirectoryService::SetDeputyPhoto(const Actor& actor, int64_t id,
                                                const std::string& file_name,
                                                const std::string& mime) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Result<Deputy> {
    auto d = repo_.FindDeputy(tx, id);
    if (!d || !DirectoryPolicy::CanEdit(actor, d->maslikhat_id)) return Error::NotFound();
    d->photo_file = file_name;
    d->photo_mime = mime;
    d->updated_at = FormatIsoUtc(clock_.NowMs());
    repo_.UpdateDeputy(tx, *d, DeputyNameKey(*d));
    Audit(tx, actor, "directory.deputy_photo_set", "deputy", id);
    return *d;
  });
}

std::optional<Deputy> DirectoryService::PublishedDeputy(int64_t id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::optional<Deputy>> {
        auto d = repo_.FindDeputy(tx, id);
        if (!d || !d->published) return std::optional<Deputy>();
        return d;
      })
      .value();
}

std::optional<Deputy> DirectoryService::DeputyOfUser(int64_t user_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::optional<Deputy>> {
        return repo_.FindDeputyByUser(tx, user_id);
      })
      .value();
}

// Commissions ---------------------------------------------------------------

Result<std::vector<Commission>> DirectoryService::ListCommissions(int64_t maslikhat_id) {
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<Commission>> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    return repo_.ListCommissions(tx, maslikhat_id);
  });
}

Result<CommissionView> DirectoryService::GetCommission(const Actor& actor, int64_t id) {
  return db_.Read([&](db::Tx& tx) -> Result<CommissionView> {
    auto c = repo_.FindCommission(tx, id);
    if (!c) return Error::NotFound();
    CommissionView v{*c,
                     *repo_.FindMaslikhat(tx, c->maslikhat_id),
                     {},
                     DirectoryPolicy::CanEdit(actor, c->maslikhat_id)};
    for (const auto& m : c->members) {
      if (auto d = repo_.FindDeputy(tx, m.deputy_id); d && d->published) v.members.push_back(*d);
    }
    return v;
  });
}

Result<Commission> DirectoryService::CreateCommission(const Actor& actor, int64_t maslikhat_id,
                                                      Commission c) {
  if (auto s = RequireEditor(actor, maslikhat_id); !s.ok()) return s.error();
  std::map<std::string, std::string> f;
  if (!IsCommissionKind(c.kind)) f["kind"] = "invalid";
  RequireText(f, "name_kk", c.name_kk);
  RequireText(f, "name_ru", c.name_ru);
  if (c.period_from && !IsIsoDate(*c.period_from)) f["period_from"] = "invalid";
  if (c.period_to && !IsIsoDate(*c.period_to)) f["period_to"] = "invalid";
  if (!f.empty()) return Invalid(f);
  return db_.Write([&](db::Tx& tx) -> Result<Commission> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    c.maslikhat_id = maslikhat_id;
    c.id = repo_.CreateCommission(tx, c);
    Audit(tx, actor, "directory.commission_created", "commission", c.id);
    return c;
  });
}

Result<Commission> DirectoryService::UpdateCommission(const Actor& actor, int64_t id,
                                                      const CommissionPatch& p) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Result<Commission> {
    auto c = repo_.FindCommission(tx, id);
    if (!c || !DirectoryPolicy::CanEdit(actor, c->maslikhat_id)) return Error::NotFound();
    Apply(c->kind, p.kind);
    Apply(c->name_kk, p.name_kk);
    Apply(c->name_ru, p.name_ru);
    Apply(c->remit_kk, p.remit_kk);
    Apply(c->remit_ru, p.remit_ru);
    Apply(c->period_from, p.period_from);
    Apply(c->period_to, p.period_to);
    std::map<std::string, std::string> f;
    if (!IsCommissionKind(c->kind)) f["kind"] = "invalid";
    RequireText(f, "name_kk", c->name_kk);
    RequireText(f, "name_ru", c->name_ru);
    if (c->period_from && !IsIsoDate(*c->period_from)) f["period_from"] = "invalid";
    if (c->period_to && !IsIsoDate(*c->period_to)) f["period_to"] = "invalid";
    if (!f.empty()) return Invalid(f);
    repo_.UpdateCommission(tx, *c);
    Audit(tx, actor, "directory.commission_updated", "commission", id);
    return *c;
  });
}

Result<Commission> DirectoryService::SetCommissionMembers(const Actor& actor, int64_t id,
                                                          std::vector<CommissionMember> members) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Write([&](db::Tx& tx) -> Result<Commission> {
    auto c = repo_.FindCommission(tx, id);
    if (!c || !DirectoryPolicy::CanEdit(actor, c->maslikhat_id)) return Error::NotFound();
    std::map<std::string, std::string> f;
    int chairs = 0;
    std::set<int64_t> seen;
    for (size_t i = 0; i < members.size(); ++i) {
      const auto& m = members[i];
      std::string key = "members." + std::to_string(i);
      auto d = repo_.FindDeputy(tx, m.deputy_id);
      if (!d || d->maslikhat_id != c->maslikhat_id) f[key + ".deputy_id"] = "invalid";
      if (!IsMemberRole(m.role)) f[key + ".role"] = "invalid";
      if (!seen.insert(m.deputy_id).second) f[key + ".deputy_id"] = "duplicate";
      chairs += m.role == "chair";
    }
    if (chairs > 1) f["members"] = "invalid";
    if (!f.empty()) return Invalid(f);
    repo_.SetMembers(tx, id, members);
    Audit(tx, actor, "directory.commission_members_set", "commission", id);
    c->members = std::move(members);
    return *c;
  });
}

}  // namespace kenes::directory
