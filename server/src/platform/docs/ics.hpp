#pragma once
// A small iCalendar writer (RFC 5545) for calendar feeds (reception, events): pure text, no I/O.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text values
// escape `\`,
// `;`, `,` and newlines. Local times carry TZID Asia/Almaty with a VTIMEZONE of UTC+05:00
// (Kazakhstan keeps one zone, UTC+5, since 1 March 2024, with no daylight saving).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::docs::ics {

struct Event {
  std::string uid;
  std::string day;         // local date, YYYY-MM-DD
  std::string start, end;  // local time, HH:MM
  std::string end_day{};   // local date of the end when not `day` (an event past midnight)
  int64_t stamp_ms = 0;    // DTSTAMP
  std::string summary, location, description, url;
  bool cancelled = false;
  int sequence = 0;
};

// A TEXT value with `\`, `;`, `,` and newlines escaped.
std::string Escape(std::string_view text);
// One content line folded at 75 octets (continuations start with a space), each part ending in
// CRLF.
std::string Fold(std::string_view line);
// A whole VCALENDAR; `name` becomes X-WR-CALNAME when not empty.
std::string Calendar(std::string_view name, const std::vector<Event>& events);

}  // namespace kenes::docs::ics
