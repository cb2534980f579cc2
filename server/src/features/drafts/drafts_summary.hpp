#pragma once
// The discussion's summary table (paragraph, comment, author type, decision, reason) as XLSX and
// PDF, in the reader's language: words and local dates (15.04.2026), never codes. Comments hidden
// by moderation are left out.

#include <string>

#include "features/drafts/drafts_service.hpp"

namespace kenes::drafts {

// `act_line` names the adopted act ("№ 12-3 от 01.12.2026"), or is empty.
std::string SummaryXlsx(const DiscussionView& v, const std::string& language);
std::string SummaryPdf(const DiscussionView& v, const std::string& language,
                       const std::string& act_line);

// "2026-04-15" or "2026-04-15T…" → "15.04.2026"; anything else as it is.
std::string LocalDate(const std::string& iso);

}  // namespace kenes::drafts
