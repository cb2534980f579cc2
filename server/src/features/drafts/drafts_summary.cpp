#include "features/drafts/drafts_summary.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/drafts/drafts_messages.hpp"
#include "platform/docs/pdf.hpp"
#include "platform/docs/xlsx.hpp"

namespace kenes::drafts {
namespace {

std::string Title(const Discussion& d, const std::string& language) {
  return language == "kk" ? d.title_kk : d.title_ru;
}

std::string Author(const SummaryTexts& t, const Comment& c) {
  std::string out = AuthorWord(t, c.author_type);
  if (c.author_type == AuthorType::kOrganisation && !c.organisation.empty())
    out += " (" + c.organisation + ")";
  return out;
}

// The commented paragraph's text in the document's language (the other one for a discussion from
// before both were kept).
std::string ParagraphText(const DiscussionView& v, const Comment& c, const std::string& language) {
  for (const auto& p : v.detail.paragraphs) {
    if (p.id == c.paragraph_id) return TextIn(p, language);
  }
  return "";
}

}  // namespace

std::string LocalDate(const std::string& iso) {
  const auto d = calendar::CivilDate::Parse(iso.substr(0, 10));
  if (!d) return iso;
  const std::string s = d->ToString();
  return s.substr(8, 2) + "." + s.substr(5, 2) + "." + s.substr(0, 4);
}

std::string SummaryXlsx(const DiscussionView& v, const std::string& language) {
  const SummaryTexts& t = SummaryTextsFor(language);
  docs::XlsxSheet sheet;
  sheet.name = t.sheet;
  sheet.header = {t.paragraph, t.paragraph_text, t.comment, t.author, t.decision, t.reason, t.date};
  sheet.col_widths = {{0, 8}, {1, 60}, {2, 60}, {3, 28}, {4, 20}, {5, 50}, {6, 12}};
  sheet.date_columns = {6};
  for (const auto& c : v.detail.comments) {
    if (c.hidden_at) continue;  // hidden by moderation: not a proposal on the draft
    sheet.rows.push_back({std::to_string(c.paragraph_number), ParagraphText(v, c, language), c.text,
                          Author(t, c), DecisionWord(t, c.decision), c.reason,
                          c.created_at.substr(0, 10)});
  }
  return docs::RenderXlsx(sheet);
}

std::string SummaryPdf(const DiscussionView& v, const std::string& language,
                       const std::string& act_line) {
  const SummaryTexts& t = SummaryTextsFor(language);
  const Discussion& d = v.detail.discussion;
  std::vector<docs::PdfLine> lines;
  lines.push_back({t.title, 14, true});
  lines.push_back({Title(d, language), 12, true});
  lines.push_back(
      {std::string(t.period) + ": " + LocalDate(d.opens_on) + " – " + LocalDate(d.closes_on)});
  if (!act_line.empty()) lines.push_back({std::string(t.act) + ": " + act_line});
  lines.push_back({std::string(t.made_on) + ": " + LocalDate(v.today)});
  lines.push_back({""});
  if (v.detail.discussion.comments == 0) lines.push_back({t.no_comments});
  for (const auto& c : v.detail.comments) {
    if (c.hidden_at) continue;
    lines.push_back({std::string(t.paragraph) + " " + std::to_string(c.paragraph_number) + " · " +
                         Author(t, c) + " · " + LocalDate(c.created_at),
                     11, true});
    lines.push_back({"«" + ParagraphText(v, c, language) + "»", 10});
    lines.push_back({c.text});
    std::string decision = std::string(t.decision) + ": " + DecisionWord(t, c.decision);
    if (!c.reason.empty()) decision += ". " + std::string(t.reason) + ": " + c.reason;
    lines.push_back({decision});
    lines.push_back({""});
  }
  return docs::RenderPdf(t.title, lines);
}

}  // namespace kenes::drafts
