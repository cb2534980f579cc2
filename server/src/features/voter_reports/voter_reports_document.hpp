#pragma once
// The words of a report to voters: the text Kenes writes into a new report (the figures in a few
// sentences, for the deputy to edit) and the report as a PDF. Every word from the message
// catalogues (voter_reports.*); dates as words ("18 қараша 2026 ж.", "18 ноября 2026 г.", by
// platform/docs/report_text, which the annual reports share).

#include <string>
#include <string_view>

#include "features/posts/posts_service.hpp"
#include "features/voter_reports/voter_reports.hpp"

namespace kenes::voter_reports {

// The Markdown a new report starts with, in kk or ru.
std::string TemplateText(const Figures& f, int year, std::string_view language);

// The deputy's post announcing the report, in kk and ru, with a link to its page.
posts::PostDraft AnnouncementPost(const ReportView& v);

// The report as a PDF in kk or ru: title, deputy, year, the figures in words, the text, the
// meeting, when it was published. Throws if the font is missing.
std::string ReportPdf(const ReportView& v, std::string_view language);

}  // namespace kenes::voter_reports
