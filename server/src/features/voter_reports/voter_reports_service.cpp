#include "features/voter_reports/voter_reports_service.hpp"

#include <map>

#include "features/calendar/calendar_service.hpp"
#include "features/voter_reports/voter_reports_document.hpp"
#include "platform/audit/audit.hpp"
#include "platform/docs/report_text.hpp"

namespace kenes::voter_reports {
namespace {

void Render(Report& r) {
  r.html_kk = docs::RenderReportMarkdown(r.text_kk);
  r.html_ru = docs::RenderReportMarkdown(r.text_ru);
}

Error Conflict(const char* field, const char* reason) {
  Error e = Error::Of(ErrorCode::kConflict, reason);
  e.fields.emplace(field, reason);
  return e;
}

std::string AuditJson(const Report& r) {
  return "{\"deputy\":" + std::to_string(r.deputy_id) + ",\"year\":" + std::to_string(r.year) +
         ",\"state\":\"" + std::string(StateName(r.state)) + "\"}";
}

}  // namespace

std::optional<OwnDeputy> VoterReportsService::Own(const Actor& actor) {
  if (!actor.user_id) return std::nullopt;
  auto d = directory_->DeputyOfUser(*actor.user_id);
  if (!d) return std::nullopt;
  return OwnDeputy{d->id, d->maslikhat_id};
}

Figures VoterReportsService::CountFigures(db::Tx& tx, int64_t deputy_id, int year) {
  const int64_t now = clock_.NowMs();
  std::map<std::string, CategoryFigures> by_category;
  Figures f = repo_.Count(tx, deputy_id, calendar::LocalYearBounds(year, now), by_category);
  f.categories = catalog::NamedCategoryFigures(tx, by_category);
  f.counted_at = FormatIsoUtc(now);
  return f;
}

std::optional<Meeting> VoterReportsService::MeetingOf(int64_t event_id) {
  Meeting m;
  m.event_id = event_id;
  for (const char* lang : {"kk", "ru"}) {
    auto v = events_->PublicGet(Actor{}, event_id, lang);
    if (!v.ok()) return std::nullopt;
    const auto& text = v->event.draft.texts[events::LanguageIndex(v->lang)];
    (std::string_view(lang) == "kk" ? m.title_kk : m.title_ru) = text.title;
    m.starts_at = v->event.draft.starts_at;
  }
  return m;
}

Result<ReportList> VoterReportsService::List(const Actor& actor, int64_t deputy_id) {
  auto deputy = directory_->PublishedDeputy(deputy_id);
  if (!deputy) return Error::NotFound();
  ReportList out;
  out.deputy_id = deputy_id;
  out.can_edit = VoterReportsPolicy::MayKeep(actor, deputy->maslikhat_id, deputy_id, Own(actor));
  out.items = db_.Read([&](db::Tx& tx) { return repo_.ForDeputy(tx, deputy_id, !out.can_edit); });
  return out;
}

Result<ReportList> VoterReportsService::Mine(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const auto own = Own(actor);
  if (!own) return Error::NotFound();
  return List(actor, own->deputy_id);
}

Result<ReportView> VoterReportsService::Create(const Actor& actor, int64_t deputy_id, int year) {
  auto deputy = directory_->PublishedDeputy(deputy_id);
  if (!deputy) return Error::NotFound();
  if (!VoterReportsPolicy::MayKeep(actor, deputy->maslikhat_id, deputy_id, Own(actor))) {
    return actor.IsAuthenticated() ? Error::Denied() : Error::Unauthenticated();
  }
  const int64_t now = clock_.NowMs();
  if (year < kFirstYear || year > calendar::LocalDate(now).year) {
    return Error::Invalid("year", "out_of_range");
  }
  auto made = db_.Write([&](db::Tx& tx) -> Result<Report> {
    if (repo_.FindByYear(tx, deputy_id, year)) return Conflict("year", "exists");
    Report r;
    r.maslikhat_id = deputy->maslikhat_id;
    r.deputy_id = deputy_id;
    r.year = year;
    r.figures = CountFigures(tx, deputy_id, year);
    r.text_kk = TemplateText(r.figures, year, "kk");
    r.text_ru = TemplateText(r.figures, year, "ru");
    Render(r);
    r.created_at = r.updated_at = FormatIsoUtc(now);
    r.id = repo_.Insert(tx, r);
    audit::Record(tx, actor, {"voter_report.create", "voter_report", r.id, AuditJson(r)}, now);
    return r;
  });
  if (!made.ok()) return made.take_error();
  return ReportView{.report = std::move(*made),
                    .deputy_name_kk = deputy->full_name_kk,
                    .deputy_name_ru = deputy->full_name_ru,
                    .can_edit = true};
}

Result<ReportView> VoterReportsService::Readable(const Actor& actor, int64_t id) {
  auto r = db_.Read([&](db::Tx& tx) { return repo_.Find(tx, id); });
  if (!r) return Error::NotFound();
  const auto own = Own(actor);
  if (!VoterReportsPolicy::MayRead(actor, r->maslikhat_id, r->deputy_id, r->state, own)) {
    return Error::NotFound();
  }
  ReportView v;
  if (auto deputy = directory_->PublishedDeputy(r->deputy_id)) {
    v.deputy_name_kk = deputy->full_name_kk;
    v.deputy_name_ru = deputy->full_name_ru;
  } else if (!VoterReportsPolicy::MayKeep(actor, r->maslikhat_id, r->deputy_id, own)) {
    return Error::NotFound();  // the deputy's page is gone: so are their reports, to the public
  }
  if (r->meeting_event_id) v.meeting = MeetingOf(*r->meeting_event_id);
  v.can_edit = VoterReportsPolicy::MayKeep(actor, r->maslikhat_id, r->deputy_id, own);
  v.report = std::move(*r);
  return v;
}

Result<ReportView> VoterReportsService::Get(const Actor& actor, int64_t id) {
  return Readable(actor, id);
}

Result<Report> VoterReportsService::Editable(const Actor& actor, int64_t id) {
  auto v = Readable(actor, id);
  if (!v.ok()) return v.take_error();
  if (!v->can_edit) return actor.IsAuthenticated() ? Error::Denied() : Error::Unauthenticated();
  return std::move(v->report);
}

Result<ReportView> VoterReportsService::Update(const Actor& actor, int64_t id,
                                               const ReportInput& in) {
  auto found = Editable(actor, id);
  if (!found.ok()) return found.take_error();
  if (in.text_kk && in.text_kk->empty()) return Error::Invalid("text_kk", "required");
  if (in.text_ru && in.text_ru->empty()) return Error::Invalid("text_ru", "required");
  if (in.meeting_event_id && *in.meeting_event_id) {
    auto e = events_->PublicGet(Actor{}, **in.meeting_event_id, "ru");
    if (!e.ok() || e->event.maslikhat_id != found->maslikhat_id ||
        e->event.draft.deputy_id != found->deputy_id ||
        e->event.draft.type != events::EventType::kReportMeeting) {
      return Error::Invalid("meeting_event_id", "not_found");
    }
  }
  const int64_t now = clock_.NowMs();
  auto saved = db_.Write([&](db::Tx& tx) -> Result<Report> {
    auto r = repo_.Find(tx, id);
    if (!r) return Error::NotFound();
    if (r->state != ReportState::kDraft) return Conflict("state", "published");
    if (in.text_kk) r->text_kk = *in.text_kk;
    if (in.text_ru) r->text_ru = *in.text_ru;
    if (in.meeting_event_id) r->meeting_event_id = *in.meeting_event_id;
    Render(*r);
    r->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *r);
    audit::Record(tx, actor, {"voter_report.edit", "voter_report", r->id, AuditJson(*r)}, now);
    return *r;
  });
  if (!saved.ok()) return saved.take_error();
  return Readable(actor, id);
}

Result<ReportView> VoterReportsService::Refresh(const Actor& actor, int64_t id) {
  auto found = Editable(actor, id);
  if (!found.ok()) return found.take_error();
  const int64_t now = clock_.NowMs();
  auto saved = db_.Write([&](db::Tx& tx) -> Result<Report> {
    auto r = repo_.Find(tx, id);
    if (!r) return Error::NotFound();
    if (r->state != ReportState::kDraft) return Conflict("state", "published");
    r->figures = CountFigures(tx, r->deputy_id, r->year);
    r->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *r);
    audit::Record(tx, actor, {"voter_report.refresh", "voter_report", r->id, AuditJson(*r)}, now);
    return *r;
  });
  if (!saved.ok()) return saved.take_error();
  return Readable(actor, id);
}

Result<ReportView> VoterReportsService::Move(const Actor& actor, int64_t id, ReportState to) {
  auto found = Editable(actor, id);
  if (!found.ok()) return found.take_error();
  const int64_t now = clock_.NowMs();
  auto saved = db_.Write([&](db::Tx& tx) -> Result<Report> {
    auto r = repo_.Find(tx, id);
    if (!r) return Error::NotFound();
    if (r->state == to) return *r;
    r->state = to;
    r->published_at = to == ReportState::kPublished ? std::optional<std::string>(FormatIsoUtc(now))
                                                    : std::nullopt;
    r->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *r);
    audit::Record(
        tx, actor,
        {to == ReportState::kPublished ? "voter_report.publish" : "voter_report.unpublish",
         "voter_report", r->id, AuditJson(*r)},
        now);
    return *r;
  });
  if (!saved.ok()) return saved.take_error();
  return Readable(actor, id);
}

Result<ReportView> VoterReportsService::Publish(const Actor& actor, int64_t id) {
  auto v = Move(actor, id, ReportState::kPublished);
  if (v.ok() && !v->report.post_id && posts_) {
    Announce(actor, *v);
    return Readable(actor, id);
  }
  return v;
}

void VoterReportsService::Announce(const Actor& actor, const ReportView& v) {
  auto made = posts_->Create(actor, v.report.maslikhat_id, AnnouncementPost(v));
  if (!made.ok()) return;
  if (!posts_->Publish(actor, made->post.id).ok()) return;
  (void)db_.Write([&](db::Tx& tx) -> Status {
    repo_.SetPost(tx, v.report.id, made->post.id);
    return Ok();
  });
}

Result<ReportView> VoterReportsService::Unpublish(const Actor& actor, int64_t id) {
  return Move(actor, id, ReportState::kDraft);
}

Result<std::string> VoterReportsService::Pdf(const Actor& actor, int64_t id,
                                             const std::string& language) {
  auto v = Readable(actor, id);
  if (!v.ok()) return v.take_error();
  return ReportPdf(*v, language);
}

}  // namespace kenes::voter_reports
