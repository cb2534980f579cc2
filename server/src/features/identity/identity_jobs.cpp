#include "features/identity/identity_jobs.hpp"

#include "features/identity/identity_messages.hpp"

namespace kenes::identity {

void RegisterIdentityJobs(jobs::JobRunner& runner, mail::Mailer& mailer, mail::SmsSender& sms) {
  runner.Register(kSendCodeJob, [&mailer, &sms](const jobs::Job& job) {
    const auto& p = job.payload;
    CodeMessage m =
        CodeMessageFor(p.at("purpose").get<std::string>(), p.at("language").get<std::string>(),
                       p.at("code").get<std::string>());
    if (p.at("channel") == "phone") {
      sms.Send(p.at("to").get<std::string>(), m.body);
    } else {
      mailer.Send(mail::Message{p.at("to").get<std::string>(), m.subject, m.body});
    }
  });
  runner.Register(kSendUnlockJob, [&mailer, &sms](const jobs::Job& job) {
    const auto& p = job.payload;
    CodeMessage m =
        UnlockMessageFor(p.at("language").get<std::string>(), p.at("link").get<std::string>());
    if (p.at("channel") == "phone") {
      sms.Send(p.at("to").get<std::string>(), m.body);
    } else {
      mailer.Send(mail::Message{p.at("to").get<std::string>(), m.subject, m.body});
    }
  });
  runner.Register(kSendAlreadyRegisteredJob, [&mailer, &sms](const jobs::Job& job) {
    const auto& p = job.payload;
    CodeMessage m = AlreadyRegisteredMessageFor(p.at("language").get<std::string>(),
                                                p.at("site").get<std::string>());
    if (p.at("channel") == "phone") {
      sms.Send(p.at("to").get<std::string>(), m.body);
    } else {
      mailer.Send(mail::Message{p.at("to").get<std::string>(), m.subject, m.body});
    }
  });
}

}  // namespace kenes::identity
