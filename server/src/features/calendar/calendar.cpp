#include "features/calendar/calendar.hpp"

#include <set>

#include "platform/text/csv.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::calendar {

std::string_view DayKindName(DayKind kind) {
  return kind == DayKind::kWorking ? "working" : "non_working";
}

std::optional<DayKind> ParseDayKind(std::string_view name) {
  if (name == "non_working") return DayKind::kNonWorking;
  if (name == "working") return DayKind::kWorking;
  return std::nullopt;
}

Result<std::vector<CalendarDay>> ParseYear(int year, const std::vector<CalendarDayText>& rows) {
  if (year < kFirstYear || year > kLastYear) return Error::Invalid("year", "invalid");
  std::map<std::string, std::string> problems;
  std::set<int64_t> seen;
  std::vector<CalendarDay> days;
  days.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string key = "days." + std::to_string(i);
    auto day = CivilDate::Parse(rows[i].day);
    auto kind = ParseDayKind(rows[i].kind);
    if (!day || day->year != year) {
      problems[key + ".day"] = "invalid";
    } else if (!seen.insert(day->DaysSinceEpoch()).second) {
      problems[key + ".day"] = "duplicate";
    } else if (!kind || (*kind == DayKind::kWorking && day->Weekday() < 6)) {
      problems[key + ".kind"] = "invalid";
    }
    if (text::CodePoints(rows[i].note) > kMaxNoteChars) problems[key + ".note"] = "too_long";
    if (problems.empty()) days.push_back({*day, *kind, rows[i].note});
  }
  if (!problems.empty()) return Error::InvalidFields(std::move(problems));
  return days;
}

Result<std::vector<CalendarDayText>> ReadCalendarCsv(std::string_view csv) {
  auto parsed = text::ParseCsv(csv);
  if (parsed.error) return Error::Invalid("csv", *parsed.error);
  std::vector<CalendarDayText> rows;
  for (const auto& r : parsed.records) {
    if (r.fields.size() < 2 || r.fields[0] == "day") continue;  // the header
    rows.push_back({r.fields[0], r.fields[1], r.fields.size() > 2 ? r.fields[2] : ""});
  }
  return rows;
}

WorkingCalendar ToWorkingCalendar(const std::vector<CalendarDay>& days) {
  WorkingCalendar calendar;
  for (const auto& d : days) {
    if (d.kind == DayKind::kWorking)
      calendar.AddWorking(d.day);
    else
      calendar.AddNonWorking(d.day);
  }
  return calendar;
}

}  // namespace kenes::calendar
