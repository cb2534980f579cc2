#include "features/voter_reports/voter_reports_document.hpp"

#include <vector>

#include "platform/docs/markdown.hpp"
#include "platform/docs/pdf.hpp"
#include "platform/docs/report_text.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::voter_reports {
namespace {

std::string N(int n) { return std::to_string(n); }

std::string T(std::string_view language, const std::string& key) {
  return i18n::Text(language, "voter_reports." + key);
}

// The figures as sentences, one a line.
std::vector<std::string> FigureLines(const Figures& f, std::string_view language) {
  std::vector<std::string> out;
  out.push_back(
      i18n::Format(language, "voter_reports.appeals",
                   {{"received", N(f.appeals_received)}, {"resolved", N(f.appeals_resolved)}}));
  for (const auto& c : f.categories) {
    out.push_back(i18n::Format(language, "voter_reports.category",
                               {{"name", catalog::CategoryName(c, language)},
                                {"received", N(c.received)},
                                {"resolved", N(c.resolved)}}));
  }
  out.push_back(i18n::Format(language, "voter_reports.receptions",
                             {{"held", N(f.receptions_held)}, {"visits", N(f.reception_visits)}}));
  out.push_back(i18n::Format(language, "voter_reports.events", {{"held", N(f.events_held)}}));
  out.push_back(i18n::Format(language, "voter_reports.requests",
                             {{"sent", N(f.requests_sent)}, {"answered", N(f.requests_answered)}}));
  return out;
}

}  // namespace

std::string TemplateText(const Figures& f, int year, std::string_view language) {
  std::string out = i18n::Format(language, "voter_reports.template.intro", {{"year", N(year)}});
  out += "\n\n## " + T(language, "figures") + "\n\n";
  for (const auto& line : FigureLines(f, language)) out += "- " + line + "\n";
  out += "\n" + T(language, "template.closing") + "\n";
  return out;
}

posts::PostDraft AnnouncementPost(const ReportView& v) {
  posts::PostDraft p;
  p.kind = posts::PostKind::kDeputyPost;
  p.deputy_id = v.report.deputy_id;
  for (const char* lang : {"kk", "ru"}) {
    const std::string year = N(v.report.year);
    const std::string& name = std::string_view(lang) == "kk" ? v.deputy_name_kk : v.deputy_name_ru;
    posts::PostText t;
    t.lang = lang;
    t.title = posts::Fit(i18n::Format(lang, "voter_reports.title", {{"year", year}}),
                         posts::kMaxTitleChars);
    t.summary = posts::Fit(
        i18n::Format(lang, "voter_reports.post.summary", {{"name", name}, {"year", year}}),
        posts::kMaxSummaryChars);
    t.body = posts::Fit(i18n::Format(lang, "voter_reports.post.summary",
                                     {{"name", docs::MarkdownLiteral(name)}, {"year", year}}) +
                            "\n\n[" + T(lang, "post.link") + "](/voter-reports/" +
                            std::to_string(v.report.id) + ")\n",
                        posts::kMaxBodyChars);
    p.texts.push_back(std::move(t));
  }
  return p;
}

std::string ReportPdf(const ReportView& v, std::string_view language) {
  const Report& r = v.report;
  const bool kk = i18n::Language(language) == "kk";
  const std::string title = i18n::Format(language, "voter_reports.title", {{"year", N(r.year)}});
  std::vector<docs::PdfLine> lines;
  lines.push_back({title, 14, true});
  lines.push_back({i18n::Format(language, "voter_reports.deputy",
                                {{"name", kk ? v.deputy_name_kk : v.deputy_name_ru}}),
                   12, true});
  if (r.published_at) {
    lines.push_back({i18n::Format(language, "voter_reports.published_on",
                                  {{"date", docs::DateInWords(*r.published_at, language)}})});
  }
  lines.push_back({""});
  lines.push_back({T(language, "figures"), 12, true});
  for (const auto& line : FigureLines(r.figures, language)) lines.push_back({line});
  lines.push_back({i18n::Format(language, "voter_reports.counted_on",
                                {{"date", docs::DateInWords(r.figures.counted_at, language)}}),
                   9});
  lines.push_back({""});
  docs::AppendPlainLines(lines, kk ? r.text_kk : r.text_ru);
  if (const auto& meeting = v.meeting) {
    lines.push_back({""});
    lines.push_back({i18n::Format(language, "voter_reports.meeting",
                                  {{"title", kk ? meeting->title_kk : meeting->title_ru},
                                   {"date", docs::DateInWords(meeting->starts_at, language)}})});
  }
  return docs::RenderPdf(title, lines);
}

}  // namespace kenes::voter_reports
