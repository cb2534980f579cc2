#pragma once
// The annual reports and their versions (migration 0060), and the counts of the record they are
// filled in from. The only code that runs this feature's SQL. Versions are inserted, never
// updated. The counts read other features' tables (sittings and their agenda and decisions,
// legal_acts, draft_discussions and draft_comments, appeals, reception_sessions, events)
// read-only, as the deputy's report to voters does: a report sums up a whole year of the record,
// and asking seven services for every row only to count it would gain nothing. What is counted is
// defined in docs/annual-reports.md.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/annual_reports/annual_reports.hpp"
#include "features/calendar/calendar_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::annual_reports {

class AnnualReportsRepository {
 public:
  std::optional<Report> Find(db::Tx& tx, int64_t id);
  std::optional<int64_t> FindBySubject(db::Tx& tx, int64_t maslikhat_id,
                                       const std::optional<int64_t>& commission_id, int year);
  // Newest year first, the maslikhat's own before its commissions'; one commission's only when
  // `commission_id` is set; at most kMaxReportsListed.
  std::vector<Report> ForMaslikhat(db::Tx& tx, int64_t maslikhat_id,
                                   const std::optional<int64_t>& commission_id);
  int64_t Insert(db::Tx& tx, const Report& r);
  // The working copy and updated_at.
  void UpdateDraft(db::Tx& tx, const Report& r);
  // Adds version `v.number` and makes it the report's latest (with its publication time).
  void AddVersion(db::Tx& tx, int64_t id, const Version& v);
  std::optional<Version> FindVersion(db::Tx& tx, int64_t id, int number);
  std::vector<VersionSummary> Versions(db::Tx& tx, int64_t id);  // newest first
  // Records the announcing post, unless one is recorded already.
  void SetPost(db::Tx& tx, int64_t id, int64_t post_id);

  // The maslikhat's record in the year; the appeals by category go to `by_category`.
  Figures CountMaslikhat(db::Tx& tx, int64_t maslikhat_id, const calendar::YearBounds& b,
                         std::map<std::string, CategoryFigures>& by_category);
  Figures CountCommission(db::Tx& tx, int64_t commission_id, const calendar::YearBounds& b);
};

}  // namespace kenes::annual_reports
