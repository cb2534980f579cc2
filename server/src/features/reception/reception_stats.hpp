#pragma once
// Reception statistics of a maslikhat: per host (a deputy, or an official by name) and month —
// sessions held, bookings, visits, no-shows, appeals registered from visits, and those appeals by
// category. The maslikhat's staff see every host; a deputy sees their own row only. The same
// figures as an XLSX sheet with words and month names in kk, ru or en.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/catalog/catalog_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/reception/reception_stats_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::reception {

// A month as a number (year × 12 + month − 1) from "YYYY-MM", and back.
std::optional<int> ParseMonth(std::string_view yyyy_mm);
std::string FormatMonth(int month);
// "Желтоқсан 2026", "Декабрь 2026", "December 2026".
std::string MonthName(int month, const std::string& language);

// A statistics span is at most this many months.
inline constexpr int kMaxStatsMonths = 24;

struct StatsRow {
  std::optional<int64_t> deputy_id;  // none: an official, named by host_name
  std::string host_name_kk, host_name_ru;
  std::string month;  // YYYY-MM
  int sessions = 0;   // held: not cancelled and their day has come
  int bookings = 0;   // places booked, not cancelled (walk-ins and the bare waitlist not counted)
  int visits = 0;     // checked in, walk-ins included
  int no_shows = 0;
  int appeals = 0;  // visits registered as appeals
  // Visits by the matter's category key: the visit's own, else its appeal's ("" = none).
  std::map<std::string, int> categories;
};

struct StatsReport {
  int64_t maslikhat_id = 0;
  std::string from, to;  // YYYY-MM
  std::vector<StatsRow> rows;
  // The installation's categories, for the words of the keys in rows.
  std::vector<catalog::Category> categories;
};

struct StatsQuery {
  std::optional<std::string> from, to;  // YYYY-MM; default: the twelve months up to this one
};

class ReceptionStatsService {
 public:
  ReceptionStatsService(db::Database& db, const Clock& clock,
                        std::shared_ptr<directory::DirectoryService> directory,
                        std::shared_ptr<appeals::AppealService> appeals)
      : db_(db), clock_(clock), directory_(std::move(directory)), appeals_(std::move(appeals)) {}

  Result<StatsReport> Stats(const Actor& actor, int64_t maslikhat_id, const StatsQuery& q);
  // The language of the XLSX without ?lang=: the signed-in person's, else Russian.
  std::string ExportLanguage(const Actor& actor) { return appeals_->ExportLanguage(actor); }

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<appeals::AppealService> appeals_;
  ReceptionStatsRepository repo_;
};

// The report as one sheet: host, month, the figures, then a column per category that occurs, and
// a total row. language: kk, ru or en. Throws on a libxlsxwriter failure.
std::string StatsXlsx(const StatsReport& report, const std::string& language);

}  // namespace kenes::reception
