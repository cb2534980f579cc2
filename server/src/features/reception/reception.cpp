#include "features/reception/reception.hpp"

#include <array>
#include <cstdio>
#include <utility>

namespace kenes::reception {
namespace {

template <class E, size_t N>
std::optional<E> ParseName(std::string_view s,
                           const std::array<std::pair<E, std::string_view>, N>& t) {
  for (const auto& [value, name] : t) {
    if (name == s) return value;
  }
  return std::nullopt;
}

template <class E, size_t N>
std::string_view NameOf(E e, const std::array<std::pair<E, std::string_view>, N>& t) {
  for (const auto& [value, name] : t) {
    if (value == e) return name;
  }
  return {};
}

constexpr std::array<std::pair<PlaceKind, std::string_view>, 4> kPlaceKinds{{
    {PlaceKind::kMaslikhat, "maslikhat"},
    {PlaceKind::kPartyOffice, "party_office"},
    {PlaceKind::kField, "field"},
    {PlaceKind::kOnline, "online"},
}};
constexpr std::array<std::pair<SessionStatus, std::string_view>, 2> kSessionStatuses{{
    {SessionStatus::kScheduled, "scheduled"},
    {SessionStatus::kCancelled, "cancelled"},
}};
constexpr std::array<std::pair<BookingStatus, std::string_view>, 5> kBookingStatuses{{
    {BookingStatus::kBooked, "booked"},
    {BookingStatus::kWaitlisted, "waitlisted"},
    {BookingStatus::kCheckedIn, "checked_in"},
    {BookingStatus::kNoShow, "no_show"},
    {BookingStatus::kCancelled, "cancelled"},
}};

}  // namespace

std::string_view PlaceKindName(PlaceKind k) { return NameOf(k, kPlaceKinds); }
std::optional<PlaceKind> ParsePlaceKind(std::string_view s) { return ParseName(s, kPlaceKinds); }
std::string_view SessionStatusName(SessionStatus s) { return NameOf(s, kSessionStatuses); }
std::optional<SessionStatus> ParseSessionStatus(std::string_view s) {
  return ParseName(s, kSessionStatuses);
}
std::string_view BookingStatusName(BookingStatus s) { return NameOf(s, kBookingStatuses); }
std::optional<BookingStatus> ParseBookingStatus(std::string_view s) {
  return ParseName(s, kBookingStatuses);
}

bool IsActive(BookingStatus s) {
  return s == BookingStatus::kBooked || s == BookingStatus::kWaitlisted ||
         s == BookingStatus::kCheckedIn;
}

std::optional<int> ParseMinuteOfDay(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4}) {
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
  }
  const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string FormatMinuteOfDay(int minute) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", (minute / 60) % 24, minute % 60);
  return buf;
}

std::vector<std::string> SlotStarts(const Session& s) {
  std::vector<std::string> out;
  auto from = ParseMinuteOfDay(s.starts_at);
  auto to = ParseMinuteOfDay(s.ends_at);
  if (!from || !to || s.slot_minutes <= 0) return out;
  for (int m = *from; m + s.slot_minutes <= *to; m += s.slot_minutes) {
    out.push_back(FormatMinuteOfDay(m));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> SessionProblems(const Session& s) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!CivilDate::Parse(s.day)) out.emplace_back("day", "invalid");
  auto from = ParseMinuteOfDay(s.starts_at);
  auto to = ParseMinuteOfDay(s.ends_at);
  if (!from) out.emplace_back("starts_at", "invalid");
  if (!to) out.emplace_back("ends_at", "invalid");
  if (from && to && *to <= *from) out.emplace_back("ends_at", "before_start");
  // Five minutes is the least a person can be heard in; a whole day is the most one slot holds.
  if (s.slot_minutes < 5 || s.slot_minutes > 480) out.emplace_back("slot_minutes", "out_of_range");
  if (s.capacity < 1 || s.capacity > 50) out.emplace_back("capacity", "out_of_range");
  if (from && to && *to > *from && s.slot_minutes >= 5 && SlotStarts(s).empty()) {
    out.emplace_back("slot_minutes", "longer_than_session");
  }
  if (s.place_kind == PlaceKind::kOnline && s.video_url.empty()) {
    out.emplace_back("video_url", "required");
  }
  if (s.place_kind != PlaceKind::kOnline && s.place.empty()) out.emplace_back("place", "required");
  for (const auto* url : {&s.map_url, &s.video_url}) {
    if (!url->empty() && url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0) {
      out.emplace_back(url == &s.map_url ? "map_url" : "video_url", "invalid");
    }
  }
  return out;
}

std::vector<CivilDate> RecurringDays(const Recurrence& r, const calendar::WorkingCalendar& calendar,
                                     std::vector<CivilDate>* skipped) {
  std::vector<CivilDate> out;
  for (CivilDate d = r.from; d <= r.until; d = d.AddDays(1)) {
    if (d.Weekday() != r.weekday) continue;
    // The nth such weekday of its month: the 1st falls on days 1–7, the 2nd on 8–14, …
    if (r.nth > 0 && (d.day - 1) / 7 + 1 != r.nth) continue;
    if (calendar.IsWorkingDay(d)) {
      out.push_back(d);
    } else if (skipped) {
      skipped->push_back(d);
    }
  }
  return out;
}

}  // namespace kenes::reception
