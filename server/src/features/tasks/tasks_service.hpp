#pragma once
// Staff tasks: listed and marked done by the maslikhat's staff; created by other features (the
// reception's cancel and move today, appeals next) inside their own transaction through AddTask,
// so the task exists exactly when the event that calls for it does.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/identity/identity_service.hpp"
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
  TaskService(db::Database& db, const Clock& clock,
              std::shared_ptr<directory::DirectoryService> directory,
              std::shared_ptr<identity::IdentityService> identity)
      : db_(db), clock_(clock), directory_(std::move(directory)), identity_(std::move(identity)) {}

  // At most kMaxListed tasks; another maslikhat's staff get 404 as if it did not exist.
  Result<TaskList> List(const Actor& actor, int64_t maslikhat_id, TaskStatus status);
  // Marks an open task done with an optional note; a task done already is 409.
  Result<Task> Done(const Actor& actor, int64_t id, const std::string& note);
  // The task's letter as a PDF (tasks_letter.hpp), for the maslikhat's staff alone (others: 404),
  // signed with the name of the staff member who prints it. The print is audited.
  Result<std::string> LetterPdf(const Actor& actor, int64_t id);

  static constexpr int kMaxListed = 200;

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<identity::IdentityService> identity_;
  TasksRepository repo_;
};

}  // namespace kenes::tasks
