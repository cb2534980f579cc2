#pragma once
// The appeals tables. The only code that runs appeals SQL (appeal_repository_sql.cpp).

#include <optional>
#include <string>
#include <vector>

#include "features/appeals/appeal.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

struct CalendarDay {
  std::string day;   // YYYY-MM-DD
  std::string kind;  // non_working, working
  std::string note;
};

struct AppealFilter {
  std::optional<int64_t> maslikhat_id;  // staff scope
  std::optional<int64_t> deputy_id;     // deputy scope
  std::optional<int64_t> applicant_id;  // citizen scope
  std::string status, type, category, query;
  std::optional<int64_t> okrug_id, filter_deputy_id;
  std::string from, to;        // registered_on range
  std::string overdue_before;  // open appeals with due_on < this date
  int64_t after_id = 0;
  int limit = 50;
};

class AppealRepository {
 public:
  std::vector<CalendarDay> CalendarRange(db::Tx& tx, const std::string& from,
                                         const std::string& to);
  void ReplaceCalendarYear(db::Tx& tx, int year, const std::vector<CalendarDay>& days);

  // Next talon sequence for the maslikhat and year; atomic within the transaction.
  int NextSeq(db::Tx& tx, int64_t maslikhat_id, int year);
  int64_t Insert(db::Tx& tx, const Appeal& a);
  std::optional<Appeal> Find(db::Tx& tx, int64_t id);
  void Update(db::Tx& tx, const Appeal& a);
  std::vector<Appeal> List(db::Tx& tx, const AppealFilter& f);
  // The applicant's recent appeals in the maslikhat (id, subject), newest first.
  std::vector<std::pair<int64_t, std::string>> RecentSubjects(db::Tx& tx, int64_t maslikhat_id,
                                                              int64_t applicant_user_id, int limit);

  void AddEvent(db::Tx& tx, const AppealEvent& e);
  std::vector<AppealEvent> Events(db::Tx& tx, int64_t appeal_id);
};

}  // namespace kenes::appeals
