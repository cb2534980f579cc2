#include "features/work_plans/work_plans.hpp"

namespace kenes::work_plans {

std::string_view StateName(PlanState s) {
  return s == PlanState::kPublished ? "published" : "draft";
}

std::optional<PlanState> ParseState(std::string_view name) {
  if (name == "draft") return PlanState::kDraft;
  if (name == "published") return PlanState::kPublished;
  return std::nullopt;
}

std::string_view ItemStatusName(ItemStatus s) {
  switch (s) {
    case ItemStatus::kPlanned:
      return "planned";
    case ItemStatus::kInProgress:
      return "in_progress";
    case ItemStatus::kDone:
      return "done";
    case ItemStatus::kPostponed:
      return "postponed";
    case ItemStatus::kCancelled:
      return "cancelled";
  }
  return "planned";
}

std::optional<ItemStatus> ParseItemStatus(std::string_view name) {
  if (name == "planned") return ItemStatus::kPlanned;
  if (name == "in_progress") return ItemStatus::kInProgress;
  if (name == "done") return ItemStatus::kDone;
  if (name == "postponed") return ItemStatus::kPostponed;
  if (name == "cancelled") return ItemStatus::kCancelled;
  return std::nullopt;
}

PlanDetail AsOfVersion(const PlanDetail& live, const PlanVersion& v) {
  PlanDetail d;
  d.plan = live.plan;
  d.plan.title_kk = v.title_kk;
  d.plan.title_ru = v.title_ru;
  d.items = v.items;
  d.plan.items_count = static_cast<int>(v.items.size());
  d.plan.done_count = 0;
  for (const auto& i : v.items) d.plan.done_count += i.status == ItemStatus::kDone ? 1 : 0;
  d.versions = live.versions;
  d.version = v.summary;
  return d;
}

bool MayMove(PlanState from, PlanState to) {
  return from == to || (from == PlanState::kDraft && to == PlanState::kPublished);
}

}  // namespace kenes::work_plans
