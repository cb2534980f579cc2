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
// Tells the owner of a login that someone registered with it (payload: channel, to, language,
// site).
inline constexpr const char* kSendAlreadyRegisteredJob = "identity.send_already_registered";

void RegisterIdentityJobs(jobs::JobRunner& runner, mail::Mailer& mailer, mail::SmsSender& sms);

}  // namespace kenes::identity
