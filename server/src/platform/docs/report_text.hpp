#pragma once
// What Kenes's published reports share between their page and their PDF — a deputy's report to
// voters (features/voter_reports) and the maslikhat's and commissions' annual reports
// (features/annual_reports): their Markdown rendered below the page's own title, the same
// Markdown as plain lines for the PDF, and dates in words ("18 қараша 2026 ж.").

#include <string>
#include <string_view>
#include <vector>

#include "platform/docs/pdf.hpp"

namespace kenes::docs {

// "18 ноября 2026 г." from "2026-11-18" (or a longer ISO text); the text itself if it is no date.
std::string DateInWords(std::string_view iso, std::string_view language);

// The report's page has its own title (its one h1): the writer's headings go one level down.
std::string RenderReportMarkdown(std::string_view markdown);

// The Markdown as lines of plain text for a PDF: heading and emphasis marks dropped, list marks
// as bullets, one PdfLine a line.
void AppendPlainLines(std::vector<PdfLine>& lines, std::string_view markdown);

}  // namespace kenes::docs
