#include "features/tasks/tasks_repository.hpp"

namespace kenes::tasks {
namespace {

constexpr const char* kColumns =
    "id, maslikhat_id, kind, subject_type, subject_id, person_name, phone, address, language, "
    "message, status, created_at, done_by, done_at, note FROM staff_tasks ";

Task TaskOf(const db::Row& r) {
  Task t;
  t.id = r.Int("id");
  t.what.maslikhat_id = r.Int("maslikhat_id");
  t.what.kind = ParseTaskKind(r.Str("kind")).value_or(TaskKind::kCall);
  t.what.subject_type = r.Str("subject_type");
  t.what.subject_id = r.Int("subject_id");
  t.what.person_name = r.Str("person_name");
  t.what.phone = r.Str("phone");
  t.what.address = r.Str("address");
  t.what.language = r.Str("language");
  t.what.message = r.Str("message");
  t.status = ParseTaskStatus(r.Str("status")).value_or(TaskStatus::kOpen);
  t.created_at = r.Str("created_at");
  t.done_by = r.OptInt("done_by");
  t.done_at = r.OptStr("done_at");
  t.note = r.Str("note");
  return t;
}

}  // namespace

int64_t TasksRepository::Insert(db::Tx& tx, const NewTask& t, const std::string& now) {
  return tx
      .QueryOne(
          "INSERT INTO staff_tasks (maslikhat_id, kind, subject_type, subject_id, person_name, "
          "phone, address, language, message, status, created_at, note) VALUES ($1, $2, $3, $4, "
          "$5, $6, $7, $8, $9, 'open', $10, '') RETURNING id",
          {t.maslikhat_id, std::string(TaskKindName(t.kind)), t.subject_type, t.subject_id,
           t.person_name, t.phone, t.address, t.language, t.message, now})
      ->Int("id");
}

std::optional<Task> TasksRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string("SELECT ") + kColumns + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return TaskOf(*r);
}

std::vector<Task> TasksRepository::List(db::Tx& tx, int64_t maslikhat_id, TaskStatus status,
                                        int limit) {
  const std::string sql = std::string("SELECT ") + kColumns +
                          "WHERE maslikhat_id = $1 AND status = $2 ORDER BY id " +
                          (status == TaskStatus::kOpen ? "ASC" : "DESC") + " LIMIT $3";
  std::vector<Task> out;
  for (const auto& r :
       tx.Query(sql, {maslikhat_id, std::string(TaskStatusName(status)), int64_t{limit}}))
    out.push_back(TaskOf(r));
  return out;
}

int64_t TasksRepository::CountOpen(db::Tx& tx, int64_t maslikhat_id) {
  return tx
      .QueryOne("SELECT COUNT(*) AS n FROM staff_tasks WHERE maslikhat_id = $1 AND status = 'open'",
                {maslikhat_id})
      ->Int("n");
}

bool TasksRepository::MarkDone(db::Tx& tx, int64_t id, int64_t by, const std::string& at,
                               const std::string& note) {
  return tx.Exec(
             "UPDATE staff_tasks SET status = 'done', done_by = $2, done_at = $3, note = $4 "
             "WHERE id = $1 AND status = 'open'",
             {id, by, at, note}) > 0;
}

}  // namespace kenes::tasks
