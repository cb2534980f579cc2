#include "features/annual_reports/annual_reports_service.hpp"

#include <map>

#include "features/annual_reports/annual_reports_document.hpp"
#include "features/annual_reports/annual_reports_policy.hpp"
#include "features/calendar/calendar_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/docs/report_text.hpp"

namespace kenes::annual_reports {
namespace {

Error Conflict(const char* field, const char* reason) {
  Error e = Error::Of(ErrorCode::kConflict, reason);
  e.fields.emplace(field, reason);
  return e;
}

std::string AuditJson(const Report& r) {
  std::string out = "{\"maslikhat\":" + std::to_string(r.maslikhat_id);
  if (r.commission_id) out += ",\"commission\":" + std::to_string(*r.commission_id);
  return out + ",\"year\":" + std::to_string(r.year) + ",\"version\":" + std::to_string(r.version) +
         "}";
}

}  // namespace

bool AnnualReportsService::MayKeep(const Actor& actor, int64_t maslikhat_id,
                                   const std::optional<int64_t>& commission_id) {
  if (!actor.IsAuthenticated()) return false;
  std::optional<int64_t> chair, own;
  if (commission_id) {
    if (auto c = directory_->GetCommission(Actor{}, *commission_id); c.ok()) {
      for (const auto& m : c->commission.members) {
        if (m.role == "chair") chair = m.deputy_id;
      }
    }
    if (chair && actor.user_id) {
      if (auto d = directory_->DeputyOfUser(*actor.user_id); d && d->maslikhat_id == maslikhat_id) {
        own = d->id;
      }
    }
  }
  return AnnualReportsPolicy::MayKeep(actor, maslikhat_id, commission_id, chair, own);
}

Figures AnnualReportsService::CountFigures(db::Tx& tx, const Report& r) {
  const int64_t now = clock_.NowMs();
  const auto bounds = calendar::LocalYearBounds(r.year, now);
  Figures f;
  if (r.commission_id) {
    f = repo_.CountCommission(tx, *r.commission_id, bounds);
  } else {
    std::map<std::string, CategoryFigures> by_category;
    f = repo_.CountMaslikhat(tx, r.maslikhat_id, bounds, by_category);
    f.categories = catalog::NamedCategoryFigures(tx, by_category);
  }
  f.counted_at = FormatIsoUtc(now);
  return f;
}

Result<ReportList> AnnualReportsService::List(const Actor& actor, int64_t maslikhat_id,
                                              const std::optional<int64_t>& commission_id) {
  if (!directory_->MaslikhatById(maslikhat_id)) return Error::NotFound();
  std::map<int64_t, std::pair<std::string, std::string>> commissions;
  if (auto listed = directory_->ListCommissions(maslikhat_id); listed.ok()) {
    for (const auto& c : *listed) commissions.emplace(c.id, std::make_pair(c.name_kk, c.name_ru));
  }
  if (commission_id && !commissions.count(*commission_id)) return Error::NotFound();
  ReportList out;
  out.maslikhat_id = maslikhat_id;
  out.can_edit = MayKeep(actor, maslikhat_id, commission_id);
  const auto reports =
      db_.Read([&](db::Tx& tx) { return repo_.ForMaslikhat(tx, maslikhat_id, commission_id); });
  std::map<std::optional<int64_t>, bool> keeps;  // per subject: one directory look-up each
  for (const auto& r : reports) {
    auto it = keeps.find(r.commission_id);
    if (it == keeps.end()) {
      it = keeps.emplace(r.commission_id, MayKeep(actor, maslikhat_id, r.commission_id)).first;
    }
    if (!AnnualReportsPolicy::MayRead(r.version > 0, it->second)) continue;
    ReportView v;
    v.report = r;
    v.report.draft = {};  // a list of years and links: no texts
    if (r.commission_id) {
      if (auto c = commissions.find(*r.commission_id); c != commissions.end()) {
        v.commission_name_kk = c->second.first;
        v.commission_name_ru = c->second.second;
      }
    }
    v.can_edit = it->second;
    out.items.push_back(std::move(v));
  }
  return out;
}

Result<ReportView> AnnualReportsService::Create(const Actor& actor, int64_t maslikhat_id,
                                                const std::optional<int64_t>& commission_id,
                                                int year) {
  auto maslikhat = directory_->MaslikhatById(maslikhat_id);
  if (!maslikhat) return Error::NotFound();
  if (!MayKeep(actor, maslikhat_id, commission_id)) {
    return actor.IsAuthenticated() ? Error::Denied() : Error::Unauthenticated();
  }
  if (commission_id) {
    auto c = directory_->GetCommission(Actor{}, *commission_id);
    if (!c.ok() || c->commission.maslikhat_id != maslikhat_id) {
      return Error::Invalid("commission_id", "not_found");
    }
  }
  const int64_t now = clock_.NowMs();
  if (year < kFirstYear || year > calendar::LocalDate(now).year) {
    return Error::Invalid("year", "out_of_range");
  }
  auto made = db_.Write([&](db::Tx& tx) -> Result<int64_t> {
    if (repo_.FindBySubject(tx, maslikhat_id, commission_id, year)) {
      return Conflict("year", "exists");
    }
    Report r;
    r.maslikhat_id = maslikhat_id;
    r.commission_id = commission_id;
    r.year = year;
    r.draft.figures = CountFigures(tx, r);
    r.draft.text_kk = TemplateText(r, "kk");
    r.draft.text_ru = TemplateText(r, "ru");
    r.created_at = r.updated_at = FormatIsoUtc(now);
    r.id = repo_.Insert(tx, r);
    audit::Record(tx, actor, {"annual_report.create", "annual_report", r.id, AuditJson(r)}, now);
    return r.id;
  });
  if (!made.ok()) return made.take_error();
  return Readable(actor, *made, std::nullopt);
}

Result<ReportView> AnnualReportsService::Readable(const Actor& actor, int64_t id,
                                                  std::optional<int> number) {
  ReportView v;
  std::optional<Report> found;
  db_.Read([&](db::Tx& tx) {
    found = repo_.Find(tx, id);
    if (!found) return false;
    const int want = number.value_or(found->version);
    if (want > 0 && want <= found->version) v.shown = repo_.FindVersion(tx, id, want);
    v.versions = repo_.Versions(tx, id);
    return true;
  });
  if (!found) return Error::NotFound();
  v.can_edit = MayKeep(actor, found->maslikhat_id, found->commission_id);
  if (!AnnualReportsPolicy::MayRead(found->version > 0, v.can_edit)) return Error::NotFound();
  if (number && !v.shown) return Error::NotFound();
  if (auto m = directory_->MaslikhatById(found->maslikhat_id)) {
    v.maslikhat_name_kk = m->name_kk;
    v.maslikhat_name_ru = m->name_ru;
  }
  if (found->commission_id) {
    if (auto c = directory_->GetCommission(Actor{}, *found->commission_id); c.ok()) {
      v.commission_name_kk = c->commission.name_kk;
      v.commission_name_ru = c->commission.name_ru;
    }
  }
  if (!v.can_edit) found->draft = {};  // the working copy is its keepers' only
  v.report = std::move(*found);
  return v;
}

Result<ReportView> AnnualReportsService::Get(const Actor& actor, int64_t id,
                                             std::optional<int> number) {
  return Readable(actor, id, number);
}

Result<Report> AnnualReportsService::Editable(const Actor& actor, int64_t id) {
  auto v = Readable(actor, id, std::nullopt);
  if (!v.ok()) return v.take_error();
  if (!v->can_edit) return actor.IsAuthenticated() ? Error::Denied() : Error::Unauthenticated();
  return std::move(v->report);
}

Result<ReportView> AnnualReportsService::Update(const Actor& actor, int64_t id,
                                                const DraftInput& in) {
  auto found = Editable(actor, id);
  if (!found.ok()) return found.take_error();
  if (in.text_kk && in.text_kk->empty()) return Error::Invalid("text_kk", "required");
  if (in.text_ru && in.text_ru->empty()) return Error::Invalid("text_ru", "required");
  const int64_t now = clock_.NowMs();
  auto saved = db_.Write([&](db::Tx& tx) -> Status {
    auto r = repo_.Find(tx, id);
    if (!r) return Error::NotFound();
    if (in.text_kk) r->draft.text_kk = *in.text_kk;
    if (in.text_ru) r->draft.text_ru = *in.text_ru;
    if (in.note_kk) r->draft.note_kk = *in.note_kk;
    if (in.note_ru) r->draft.note_ru = *in.note_ru;
    r->updated_at = FormatIsoUtc(now);
    repo_.UpdateDraft(tx, *r);
    audit::Record(tx, actor, {"annual_report.edit", "annual_report", id, AuditJson(*r)}, now);
    return Ok();
  });
  if (!saved.ok()) return saved.error();
  return Readable(actor, id, std::nullopt);
}

Result<ReportView> AnnualReportsService::Refresh(const Actor& actor, int64_t id) {
  auto found = Editable(actor, id);
  if (!found.ok()) return found.take_error();
  const int64_t now = clock_.NowMs();
  auto saved = db_.Write([&](db::Tx& tx) -> Status {
    auto r = repo_.Find(tx, id);
    if (!r) return Error::NotFound();
    r->draft.figures = CountFigures(tx, *r);
    r->updated_at = FormatIsoUtc(now);
    repo_.UpdateDraft(tx, *r);
    audit::Record(tx, actor, {"annual_report.refresh", "annual_report", id, AuditJson(*r)}, now);
    return Ok();
  });
  if (!saved.ok()) return saved.error();
  return Readable(actor, id, std::nullopt);
}

Result<ReportView> AnnualReportsService::Publish(const Actor& actor, int64_t id) {
  auto found = Editable(actor, id);
  if (!found.ok()) return found.take_error();
  const int64_t now = clock_.NowMs();
  auto saved = db_.Write([&](db::Tx& tx) -> Status {
    auto r = repo_.Find(tx, id);
    if (!r) return Error::NotFound();
    if (r->version >= kMaxVersions) return Conflict("version", "too_many");
    if (r->version > 0) {
      // A correction says what it corrects, in both languages its readers read.
      if (r->draft.note_kk.empty()) return Error::Invalid("note_kk", "required");
      if (r->draft.note_ru.empty()) return Error::Invalid("note_ru", "required");
    }
    Version v;
    v.number = r->version + 1;
    v.text_kk = r->draft.text_kk;
    v.text_ru = r->draft.text_ru;
    v.html_kk = docs::RenderReportMarkdown(v.text_kk);
    v.html_ru = docs::RenderReportMarkdown(v.text_ru);
    v.figures = r->draft.figures;
    if (r->version > 0) {
      v.note_kk = r->draft.note_kk;
      v.note_ru = r->draft.note_ru;
    }
    v.published_at = FormatIsoUtc(now);
    repo_.AddVersion(tx, id, v);
    r->version = v.number;
    audit::Record(tx, actor, {"annual_report.publish", "annual_report", id, AuditJson(*r)}, now);
    return Ok();
  });
  if (!saved.ok()) return saved.error();
  auto v = Readable(actor, id, std::nullopt);
  if (v.ok() && v->report.version == 1 && !v->report.post_id && posts_) {
    Announce(actor, *v);
    return Readable(actor, id, std::nullopt);
  }
  return v;
}

void AnnualReportsService::Announce(const Actor& actor, const ReportView& v) {
  auto made = posts_->Create(actor, v.report.maslikhat_id, AnnouncementPost(v));
  if (!made.ok()) return;
  if (!posts_->Publish(actor, made->post.id).ok()) return;
  (void)db_.Write([&](db::Tx& tx) -> Status {
    repo_.SetPost(tx, v.report.id, made->post.id);
    return Ok();
  });
}

Result<std::string> AnnualReportsService::Pdf(const Actor& actor, int64_t id, int number,
                                              const std::string& language) {
  auto v = Readable(actor, id, number);
  if (!v.ok()) return v.take_error();
  return ReportPdf(*v, *v->shown, language);
}

}  // namespace kenes::annual_reports
