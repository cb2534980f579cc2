#pragma once

#include "core/clock.hpp"
#include "platform/db/database.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"

namespace kenes::appeals {

// Job kinds of this feature: each is enqueued and registered by these names only.
// Tells the applicant of an event on their appeal by e-mail (payload: appeal_id, event).
inline constexpr const char* kNotifyJob = "appeals.notify";
// Writes the search terms of newly filed appeals; runs on its own lane.
inline constexpr const char* kIndexJob = "appeals.index";
// Sends the due-soon and overdue reminders, then queues itself again.
inline constexpr const char* kRemindersJob = "appeals.reminders";

void RegisterAppealJobs(jobs::JobRunner& runner, db::Database& db, const Clock& clock,
                        mail::Mailer& mailer);

}  // namespace kenes::appeals
