#pragma once
// Calendar feeds of personal reception (ICS, RFC 5545): one booking as an event for its owner or
// hosts, and the public, subscribable schedule of a deputy or a maslikhat (30 days back to 400
// ahead, cancelled sessions kept with STATUS:CANCELLED so that subscribers' calendars drop them).
// The day-before reminder job lives here too.

#include <memory>
#include <string>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/reception/reception_feed_repository.hpp"
#include "features/reception/reception_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::reception {

// The reminders job: once a day at 09:00 local time it mails everyone booked for tomorrow.
inline constexpr const char* kRemindersJob = "reception.reminders";
inline constexpr int kRemindAtLocalHour = 9;

// The next 09:00 local (UTC+5) strictly after `now_ms`.
int64_t NextReminderRun(int64_t now_ms);

class ReceptionFeeds {
 public:
  ReceptionFeeds(db::Database& db, const Clock& clock,
                 std::shared_ptr<directory::DirectoryService> directory, std::string public_url)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        public_url_(std::move(public_url)) {}

  // `lang`: kk, ru or en (the summary's words and the host's name).
  Result<std::string> Booking(const Actor& actor, int64_t booking_id, const std::string& lang);
  Result<std::string> Deputy(int64_t deputy_id, const std::string& lang);
  Result<std::string> Maslikhat(int64_t maslikhat_id, const std::string& lang);

 private:
  Result<std::string> Schedule(const SessionQuery& q, const std::string& name,
                               const std::string& lang);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::string public_url_;
  ReceptionRepository repo_;
  ReceptionFeedRepository feed_repo_;
};

}  // namespace kenes::reception
