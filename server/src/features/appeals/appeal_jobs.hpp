#pragma once

#include "platform/db/database.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"

namespace kenes::appeals {

void RegisterAppealJobs(jobs::JobRunner& runner, db::Database& db, mail::Mailer& mailer);

}  // namespace kenes::appeals
