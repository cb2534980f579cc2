#pragma once
// A staff task: something the maslikhat's staff must do by hand for a person who cannot be reached
// electronically — call them, or send a letter — with the message to pass on in the person's
// language. It names what it is about by type and id ("reception_booking" 12), so any feature can
// point a task at its own record.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::tasks {

enum class TaskKind { kCall, kLetter };
enum class TaskStatus { kOpen, kDone };

std::string_view TaskKindName(TaskKind kind);        // "call", "letter"
std::string_view TaskStatusName(TaskStatus status);  // "open", "done"
std::optional<TaskStatus> ParseTaskStatus(std::string_view name);
std::optional<TaskKind> ParseTaskKind(std::string_view name);

// What another feature asks staff to do.
struct NewTask {
  int64_t maslikhat_id = 0;
  TaskKind kind = TaskKind::kCall;
  std::string subject_type;  // "reception_booking"; later "appeal"
  int64_t subject_id = 0;
  std::string person_name{}, phone{}, address{};
  std::string language = "ru";  // of the message
  std::string message{};
};

struct Task {
  int64_t id = 0;
  NewTask what{};
  TaskStatus status = TaskStatus::kOpen;
  std::string created_at{};
  std::optional<int64_t> done_by{};
  std::optional<std::string> done_at{};
  std::string note{};
};

inline constexpr size_t kMaxNoteChars = 2000;

}  // namespace kenes::tasks
