#include <string>

#include "features/calendar/calendar_repository.hpp"

namespace kenes::calendar {

std::vector<CalendarDay> CalendarRepository::Range(db::Tx& tx, CivilDate from, CivilDate to) {
  std::vector<CalendarDay> out;
  for (const auto& r : tx.Query(
           "SELECT day, kind, note FROM calendar_days WHERE day >= $1 AND day <= $2 ORDER BY day",
           {from.ToString(), to.ToString()})) {
    auto day = CivilDate::Parse(r.Str("day"));
    auto kind = ParseDayKind(r.Str("kind"));
    if (day && kind) out.push_back({*day, *kind, r.Str("note")});
  }
  return out;
}

void CalendarRepository::ReplaceYear(db::Tx& tx, int year, const std::vector<CalendarDay>& days) {
  const std::string y = std::to_string(year);
  tx.Exec("DELETE FROM calendar_days WHERE day >= $1 AND day <= $2", {y + "-01-01", y + "-12-31"});
  for (const auto& d : days) {
    tx.Exec("INSERT INTO calendar_days (day, kind, note) VALUES ($1, $2, $3)",
            {d.day.ToString(), std::string(DayKindName(d.kind)), d.note});
  }
}

std::map<int, int> CalendarRepository::RowsPerYear(db::Tx& tx) {
  std::map<int, int> out;
  for (const auto& r :
       tx.Query("SELECT substr(day, 1, 4) AS year, COUNT(*) AS n FROM calendar_days "
                "GROUP BY substr(day, 1, 4)")) {
    out[std::stoi(r.Str("year"))] = static_cast<int>(r.Int("n"));
  }
  return out;
}

}  // namespace kenes::calendar
