#pragma once
// Work plans: the public reads published plans of a maslikhat by year; the maslikhat's staff (and
// administrators) draw up its own plan and its commissions' plans, add, change and remove items,
// move their status through the year and publish the plan. An item's links (a deputy, a sitting,
// an act) must be of the plan's maslikhat. One transaction per use case; every change audited.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/sittings/sittings_service.hpp"
#include "features/work_plans/work_plans.hpp"
#include "features/work_plans/work_plans_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::work_plans {

struct PlanQuery {
  std::optional<int64_t> maslikhat_id{};
  std::optional<int> year{};
  std::optional<int64_t> commission_id{};
  bool own = false;  // only the maslikhat's own plans
};

// A new plan (the year and the titles required; a commission's when commission_id is sent), or
// (absent fields stay) a change to one: the titles, and the state to publish it.
struct PlanInput {
  std::optional<int64_t> commission_id{};
  std::optional<int> year{};
  std::optional<std::string> title_kk{}, title_ru{};
  std::optional<PlanState> state{};
};

// A new item, or (absent fields stay) a change to one. The links: absent stays, {nullopt} clears.
struct ItemInput {
  std::optional<int> number{};  // a new item is numbered after the last one unless sent
  std::optional<std::string> text_kk{}, text_ru{}, responsible{}, note{};
  std::optional<std::optional<int64_t>> deputy_id{}, sitting_id{}, act_id{};
  std::optional<int> quarter{};
  std::optional<ItemStatus> status{};
};

// The "what changed" note of a new edition, in kk and ru (both required from edition 2).
struct VersionInput {
  std::string note_kk{}, note_ru{};
};

class WorkPlansService {
 public:
  WorkPlansService(db::Database& db, const Clock& clock,
                   std::shared_ptr<directory::DirectoryService> directory,
                   std::shared_ptr<sittings::SittingsService> sittings,
                   std::shared_ptr<acts::ActsService> acts)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        sittings_(std::move(sittings)),
        acts_(std::move(acts)) {}

  // Published plans, newest year first (at most kMaxListed).
  Result<std::vector<Plan>> ListPublished(const PlanQuery& q);
  // Every plan of the maslikhat, drafts too: its staff and administrators (403 otherwise; 404 for
  // no such maslikhat).
  Result<std::vector<Plan>> ListOfMaslikhat(const Actor& actor, int64_t maslikhat_id,
                                            std::optional<int> year);
  // A plan with its items; a draft is 404 to anyone who may not keep it.
  Result<PlanDetail> Get(const Actor& actor, int64_t id);

  // 403 for anyone but the maslikhat's staff or an administrator; 404 for no such maslikhat; 422
  // `commission_id: not_found` / `other_maslikhat`; 409 `year: taken` for a second plan of the
  // maslikhat (or the commission) for the year.
  Result<PlanDetail> Create(const Actor& actor, int64_t maslikhat_id, const PlanInput& in);
  // 409 `state: published` for taking a published plan back to a draft.
  Result<PlanDetail> Update(const Actor& actor, int64_t id, const PlanInput& in);
  // 422 `deputy_id: not_a_deputy`, `sitting_id` / `act_id`: `not_found`, `other_maslikhat`;
  // 409 `number: taken`; 422 `items: too_many` past kMaxItems.
  Result<PlanDetail> AddItem(const Actor& actor, int64_t plan_id, const ItemInput& in);
  // 404 when the item is not of this plan.
  Result<PlanDetail> UpdateItem(const Actor& actor, int64_t plan_id, int64_t item_id,
                                const ItemInput& in);
  // The items after it move up one number.
  Result<PlanDetail> RemoveItem(const Actor& actor, int64_t plan_id, int64_t item_id);
  // The plan as a PDF in kk or ru (as Get decides who reads it: a draft is 404 to the public).
  Result<std::string> Pdf(const Actor& actor, int64_t id, const std::string& language);

  // Fixes a new edition of a published plan: the plan frozen as it is shown now, with the note.
  // Who may is as for Update; 409 `state: draft` for a draft (publishing it fixes edition 1); 422
  // `note_kk` / `note_ru`: `required` from edition 2; 422 `versions: too_many` past kMaxVersions.
  Result<PlanDetail> FixVersion(const Actor& actor, int64_t id, const VersionInput& in);
  // Edition `number` of the plan as frozen (404 for none, or as Get for a draft).
  Result<PlanDetail> GetVersion(const Actor& actor, int64_t id, int number);
  Result<std::string> VersionPdf(const Actor& actor, int64_t id, int number,
                                 const std::string& language);

  static constexpr int kMaxListed = 100;

 private:
  // The plan, if the actor may keep it: 404 when there is none or the actor may not even see it
  // (a draft), 403 when they may see it but not change it.
  Result<Plan> Editable(const Actor& actor, int64_t plan_id);
  // The links of `in` checked against the plan's maslikhat (before a transaction opens: the other
  // features read on their own).
  Status CheckLinks(int64_t maslikhat_id, const ItemInput& in);
  // The names and labels of the deputies, sittings and acts the items link to, read from the
  // other features (outside any transaction of ours), and put on the items.
  struct LinkNames;
  LinkNames ReadLinkNames(int64_t maslikhat_id, const std::vector<Item>& items);
  static void PutLinkNames(const LinkNames& names, std::vector<Item>& items);
  // The names and labels of the commission, the deputies, sittings and acts, for showing.
  Result<PlanDetail> Shown(const Actor& actor, Result<PlanDetail> detail);
  // Inside a write: edition LastVersion + 1 of the plan as it is now, its items named by `names`.
  void Freeze(db::Tx& tx, const Plan& p, const LinkNames& names, VersionSummary summary);
  void NameCommissions(std::vector<Plan>& plans);
  Result<PlanDetail> Load(db::Tx& tx, int64_t id);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<sittings::SittingsService> sittings_;
  std::shared_ptr<acts::ActsService> acts_;
  WorkPlansRepository repo_;
};

}  // namespace kenes::work_plans
