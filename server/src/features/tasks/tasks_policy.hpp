#pragma once
// Who sees and does staff tasks. A task carries a person's name, phone and address: the staff of
// the task's maslikhat do the work, an administrator may look; nobody else learns it exists.

#include <cstdint>

#include "core/actor.hpp"

namespace kenes::tasks {

struct TasksPolicy {
  static bool MayWork(const Actor& actor, int64_t maslikhat_id);
};

}  // namespace kenes::tasks
