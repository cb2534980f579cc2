#include "platform/docs/ics.hpp"

#include <ctime>

namespace kenes::docs::ics {
namespace {

constexpr size_t kMaxOctets = 75;

// "2026-12-02", "10:00" → "20261202T100000".
std::string LocalStamp(const std::string& day, const std::string& hhmm) {
  std::string out;
  for (char c : day)
    if (c != '-') out += c;
  out += 'T';
  for (char c : hhmm)
    if (c != ':') out += c;
  return out + "00";
}

std::string UtcStamp(int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[20];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

}  // namespace

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string Fold(std::string_view line) {
  std::string out;
  size_t used = 0;  // octets on the current physical line
  size_t i = 0;
  while (i < line.size()) {
    // The whole UTF-8 character: a lead byte and its continuation bytes.
    size_t len = 1;
    while (i + len < line.size() && (static_cast<unsigned char>(line[i + len]) & 0xC0) == 0x80)
      ++len;
    if (used + len > kMaxOctets) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, len));
    used += len;
    i += len;
  }
  return out + "\r\n";
}

std::string Calendar(std::string_view name, const std::vector<Event>& events) {
  std::string out;
  auto line = [&out](std::string_view l) { out += Fold(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Kenes//Calendar//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  if (!name.empty()) line("X-WR-CALNAME:" + Escape(name));
  line("X-WR-TIMEZONE:Asia/Almaty");
  line("BEGIN:VTIMEZONE");
  line("TZID:Asia/Almaty");
  line("BEGIN:STANDARD");
  line("DTSTART:20240301T000000");
  line("TZOFFSETFROM:+0500");
  line("TZOFFSETTO:+0500");
  line("TZNAME:+05");
  line("END:STANDARD");
  line("END:VTIMEZONE");
  for (const auto& e : events) {
    line("BEGIN:VEVENT");
    line("UID:" + e.uid);
    line("DTSTAMP:" + UtcStamp(e.stamp_ms));
    line("DTSTART;TZID=Asia/Almaty:" + LocalStamp(e.day, e.start));
    line("DTEND;TZID=Asia/Almaty:" + LocalStamp(e.end_day.empty() ? e.day : e.end_day, e.end));
    line("SEQUENCE:" + std::to_string(e.sequence));
    line("SUMMARY:" + Escape(e.summary));
    if (!e.location.empty()) line("LOCATION:" + Escape(e.location));
    if (!e.description.empty()) line("DESCRIPTION:" + Escape(e.description));
    if (!e.url.empty()) line("URL:" + e.url);
    line(std::string("STATUS:") + (e.cancelled ? "CANCELLED" : "CONFIRMED"));
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace kenes::docs::ics
