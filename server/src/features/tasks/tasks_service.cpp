#include "features/tasks/tasks_service.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/tasks/tasks_letter.hpp"
#include "features/tasks/tasks_policy.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::tasks {

int64_t AddTask(db::Tx& tx, const NewTask& task, int64_t now_ms) {
  return TasksRepository().Insert(tx, task, FormatIsoUtc(now_ms));
}

std::optional<Task> FindTask(db::Tx& tx, int64_t id) { return TasksRepository().Find(tx, id); }

Result<TaskList> TaskService::List(const Actor& actor, int64_t maslikhat_id, TaskStatus status) {
  if (!TasksPolicy::MayWork(actor, maslikhat_id)) return Error::NotFound();
  return db_.Read([&](db::Tx& tx) -> Result<TaskList> {
    return TaskList{repo_.List(tx, maslikhat_id, status, kMaxListed),
                    repo_.CountOpen(tx, maslikhat_id)};
  });
}

Result<Task> TaskService::Done(const Actor& actor, int64_t id, const std::string& note) {
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Task> {
    auto t = repo_.Find(tx, id);
    if (!t || !TasksPolicy::MayWork(actor, t->what.maslikhat_id)) return Error::NotFound();
    if (!repo_.MarkDone(tx, id, *actor.user_id, FormatIsoUtc(now), note)) {
      Error e = Error::Of(ErrorCode::kConflict, "already_done");
      e.fields.emplace("status", "already_done");
      return e;
    }
    audit::Record(tx, actor, {"task.done", "staff_task", id, "{}"}, now);
    return *repo_.Find(tx, id);
  });
}

Result<std::string> TaskService::LetterPdf(const Actor& actor, int64_t id) {
  const int64_t now = clock_.NowMs();
  auto task = db_.Write([&](db::Tx& tx) -> Result<Task> {
    auto t = repo_.Find(tx, id);
    if (!t || !TasksPolicy::MayWork(actor, t->what.maslikhat_id)) return Error::NotFound();
    // The letter shows the person's name and address: who printed it is on record.
    audit::Record(tx, actor, {"task.letter_printed", "staff_task", id, "{}"}, now);
    return *t;
  });
  if (!task.ok()) return task.error();
  LetterFacts facts;
  facts.today = calendar::LocalDate(now).ToString();
  // Names from other features, read outside this feature's transaction.
  if (auto m = directory_->GetMaslikhat(Actor{}, task->what.maslikhat_id); m.ok()) {
    const bool kk = task->what.language == "kk" && !m->maslikhat.name_kk.empty();
    facts.maslikhat = kk ? m->maslikhat.name_kk : m->maslikhat.name_ru;
  }
  if (auto me = identity_->Me(actor); me.ok()) facts.official = me->display_name;
  return docs::RenderPdf(LetterTitle(task->what.language), LetterLines(*task, facts));
}

}  // namespace kenes::tasks
