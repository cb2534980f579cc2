#pragma once
// Events and registrations in the `events` and `event_registrations` tables (migration 0028).

#include <optional>
#include <string>
#include <vector>

#include "features/events/events.hpp"
#include "platform/db/database.hpp"

namespace kenes::events {

// Which events a public list or a calendar shows, by start; `after` is the cursor (the last
// item's starts_at and id). `from`/`to` are local days, inclusive.
struct EventFilter {
  std::optional<int64_t> maslikhat_id{}, deputy_id{}, okrug_id{};
  std::optional<EventType> type{};
  std::optional<std::string> from{}, to{};
  std::optional<std::string> after_at{};
  int64_t after_id = 0;
};

// A registration as staff see it (personal data: never logged).
struct Registrant {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string name{}, email{}, language{};
  std::string created_at{};
};

// Whom a notice goes to.
struct Recipient {
  int64_t registration_id = 0;
  int64_t user_id = 0;
  std::string email{}, language{};
};

class EventsRepository {
 public:
  int64_t Insert(db::Tx& tx, int64_t maslikhat_id, const EventDraft& d,
                 std::optional<int64_t> created_by, const std::string& now);
  // `moved`: the time or the place changed, so subscribers' calendars get a new SEQUENCE.
  void Update(db::Tx& tx, int64_t id, const EventDraft& d, bool moved, const std::string& now);
  void Cancel(db::Tx& tx, int64_t id, const std::string& reason, const std::string& now);
  void Report(db::Tx& tx, int64_t id, const std::string& report, const std::string& html,
              const std::string& now);
  std::optional<Event> Find(db::Tx& tx, int64_t id);
  std::vector<Event> List(db::Tx& tx, const EventFilter& f, int limit);
  // Every status, newest start first; only `deputy_id`'s events when given.
  std::vector<Event> ListAll(db::Tx& tx, int64_t maslikhat_id, std::optional<int64_t> deputy_id,
                             int limit);

  // Takes a place when one is free (or there is no limit); false when the event is full.
  bool TakePlace(db::Tx& tx, int64_t event_id);
  void FreePlace(db::Tx& tx, int64_t event_id);
  // The person's active registration of the event.
  std::optional<int64_t> ActiveRegistration(db::Tx& tx, int64_t event_id, int64_t user_id);
  // In the language of the person's account (their mail's language).
  int64_t InsertRegistration(db::Tx& tx, int64_t event_id, int64_t user_id, const std::string& now);
  void CancelRegistration(db::Tx& tx, int64_t registration_id, const std::string& now);
  std::vector<Registrant> Registrants(db::Tx& tx, int64_t event_id);
  std::vector<Recipient> Recipients(db::Tx& tx, int64_t event_id);
  // Active registrations of scheduled events starting on the local `day`, not yet reminded.
  std::vector<std::pair<int64_t, Recipient>> DueReminders(db::Tx& tx, const std::string& day);
  // False when another run got there first.
  bool MarkReminded(db::Tx& tx, int64_t registration_id, const std::string& now);
};

}  // namespace kenes::events
