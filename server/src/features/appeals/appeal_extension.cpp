// Extending an appeal's term: who decided (read from identity and the directory before the
// transaction), the stored decision, and the applicant's notice, tracked until it is sent
// (docs/appeals-deadlines.md rule 6).
#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "features/tasks/tasks_service.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::appeals {

std::optional<int64_t> AppealService::ChairOf(std::optional<int64_t> acting_deputy) {
  if (!acting_deputy) return std::nullopt;
  auto d = directory_->GetDeputy(Actor{}, *acting_deputy);
  if (!d.ok()) return std::nullopt;
  auto m = directory_->GetMaslikhat(Actor{}, d->deputy.maslikhat_id);
  if (!m.ok() || m->maslikhat.chair_deputy_id != acting_deputy) return std::nullopt;
  return m->maslikhat.id;
}

std::string AppealService::DeciderName(const Actor& actor, std::optional<int64_t> acting_deputy) {
  if (auto me = identity_->Me(actor); me.ok() && !me->display_name.empty()) {
    return me->display_name;
  }
  if (acting_deputy) {
    if (auto d = directory_->GetDeputy(Actor{}, *acting_deputy); d.ok()) {
      return d->deputy.full_name_ru;
    }
  }
  return "";
}

void AppealService::RecordExtension(db::Tx& tx, const Appeal& a, Extension e, int64_t now) {
  const CivilDate today = LocalDate(now);
  e.notice_due_on = calendar::CalendarService::Around(tx, today)
                        .AddWorkingDays(today, kExtensionNoticeWorkingDays)
                        .ToString();
  if (a.anonymous) {
    e.notice_channel = "none";  // nobody to tell
  } else if (a.applicant_user_id) {
    e.notice_channel = "account";
    e.notice_sent_at = FormatIsoUtc(now);
    notifications::Post(tx, *a.applicant_user_id, "extended", a.id, a.number, now);
  } else if (!a.applicant_email.empty()) {
    e.notice_channel = "email";  // sent (and marked) by the notify job
  } else {
    // No account and no e-mail: staff send the notice by post (or hand it over), from a task.
    e.notice_channel = "letter";
    e.notice_task_id = AddLetterTask(tx, a, ExtensionNotice(a, e).body, now);
  }
  e.id = repo_.InsertExtension(tx, e);
  if (!a.anonymous && !a.applicant_email.empty()) {
    // Only ids travel through the queue; the job reads the decision when it runs.
    jobs::Enqueue(tx, kNotifyJob,
                  {{"appeal_id", a.id}, {"event", "extend"}, {"extension_id", e.id}}, now);
  }
}

int64_t AppealService::AddLetterTask(db::Tx& tx, const Appeal& a, const std::string& message,
                                     int64_t now) {
  tasks::NewTask t;
  t.maslikhat_id = a.maslikhat_id;
  t.kind = a.applicant_address.empty() && !a.applicant_phone.empty() ? tasks::TaskKind::kCall
                                                                     : tasks::TaskKind::kLetter;
  t.subject_type = "appeal";
  t.subject_id = a.id;
  t.person_name = a.applicant_name;
  t.phone = a.applicant_phone;
  t.address = a.applicant_address;
  t.language = a.language;
  t.message = message;
  return tasks::AddTask(tx, t, now);
}

std::vector<Extension> ExtensionsOf(db::Tx& tx, int64_t appeal_id, int64_t now_ms) {
  std::vector<Extension> out = AppealRepository().Extensions(tx, appeal_id);
  const std::string today = LocalDate(now_ms).ToString();
  for (auto& e : out) {
    if (!e.notice_sent_at && e.notice_task_id) {
      auto task = tasks::FindTask(tx, *e.notice_task_id);
      if (task && task->status == tasks::TaskStatus::kDone) e.notice_sent_at = task->done_at;
    }
    e.notice_overdue = e.notice_channel != "none" && !e.notice_sent_at && today > e.notice_due_on;
  }
  return out;
}

}  // namespace kenes::appeals
