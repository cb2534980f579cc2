#include "features/appeals/appeal_jobs.hpp"

#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "features/notifications/inbox_service.hpp"

namespace kenes::appeals {

void RegisterAppealJobs(jobs::JobRunner& runner, db::Database& db, const Clock& clock,
                        mail::Mailer& mailer) {
  runner.Register(kNotifyJob, [&db, &clock, &mailer](const jobs::Job& job) {
    AppealRepository repo;
    const int64_t appeal_id = job.payload.at("appeal_id").get<int64_t>();
    const std::string event = job.payload.at("event").get<std::string>();
    std::optional<Appeal> appeal;
    if (event == "feedback_ask") {
      // The later question "was it solved?": moot once the person has answered it or the case
      // was reopened. Asked in the account too; both decided in one transaction.
      db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
        appeal = repo.Find(tx, appeal_id);
        if (!appeal || appeal->feedback_solved ||
            (appeal->status != AppealStatus::kAnswered &&
             appeal->status != AppealStatus::kClosed)) {
          appeal.reset();
          return false;
        }
        if (appeal->applicant_user_id) {
          notifications::Post(tx, *appeal->applicant_user_id, "feedback_asked", appeal->id,
                              appeal->number, clock.NowMs());
        }
        return true;
      });
    } else if (event == "extend" && job.payload.contains("extension_id")) {
      // The decision's notice: its reason and dates, then marked sent (tracked: rule 6).
      const int64_t extension_id = job.payload.at("extension_id").get<int64_t>();
      std::optional<Extension> extension;
      db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
        appeal = repo.Find(tx, appeal_id);
        extension = repo.FindExtension(tx, extension_id);
        return true;
      });
      if (!appeal || !extension || appeal->applicant_email.empty()) return;
      Notice n = ExtensionNotice(*appeal, *extension);
      mailer.Send(mail::Message{appeal->applicant_email, n.subject, n.body});
      db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
        repo.MarkExtensionNoticeSent(tx, extension_id, FormatIsoUtc(clock.NowMs()));
        return true;
      });
      return;
    } else if (event == "forward_part" && job.payload.contains("part_forwarding_id")) {
      // A part went to another body: the notice names it, the part and the reason.
      const int64_t part_id = job.payload.at("part_forwarding_id").get<int64_t>();
      std::optional<PartForwarding> part;
      db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
        appeal = repo.Find(tx, appeal_id);
        part = repo.FindPartForwarding(tx, part_id);
        return true;
      });
      if (!appeal || !part || appeal->applicant_email.empty()) return;
      Notice n = PartForwardNotice(*appeal, *part);
      mailer.Send(mail::Message{appeal->applicant_email, n.subject, n.body});
      return;
    } else if (event == "leave") {
      // The ground is on the appeal; staff's explanation is the reason of its `leave` event.
      std::string explanation;
      db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
        appeal = repo.Find(tx, appeal_id);
        for (const auto& e : repo.Events(tx, appeal_id)) {
          if (e.action == EventKind::kLeave) explanation = e.reason;
        }
        return true;
      });
      if (!appeal || appeal->applicant_email.empty()) return;
      Notice n = LeaveNotice(*appeal, explanation);
      mailer.Send(mail::Message{appeal->applicant_email, n.subject, n.body});
      return;
    } else {
      db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
        appeal = repo.Find(tx, appeal_id);
        return true;
      });
    }
    if (!appeal || appeal->applicant_email.empty()) return;  // nothing to send: done
    const std::string forward_to = job.payload.value("forward_to", std::string());
    Notice n = NoticeFor(*appeal, event, forward_to);
    mailer.Send(mail::Message{appeal->applicant_email, n.subject, n.body});
  });
}

}  // namespace kenes::appeals
