#pragma once
// The words of an annual report: the text Kenes writes into a new report (the figures in a few
// sentences, for the staff to edit), the post announcing version 1, and a version as a PDF. Every
// word from the message catalogues (annual_reports.*); the Markdown and dates in words by
// platform/docs/report_text, shared with the deputies' reports to voters.

#include <string>
#include <string_view>

#include "features/annual_reports/annual_reports.hpp"
#include "features/posts/posts_service.hpp"

namespace kenes::annual_reports {

// The report's title: of the maslikhat or of a commission, for the year.
std::string Title(const Report& r, std::string_view language);

// The Markdown a new report starts with, in kk or ru.
std::string TemplateText(const Report& r, std::string_view language);

// The post announcing version 1, in kk and ru, with a link to the report's page: news of the
// maslikhat, or of the commission for a commission's report.
posts::PostDraft AnnouncementPost(const ReportView& v);

// Version `v` as a PDF in kk or ru: title, subject, the version and when it was published, what
// changed, the figures in words, the text. Throws if the font is missing.
std::string ReportPdf(const ReportView& view, const Version& v, std::string_view language);

}  // namespace kenes::annual_reports
