#pragma once

#include "core/clock.hpp"
#include "platform/db/database.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"

namespace kenes::appeals {

void RegisterAppealJobs(jobs::JobRunner& runner, db::Database& db, const Clock& clock,
                        mail::Mailer& mailer);

}  // namespace kenes::appeals
