#pragma once
// Deadline control: the due-soon / overdue dashboard by handler, and reminders — e-mail to the
// handling deputy before the deadline and to the maslikhat's staff once it is overdue. Each
// reminder is recorded, so it goes out once even if the job runs again after a restart.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "features/directory/directory_service.hpp"
#include "features/identity/identity_service.hpp"
#include "platform/db/database.hpp"
#include "platform/mail/mailer.hpp"

namespace kenes::appeals {

struct HandlerLoad {
  std::optional<int64_t> deputy_id, commission_id;  // both empty: the apparatus
  int open = 0;
  int due_soon = 0;  // due within kDueSoonWorkingDays
  int overdue = 0;
  int forward_due_soon = 0;  // awaiting forwarding, its term within kForwardDueSoonWorkingDays
  int forward_overdue = 0;   // awaiting forwarding past forward_due_on
};

inline constexpr int64_t kReminderEveryMs = int64_t{60} * 60 * 1000;

class DeadlineService {
 public:
  DeadlineService(db::Database& db, const Clock& clock,
                  std::shared_ptr<directory::DirectoryService> directory,
                  std::shared_ptr<identity::IdentityService> identity)
      : db_(db), clock_(clock), directory_(std::move(directory)), identity_(std::move(identity)) {}

  Result<std::vector<HandlerLoad>> Dashboard(const Actor& actor, int64_t maslikhat_id);
  // Queues the reminders due now (each once, with its e-mail in the same transaction); returns
  // how many were queued.
  int RunReminders();
  // Makes sure one reminder job is queued (at start-up and after each run).
  void ScheduleReminders(int64_t run_at_ms);

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<identity::IdentityService> identity_;
  AppealRepository repo_;
};

}  // namespace kenes::appeals
