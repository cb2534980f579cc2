#include "features/annual_reports/annual_reports_document.hpp"

#include <vector>

#include "platform/docs/markdown.hpp"
#include "platform/docs/pdf.hpp"
#include "platform/docs/report_text.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::annual_reports {
namespace {

std::string N(int n) { return std::to_string(n); }

std::string Say(std::string_view language, const std::string& key, i18n::Args values) {
  return i18n::Format(language, "annual_reports." + key, values);
}

// The figures as sentences, one a line: a commission's three, or the maslikhat's.
std::vector<std::string> FigureLines(const Report& r, const Figures& f, std::string_view language) {
  std::vector<std::string> out;
  if (r.commission_id) {
    out.push_back(Say(language, "meetings", {{"held", N(f.meetings_held)}}));
    out.push_back(Say(language, "conclusions",
                      {{"questions", N(f.questions)}, {"decisions", N(f.decisions)}}));
    return out;
  }
  out.push_back(
      Say(language, "sittings",
          {{"regular", N(f.sittings_regular)}, {"extraordinary", N(f.sittings_extraordinary)}}));
  out.push_back(
      Say(language, "questions", {{"questions", N(f.questions)}, {"decisions", N(f.decisions)}}));
  out.push_back(Say(language, "acts",
                    {{"adopted", N(f.acts_adopted)}, {"registered", N(f.acts_registered)}}));
  out.push_back(Say(language, "discussions",
                    {{"held", N(f.discussions_held)}, {"comments", N(f.comments_received)}}));
  out.push_back(Say(language, "appeals",
                    {{"received", N(f.appeals_received)}, {"resolved", N(f.appeals_resolved)}}));
  for (const auto& c : f.categories) {
    out.push_back(Say(language, "category",
                      {{"name", catalog::CategoryName(c, language)},
                       {"received", N(c.received)},
                       {"resolved", N(c.resolved)}}));
  }
  out.push_back(Say(language, "receptions", {{"held", N(f.receptions_held)}}));
  out.push_back(Say(language, "events", {{"held", N(f.events_held)}}));
  return out;
}

}  // namespace

std::string Title(const Report& r, std::string_view language) {
  return Say(language, r.commission_id ? "title.commission" : "title.maslikhat",
             {{"year", N(r.year)}});
}

std::string TemplateText(const Report& r, std::string_view language) {
  std::string out =
      Say(language, r.commission_id ? "template.intro.commission" : "template.intro.maslikhat",
          {{"year", N(r.year)}});
  out += "\n\n## " + i18n::Text(language, "annual_reports.figures") + "\n\n";
  for (const auto& line : FigureLines(r, r.draft.figures, language)) out += "- " + line + "\n";
  out += "\n" + i18n::Text(language, "annual_reports.template.closing") + "\n";
  return out;
}

posts::PostDraft AnnouncementPost(const ReportView& v) {
  posts::PostDraft p;
  p.kind = posts::PostKind::kNews;
  p.commission_id = v.report.commission_id;
  for (const char* lang : {"kk", "ru"}) {
    const bool kk = std::string_view(lang) == "kk";
    const std::string& name = v.report.commission_id
                                  ? (kk ? v.commission_name_kk : v.commission_name_ru)
                                  : (kk ? v.maslikhat_name_kk : v.maslikhat_name_ru);
    const std::string year = N(v.report.year);
    posts::PostText t;
    t.lang = lang;
    t.title = posts::Fit(Title(v.report, lang), posts::kMaxTitleChars);
    t.summary = posts::Fit(Say(lang, "post.summary", {{"name", name}, {"year", year}}),
                           posts::kMaxSummaryChars);
    t.body = posts::Fit(
        Say(lang, "post.summary", {{"name", docs::MarkdownLiteral(name)}, {"year", year}}) +
            "\n\n[" + i18n::Text(lang, "annual_reports.post.link") + "](/annual-reports/" +
            std::to_string(v.report.id) + ")\n",
        posts::kMaxBodyChars);
    p.texts.push_back(std::move(t));
  }
  return p;
}

std::string ReportPdf(const ReportView& view, const Version& v, std::string_view language) {
  const bool kk = i18n::Language(language) == "kk";
  const std::string title = Title(view.report, language);
  std::vector<docs::PdfLine> lines;
  lines.push_back({title, 14, true});
  lines.push_back({kk ? view.maslikhat_name_kk : view.maslikhat_name_ru, 12, true});
  if (view.report.commission_id) {
    lines.push_back({kk ? view.commission_name_kk : view.commission_name_ru, 12, true});
  }
  lines.push_back(
      {Say(language, "version",
           {{"number", N(v.number)}, {"date", docs::DateInWords(v.published_at, language)}})});
  const std::string& note = kk ? v.note_kk : v.note_ru;
  if (!note.empty()) lines.push_back({Say(language, "changed", {{"note", note}})});
  lines.push_back({""});
  lines.push_back({i18n::Text(language, "annual_reports.figures"), 12, true});
  for (const auto& line : FigureLines(view.report, v.figures, language)) lines.push_back({line});
  lines.push_back(
      {Say(language, "counted_on", {{"date", docs::DateInWords(v.figures.counted_at, language)}}),
       9});
  lines.push_back({""});
  docs::AppendPlainLines(lines, kk ? v.text_kk : v.text_ru);
  return docs::RenderPdf(title, lines);
}

}  // namespace kenes::annual_reports
