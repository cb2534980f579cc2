#pragma once
// Who may do what with work plans: the maslikhat's staff (staff, chair, deputy chair, head of the
// apparatus) and administrators keep its plans and the plans of its commissions; everybody reads
// a published plan and its editions; a draft is seen only by those who keep it (anyone else is
// told it does not exist); those who keep a plan fix its new editions.

#include <cstdint>

#include "core/actor.hpp"
#include "features/work_plans/work_plans.hpp"

namespace kenes::work_plans {

struct WorkPlansPolicy {
  static bool MayEdit(const Actor& actor, int64_t maslikhat_id);
  static bool MayRead(const Actor& actor, int64_t maslikhat_id, PlanState state);
  // Fixing a new edition of a plan: as editing it (whether the plan is published yet is the
  // service's to say).
  static bool MayFixVersion(const Actor& actor, int64_t maslikhat_id);
};

}  // namespace kenes::work_plans
