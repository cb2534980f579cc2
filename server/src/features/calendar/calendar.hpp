#pragma once
// The production calendar's rows: the exceptions to "Monday to Friday is worked" for one year, as
// the official eGov calendar publishes them (reference/domain-kz.md §7.2). Typed inside the server;
// text only at the JSON, CSV and SQL edges.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "features/calendar/working_calendar.hpp"

namespace kenes::calendar {

enum class DayKind { kNonWorking, kWorking };

std::string_view DayKindName(DayKind kind);  // "non_working", "working"
std::optional<DayKind> ParseDayKind(std::string_view name);

struct CalendarDay {
  CivilDate day;
  DayKind kind = DayKind::kNonWorking;
  std::string note;
};

// A row as it arrives from a person (JSON or CSV): text, not yet checked.
struct CalendarDayText {
  std::string day;
  std::string kind;
  std::string note;
};

inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;
inline constexpr size_t kMaxNoteChars = 200;

// Checks a year's rows and types them: each day a real date of `year`, no day twice, a worked day
// only on a Saturday or Sunday (a weekday is worked anyway), notes of at most 200 characters.
// Problems are reported by field ("days.3.kind" -> "invalid"), all at once.
Result<std::vector<CalendarDay>> ParseYear(int year, const std::vector<CalendarDayText>& rows);

// The rows of a CSV file `day,kind,note` (a header row is skipped), as the import takes it.
Result<std::vector<CalendarDayText>> ReadCalendarCsv(std::string_view csv);

// A calendar of exceptions for deadline arithmetic.
WorkingCalendar ToWorkingCalendar(const std::vector<CalendarDay>& days);

}  // namespace kenes::calendar
