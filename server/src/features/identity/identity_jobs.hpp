#pragma once

#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"
#include "platform/mail/sms.hpp"

namespace kenes::identity {

// Job kinds of this feature: each is enqueued and registered by these names only.
// Sends a one-time code by e-mail or SMS (payload: channel, to, purpose, language, code).
inline constexpr const char* kSendCodeJob = "identity.send_code";
// Sends the link that unlocks a locked account (payload: channel, to, language, link).
inline constexpr const char* kSendUnlockJob = "identity.send_unlock";

void RegisterIdentityJobs(jobs::JobRunner& runner, mail::Mailer& mailer, mail::SmsSender& sms);

}  // namespace kenes::identity
