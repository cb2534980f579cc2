#pragma once
// Staff tasks: listed and marked done by the maslikhat's staff; created by other features (the
// reception's cancel and move today, appeals next) inside their own transaction through AddTask,
// so the task exists exactly when the event that calls for it does.

#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/tasks/tasks.hpp"
#include "features/tasks/tasks_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::tasks {

struct TaskList {
  std::vector<Task> items;
  int64_t open = 0;  // every open task of the maslikhat, whatever the filter
};

// For another feature's use case, inside its transaction. Returns the task's id. Nothing of the
// person (name, phone, address, message) is logged or audited.
int64_t AddTask(db::Tx& tx, const NewTask& task, int64_t now_ms);
// The task as it is now, for the feature that asked for it (has the letter gone out?). No access
// check: the caller shows only what its own policy allows.
std::optional<Task> FindTask(db::Tx& tx, int64_t id);

class TaskService {
 public:
  TaskService(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // At most kMaxListed tasks; another maslikhat's staff get 404 as if it did not exist.
  Result<TaskList> List(const Actor& actor, int64_t maslikhat_id, TaskStatus status);
  // Marks an open task done with an optional note; a task done already is 409.
  Result<Task> Done(const Actor& actor, int64_t id, const std::string& note);

  static constexpr int kMaxListed = 200;

 private:
  db::Database& db_;
  const Clock& clock_;
  TasksRepository repo_;
};

}  // namespace kenes::tasks
