#include "features/events/events.hpp"

#include "features/calendar/calendar_service.hpp"

namespace kenes::events {
namespace {

constexpr std::array<std::string_view, 5> kTypeNames = {"voter_meeting", "lecture", "round_table",
                                                        "report_meeting", "online"};
constexpr std::array<std::string_view, 3> kStatusNames = {"scheduled", "cancelled", "held"};

template <class E, size_t N>
std::optional<E> Find(const std::array<std::string_view, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view EventTypeName(EventType t) { return kTypeNames.at(static_cast<size_t>(t)); }
std::optional<EventType> ParseEventType(std::string_view name) {
  return Find<EventType>(kTypeNames, name);
}
std::string_view EventStatusName(EventStatus s) { return kStatusNames.at(static_cast<size_t>(s)); }
std::optional<EventStatus> ParseEventStatus(std::string_view name) {
  return Find<EventStatus>(kStatusNames, name);
}

size_t LanguageIndex(std::string_view lang) {
  for (size_t i = 0; i < kLanguages.size(); ++i) {
    if (kLanguages[i] == lang) return i;
  }
  return 1;
}

std::optional<std::string> ParseLocalTime(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  if (!calendar::CivilDate::Parse(text.substr(0, 10))) return std::nullopt;
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!digit(11) || !digit(12) || !digit(14) || !digit(15)) return std::nullopt;
  const int hour = (text[11] - '0') * 10 + (text[12] - '0');
  const int minute = (text[14] - '0') * 10 + (text[15] - '0');
  if (hour > 23 || minute > 59) return std::nullopt;
  return std::string(text);
}

bool IsWebLink(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.substr(0, scheme.size()) != scheme) continue;
    const std::string_view rest = url.substr(scheme.size());
    if (rest.empty() || rest.front() == '/' || rest.front() == '.') return false;
    for (char c : url) {
      if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
        return false;
      }
    }
    return true;
  }
  return false;
}

size_t ServedLanguage(const EventDraft& d, std::string_view wanted) {
  const size_t first = LanguageIndex(wanted);
  if (!d.texts.at(first).title.empty()) return first;
  for (size_t i : {size_t{1}, size_t{0}, size_t{2}}) {
    if (!d.texts.at(i).title.empty()) return i;
  }
  return first;
}

}  // namespace kenes::events
