// Forwarding a part of an appeal (docs/appeals.md "Partial forwarding"): the stored forwarding,
// held to the appeal's forwarding term, and the applicant's notice naming the body — in the
// account, by e-mail, or as a staff letter task for a paper applicant.
#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/calendar/calendar_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::appeals {

std::string AppealService::ForwardTermOf(db::Tx& tx, const Appeal& a) {
  if (!a.forward_due_on.empty()) return a.forward_due_on;
  const auto registered = CivilDate::Parse(a.registered_on);
  if (!registered) return a.registered_on;
  return calendar::CalendarService::Around(tx, *registered)
      .AddWorkingDays(*registered, kForwardWorkingDays)
      .ToString();
}

void AppealService::RecordPartForwarding(db::Tx& tx, const Appeal& a, PartForwarding p,
                                         int64_t now) {
  if (a.anonymous) {
    p.notice_channel = "none";  // nobody to tell
  } else if (a.applicant_user_id) {
    p.notice_channel = "account";
    notifications::Post(tx, *a.applicant_user_id, "forwarded_part", a.id, a.number, now);
  } else if (!a.applicant_email.empty()) {
    p.notice_channel = "email";
  } else {
    // No account and no e-mail: staff send the notice by post (or call), from a task.
    p.notice_channel = "letter";
    p.notice_task_id = AddLetterTask(tx, a, PartForwardNotice(a, p).body, now);
  }
  p.id = repo_.InsertPartForwarding(tx, p);
  if (!a.anonymous && !a.applicant_email.empty()) {
    // Only ids travel through the queue; the job reads the forwarding when it runs.
    jobs::Enqueue(tx, kNotifyJob,
                  {{"appeal_id", a.id}, {"event", "forward_part"}, {"part_forwarding_id", p.id}},
                  now);
  }
}

}  // namespace kenes::appeals
