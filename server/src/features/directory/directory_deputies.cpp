// DirectoryService: deputies — lists, pages, edits, photos, accounts linked to them.
#include <set>

#include "features/directory/address.hpp"
#include "features/directory/directory_policy.hpp"
#include "features/directory/directory_service.hpp"
#include "features/directory/directory_service_rules.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::directory {

using namespace service_rules;  // NOLINT(google-build-using-namespace): the feature's own rules

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

std::optional<Maslikhat> DirectoryService::MaslikhatById(int64_t id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::optional<Maslikhat>> {
        return repo_.FindMaslikhat(tx, id);
      })
      .value();
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

std::vector<DeputyCommission> DirectoryService::CommissionsOfDeputy(int64_t deputy_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::vector<DeputyCommission>> {
        return repo_.CommissionsOfDeputy(tx, deputy_id);
      })
      .value();
}

}  // namespace kenes::directory
