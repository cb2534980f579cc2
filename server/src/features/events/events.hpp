#pragma once
// An event of a maslikhat: a meeting with voters, a lecture in a school, library or party office, a
// round table, a report meeting or an online event; optionally organised by one of its deputies
// and tied to an okrug or a commission. Times are the maslikhat's local time (UTC+5, as reception
// keeps them), "YYYY-MM-DDTHH:MM", so they sort as text and print without conversion.
// scheduled → cancelled, or → held once its report is written.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::events {

enum class EventType { kVoterMeeting, kLecture, kRoundTable, kReportMeeting, kOnline };
enum class EventStatus { kScheduled, kCancelled, kHeld };

std::string_view EventTypeName(EventType t);  // "voter_meeting", "lecture", ...
std::optional<EventType> ParseEventType(std::string_view name);
std::string_view EventStatusName(EventStatus s);  // "scheduled", "cancelled", "held"
std::optional<EventStatus> ParseEventStatus(std::string_view name);

inline constexpr size_t kMaxTitleChars = 200;
inline constexpr size_t kMaxDescriptionChars = 20000;
inline constexpr size_t kMaxReportChars = 20000;
inline constexpr size_t kMaxPlaceChars = 300;
inline constexpr size_t kMaxUrlChars = 500;
inline constexpr int64_t kMaxCapacity = 100000;

// Kazakh, Russian, English: an empty title means the event has no version in that language.
inline constexpr std::array<std::string_view, 3> kLanguages = {"kk", "ru", "en"};
size_t LanguageIndex(std::string_view lang);  // kk 0, ru 1, en 2; anything else → ru

struct EventText {
  std::string title{}, description{};
  std::string description_html{};  // rendered when saved
};

// What the organisers set.
struct EventDraft {
  EventType type = EventType::kVoterMeeting;
  std::optional<int64_t> deputy_id{}, okrug_id{}, commission_id{};
  std::string starts_at{}, ends_at{};  // local "YYYY-MM-DDTHH:MM"
  std::string place{};                 // address text; may be empty for an online event
  std::string online_url{};            // http(s); empty when none
  std::optional<int64_t> capacity{};   // none: no limit
  std::array<EventText, 3> texts{};    // by LanguageIndex
};

struct Event {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  EventDraft draft{};
  EventStatus status = EventStatus::kScheduled;
  std::string cancel_reason{};
  int64_t sequence = 0;    // bumped on every change subscribers' calendars must see (ICS SEQUENCE)
  int64_t registered = 0;  // active registrations
  std::string report{}, report_html{};
  std::string created_at{}, updated_at{};
};

// "2026-12-05T18:30" → itself when it is a real local date and time; nullopt otherwise.
std::optional<std::string> ParseLocalTime(std::string_view text);
// Only http and https links with a host.
bool IsWebLink(std::string_view url);
// The language served for `wanted`: that one, else the first the event has of ru, kk, en.
size_t ServedLanguage(const EventDraft& d, std::string_view wanted);

}  // namespace kenes::events
