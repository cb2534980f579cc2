#include "features/work_plans/work_plans_document.hpp"

#include <vector>

#include "platform/docs/pdf.hpp"
#include "platform/docs/report_text.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::work_plans {

std::string PlanPdf(const PlanDetail& d, const std::string& maslikhat_kk,
                    const std::string& maslikhat_ru, std::string_view language) {
  const bool kk = i18n::Language(language) == "kk";
  const Plan& p = d.plan;
  const std::string title = kk ? p.title_kk : p.title_ru;
  std::vector<docs::PdfLine> lines;
  lines.push_back({title, 14, true});
  lines.push_back({kk ? maslikhat_kk : maslikhat_ru, 12, true});
  if (p.commission_id)
    lines.push_back({kk ? p.commission_name_kk : p.commission_name_ru, 12, true});
  lines.push_back(
      {i18n::Format(language, "work_plans.pdf.year", {{"year", std::to_string(p.year)}})});
  if (p.published_at) {
    lines.push_back({i18n::Format(language, "work_plans.pdf.published_on",
                                  {{"date", docs::DateInWords(*p.published_at, language)}})});
  }
  if (d.version) {
    lines.push_back({i18n::Format(language, "work_plans.pdf.edition",
                                  {{"number", std::to_string(d.version->number)},
                                   {"date", docs::DateInWords(d.version->fixed_at, language)}}),
                     12, true});
    const std::string& note = kk ? d.version->note_kk : d.version->note_ru;
    if (!note.empty())
      lines.push_back({i18n::Format(language, "work_plans.pdf.changed", {{"note", note}})});
  }
  for (const auto& item : d.items) {
    lines.push_back({""});
    lines.push_back(
        {std::to_string(item.number) + ". " + (kk ? item.text_kk : item.text_ru), 11, true});
    lines.push_back({i18n::Format(
        language, "work_plans.pdf.item",
        {{"quarter",
          i18n::Text(language, "work_plans.pdf.quarter." + std::to_string(item.quarter))},
         {"responsible", item.responsible},
         {"status", i18n::Text(language, "work_plans.pdf.status." +
                                             std::string(ItemStatusName(item.status)))}})});
    if (!item.note.empty()) {
      lines.push_back({i18n::Format(language, "work_plans.pdf.note", {{"note", item.note}})});
    }
    if (item.sitting_id && !item.sitting_held_on.empty()) {
      lines.push_back(
          {i18n::Format(language, "work_plans.pdf.sitting",
                        {{"number", std::to_string(item.sitting_number)},
                         {"date", docs::DateInWords(item.sitting_held_on, language)}})});
    }
    if (item.act_id && !item.act_number.empty()) {
      lines.push_back({i18n::Format(
          language, "work_plans.pdf.act",
          {{"number", item.act_number}, {"title", kk ? item.act_title_kk : item.act_title_ru}})});
    }
  }
  return docs::RenderPdf(title, lines);
}

}  // namespace kenes::work_plans
