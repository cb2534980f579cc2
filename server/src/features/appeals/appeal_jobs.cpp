#include "features/appeals/appeal_jobs.hpp"

#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_repository.hpp"

namespace kenes::appeals {

void RegisterAppealJobs(jobs::JobRunner& runner, db::Database& db, mail::Mailer& mailer) {
  runner.Register("appeals.notify", [&db, &mailer](const jobs::Job& job) {
    AppealRepository repo;
    std::optional<Appeal> appeal;
    db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
      appeal = repo.Find(tx, job.payload.at("appeal_id").get<int64_t>());
      return true;
    });
    if (!appeal || appeal->applicant_email.empty()) return;  // nothing to send: done
    const std::string event = job.payload.at("event").get<std::string>();
    // The second question is moot once the person has answered it or the case was reopened.
    if (event == "feedback_ask" &&
        (appeal->feedback_solved || (appeal->status != "answered" && appeal->status != "closed"))) {
      return;
    }
    Notice n = NoticeFor(*appeal, job.payload.at("event").get<std::string>());
    mailer.Send(mail::Message{appeal->applicant_email, n.subject, n.body});
  });
}

}  // namespace kenes::appeals
