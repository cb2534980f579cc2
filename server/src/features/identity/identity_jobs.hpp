#pragma once

#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"
#include "platform/mail/sms.hpp"

namespace kenes::identity {

void RegisterIdentityJobs(jobs::JobRunner& runner, mail::Mailer& mailer, mail::SmsSender& sms);

}  // namespace kenes::identity
