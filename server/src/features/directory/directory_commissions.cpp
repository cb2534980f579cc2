// DirectoryService: commissions and their members.
#include <set>

#include "features/directory/address.hpp"
#include "features/directory/directory_policy.hpp"
#include "features/directory/directory_service.hpp"
#include "features/directory/directory_service_rules.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::directory {

using namespace service_rules;  // NOLINT(google-build-using-namespace): the feature's own rules

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
