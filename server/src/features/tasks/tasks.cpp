#include "features/tasks/tasks.hpp"

namespace kenes::tasks {

std::string_view TaskKindName(TaskKind kind) {
  return kind == TaskKind::kLetter ? "letter" : "call";
}

std::string_view TaskStatusName(TaskStatus status) {
  return status == TaskStatus::kDone ? "done" : "open";
}

std::optional<TaskStatus> ParseTaskStatus(std::string_view name) {
  if (name == "open") return TaskStatus::kOpen;
  if (name == "done") return TaskStatus::kDone;
  return std::nullopt;
}

std::optional<TaskKind> ParseTaskKind(std::string_view name) {
  if (name == "call") return TaskKind::kCall;
  if (name == "letter") return TaskKind::kLetter;
  return std::nullopt;
}

}  // namespace kenes::tasks
