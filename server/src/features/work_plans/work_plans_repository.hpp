#pragma once
// Work plans, their items (migration 0050) and their editions (0061). The only code that runs this
// feature's SQL.

#include <optional>
#include <string>
#include <vector>

#include "features/work_plans/work_plans.hpp"
#include "platform/db/database.hpp"

namespace kenes::work_plans {

struct PlanFilter {
  std::optional<int64_t> maslikhat_id{};
  std::optional<int> year{};
  std::optional<int64_t> commission_id{};
  bool own_only = false;  // the maslikhat's own plans (no commission)
  bool published_only = true;
  int limit = 100;
};

class WorkPlansRepository {
 public:
  // True when the maslikhat (or the commission) already has a plan for the year, other than `id`.
  bool YearTaken(db::Tx& tx, const Plan& p);
  int64_t Insert(db::Tx& tx, const Plan& p);
  void Update(db::Tx& tx, const Plan& p);
  std::optional<Plan> Find(db::Tx& tx, int64_t id);
  // Newest year first, the maslikhat's own plan before its commissions', with the item counts.
  std::vector<Plan> List(db::Tx& tx, const PlanFilter& f);

  std::vector<Item> Items(db::Tx& tx, int64_t plan_id);
  int64_t InsertItem(db::Tx& tx, const Item& item);
  void UpdateItem(db::Tx& tx, const Item& item);
  // Removes the item and closes the gap: the items after it move up one number.
  void DeleteItem(db::Tx& tx, const Item& item);
  void TouchPlan(db::Tx& tx, int64_t plan_id, const std::string& now);

  // The plan's editions by number (without their items); the last one's number (0 for none).
  std::vector<VersionSummary> Versions(db::Tx& tx, int64_t plan_id);
  int LastVersion(db::Tx& tx, int64_t plan_id);
  // Writes edition v.summary.number: the titles and the items (with their links' names) as JSON.
  void InsertVersion(db::Tx& tx, int64_t plan_id, const PlanVersion& v);
  std::optional<PlanVersion> FindVersion(db::Tx& tx, int64_t plan_id, int number);
};

}  // namespace kenes::work_plans
