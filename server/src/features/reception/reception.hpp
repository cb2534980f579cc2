#pragma once
// Personal reception of voters (личный приём): sessions a deputy or an official holds, cut into
// slots; bookings of those slots with a waitlist; the visit and the appeal it may become.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/calendar/calendar_service.hpp"

namespace kenes::reception {

using calendar::CivilDate;

enum class PlaceKind { kMaslikhat, kPartyOffice, kField, kOnline };
std::string_view PlaceKindName(PlaceKind k);
std::optional<PlaceKind> ParsePlaceKind(std::string_view s);

enum class SessionStatus { kScheduled, kCancelled };
std::string_view SessionStatusName(SessionStatus s);
std::optional<SessionStatus> ParseSessionStatus(std::string_view s);

// booked → checked_in | no_show | cancelled; waitlisted → booked (promoted) | cancelled.
enum class BookingStatus { kBooked, kWaitlisted, kCheckedIn, kNoShow, kCancelled };
std::string_view BookingStatusName(BookingStatus s);
std::optional<BookingStatus> ParseBookingStatus(std::string_view s);
// Holds a place in the session (or in its waitlist): one such booking per person per session.
bool IsActive(BookingStatus s);

struct Session {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::optional<int64_t> deputy_id;  // none: the chair's or an official's reception
  std::string host_name;             // who receives, when not a deputy of the directory
  std::string day;                   // local date, YYYY-MM-DD
  std::string starts_at, ends_at;    // local time, HH:MM
  int slot_minutes = 20;
  int capacity = 1;  // people per slot
  PlaceKind place_kind = PlaceKind::kMaslikhat;
  std::string place, address, map_url, video_url;
  SessionStatus status = SessionStatus::kScheduled;
  std::string cancel_reason;
  std::string created_at;
  int moves = 0;  // how many times it was moved: the calendar event's SEQUENCE
};

struct Booking {
  int64_t id = 0;
  int64_t session_id = 0;
  std::optional<std::string> slot;  // HH:MM; none while waitlisted
  std::optional<int64_t> user_id;   // the citizen's account; none for a phone booking or walk-in
  std::string name, email, phone;
  std::string language = "ru";
  std::string topic, description;
  BookingStatus status = BookingStatus::kBooked;
  std::optional<int64_t> booked_by;  // staff who booked by phone
  bool walk_in = false;
  // The visit.
  std::optional<int64_t> visited_at_ms;
  std::string matter, promised;
  std::optional<std::string> follow_up_on;
  std::optional<std::string> category;  // the matter's key in the categories catalog
  std::optional<int64_t> appeal_id;
  std::optional<std::string> appeal_number;
  std::string created_at;
};

// A slot of a session and how many places it still has.
struct Slot {
  std::string start, end;  // HH:MM
  int free = 0;
};

// "10:00" → 600; nullopt unless HH:MM within the day.
std::optional<int> ParseMinuteOfDay(std::string_view hhmm);
std::string FormatMinuteOfDay(int minute);

// The slot starts of a session: from starts_at, every slot_minutes, while a whole slot fits.
std::vector<std::string> SlotStarts(const Session& s);

// What is wrong with a session's times and sizes, by field; empty when it can be saved.
std::vector<std::pair<std::string, std::string>> SessionProblems(const Session& s);

// "Every second Tuesday": the weekday (1 = Monday … 7 = Sunday) and which one of the month
// (1…5), or 0 for every week.
struct Recurrence {
  CivilDate from, until;
  int weekday = 1;
  int nth = 0;
};
inline constexpr int kMaxRecurrenceDays = 366;

// The days of the rule, in order; the days the production calendar makes non-working are left out
// and listed in *skipped.
std::vector<CivilDate> RecurringDays(const Recurrence& r, const calendar::WorkingCalendar& calendar,
                                     std::vector<CivilDate>* skipped);

}  // namespace kenes::reception
