#pragma once
// Events' use cases: one method each, one transaction each, audited writes. Events are public
// from creation; registration takes a place in the same transaction that counts it, so the last
// place goes to one person only. Registered people hear of a cancellation or a move (mail and the
// notification centre) and get a reminder the day before, once.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/events/events.hpp"
#include "features/events/events_messages.hpp"
#include "features/events/events_policy.hpp"
#include "features/events/events_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::events {

// An event as one reader sees it: one language's text, and which languages exist.
struct EventView {
  Event event{};
  std::string lang{};  // the language served
  std::vector<std::string> available{};
  std::optional<bool> mine{};  // signed-in readers: whether they are registered
};

struct EventPage {
  std::vector<EventView> items{};
  std::optional<std::string> next_cursor{};
};

enum class CalendarScope { kMaslikhat, kDeputy };

class EventService {
 public:
  EventService(db::Database& db, const Clock& clock,
               std::shared_ptr<directory::DirectoryService> directory, std::string public_url)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        public_url_(std::move(public_url)) {}

  Result<EventPage> PublicList(const EventFilter& filter, const std::string& lang, int limit);
  Result<EventView> PublicGet(const Actor& actor, int64_t id, const std::string& lang);
  // RFC 5545: 30 days back to 400 ahead, cancelled events kept with STATUS:CANCELLED.
  Result<std::string> Calendar(CalendarScope scope, int64_t id, const std::string& lang);

  Result<std::vector<EventView>> List(const Actor& actor, int64_t maslikhat_id);
  Result<EventView> Get(const Actor& actor, int64_t id);
  Result<EventView> Create(const Actor& actor, int64_t maslikhat_id, EventDraft draft);
  Result<EventView> Update(const Actor& actor, int64_t id, EventDraft draft);
  Result<EventView> Cancel(const Actor& actor, int64_t id, const std::string& reason);
  Result<EventView> Report(const Actor& actor, int64_t id, const std::string& report);

  Result<EventView> Register(const Actor& actor, int64_t id);
  Result<EventView> Unregister(const Actor& actor, int64_t id);
  Result<std::vector<Registrant>> Registrations(const Actor& actor, int64_t id);

  // The people registered for the event (they hear of its changes from events itself).
  std::vector<int64_t> RegisteredPeople(int64_t id);

  // The day-before reminders of events starting on the local `day`; how many were queued.
  int SendReminders(const std::string& day);

  static constexpr int kMaxListed = 200;
  static constexpr int kMaxPage = 100;

 private:
  std::optional<OwnDeputy> Own(const Actor& actor);
  std::string LocalNow() const;
  Status CheckDraft(int64_t maslikhat_id, EventDraft& draft);
  EventView ViewOf(Event e, const std::string& lang) const;
  // The event the actor may write, for a change in `tx`; 404 otherwise. `own` is looked up before
  // the transaction (the directory opens its own).
  Result<Event> Writable(db::Tx& tx, const Actor& actor, const std::optional<OwnDeputy>& own,
                         int64_t id);
  void Notify(db::Tx& tx, const Event& e, Notice notice, const std::string& was = "");
  void Tell(db::Tx& tx, const Event& e, const Recipient& to, Notice notice,
            const std::string& was = "");

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::string public_url_;
  EventsRepository repo_;
};

}  // namespace kenes::events
