#pragma once
// The reports to voters (migration 0053), and the counts of the record they are filled in from.
// The only code that runs this feature's SQL. The counts read other features' tables (appeals,
// reception_sessions and reception_bookings, events, deputy_requests) read-only: a report sums up
// the whole record of a deputy's year, and asking four services for every row to count them would
// move the counting into C++ for no gain; what is counted is defined in voter_reports.hpp Figures.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/calendar/calendar_service.hpp"
#include "features/voter_reports/voter_reports.hpp"
#include "platform/db/database.hpp"

namespace kenes::voter_reports {

using calendar::YearBounds;

class VoterReportsRepository {
 public:
  std::optional<Report> Find(db::Tx& tx, int64_t id);
  std::optional<int64_t> FindByYear(db::Tx& tx, int64_t deputy_id, int year);
  // Newest year first; drafts too unless published_only; at most kMaxReportsListed.
  std::vector<Report> ForDeputy(db::Tx& tx, int64_t deputy_id, bool published_only);
  int64_t Insert(db::Tx& tx, const Report& r);
  void Update(db::Tx& tx, const Report& r);
  // Records the announcing post, unless one is recorded already.
  void SetPost(db::Tx& tx, int64_t id, int64_t post_id);

  // The deputy's record in the year; the appeals by category go to `by_category` (the service
  // names and orders them).
  Figures Count(db::Tx& tx, int64_t deputy_id, const YearBounds& b,
                std::map<std::string, CategoryFigures>& by_category);
};

}  // namespace kenes::voter_reports
