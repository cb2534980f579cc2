#pragma once
// Staff tasks in the `staff_tasks` table (migration 0018).

#include <optional>
#include <string>
#include <vector>

#include "features/tasks/tasks.hpp"
#include "platform/db/database.hpp"

namespace kenes::tasks {

class TasksRepository {
 public:
  int64_t Insert(db::Tx& tx, const NewTask& t, const std::string& now);
  std::optional<Task> Find(db::Tx& tx, int64_t id);
  // Open tasks oldest first (the longest waiting on top), done ones newest first.
  std::vector<Task> List(db::Tx& tx, int64_t maslikhat_id, TaskStatus status, int limit);
  int64_t CountOpen(db::Tx& tx, int64_t maslikhat_id);
  // False when the task was done already (by someone else a moment ago).
  bool MarkDone(db::Tx& tx, int64_t id, int64_t by, const std::string& at, const std::string& note);
};

}  // namespace kenes::tasks
