#include "features/voter_reports/voter_reports.hpp"

namespace kenes::voter_reports {

std::string_view StateName(ReportState s) {
  return s == ReportState::kPublished ? "published" : "draft";
}

std::optional<ReportState> ParseState(std::string_view name) {
  if (name == "draft") return ReportState::kDraft;
  if (name == "published") return ReportState::kPublished;
  return std::nullopt;
}

}  // namespace kenes::voter_reports
