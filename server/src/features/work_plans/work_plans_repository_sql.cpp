#include <nlohmann/json.hpp>

#include "features/work_plans/work_plans_repository.hpp"

namespace kenes::work_plans {
namespace {

constexpr const char* kPlanColumns =
    "SELECT p.id, p.maslikhat_id, p.commission_id, p.year, p.title_kk, p.title_ru, p.state, "
    "p.published_at, p.created_at, p.updated_at, "
    "(SELECT COUNT(*) FROM work_plan_items i WHERE i.plan_id = p.id) AS items_count, "
    "(SELECT COUNT(*) FROM work_plan_items i WHERE i.plan_id = p.id AND i.status = 'done') AS "
    "done_count FROM work_plans p ";

Plan PlanOf(const db::Row& r) {
  Plan p;
  p.id = r.Int("id");
  p.maslikhat_id = r.Int("maslikhat_id");
  p.commission_id = r.OptInt("commission_id");
  p.year = static_cast<int>(r.Int("year"));
  p.title_kk = r.Str("title_kk");
  p.title_ru = r.Str("title_ru");
  p.state = ParseState(r.Str("state")).value_or(PlanState::kDraft);
  p.published_at = r.OptStr("published_at");
  p.created_at = r.Str("created_at");
  p.updated_at = r.Str("updated_at");
  p.items_count = static_cast<int>(r.Int("items_count"));
  p.done_count = static_cast<int>(r.Int("done_count"));
  return p;
}

}  // namespace

bool WorkPlansRepository::YearTaken(db::Tx& tx, const Plan& p) {
  if (p.commission_id) {
    return tx
        .QueryOne("SELECT id FROM work_plans WHERE commission_id = $1 AND year = $2 AND id <> $3",
                  {*p.commission_id, p.year, p.id})
        .has_value();
  }
  return tx
      .QueryOne(
          "SELECT id FROM work_plans WHERE maslikhat_id = $1 AND commission_id IS NULL AND "
          "year = $2 AND id <> $3",
          {p.maslikhat_id, p.year, p.id})
      .has_value();
}

int64_t WorkPlansRepository::Insert(db::Tx& tx, const Plan& p) {
  return tx
      .QueryOne(
          "INSERT INTO work_plans (maslikhat_id, commission_id, year, title_kk, title_ru, state, "
          "published_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
          "RETURNING id",
          {p.maslikhat_id, p.commission_id, p.year, p.title_kk, p.title_ru,
           std::string(StateName(p.state)), p.published_at, p.created_at})
      ->Int("id");
}

void WorkPlansRepository::Update(db::Tx& tx, const Plan& p) {
  tx.Exec(
      "UPDATE work_plans SET title_kk = $2, title_ru = $3, state = $4, published_at = $5, "
      "updated_at = $6 WHERE id = $1",
      {p.id, p.title_kk, p.title_ru, std::string(StateName(p.state)), p.published_at,
       p.updated_at});
}

std::optional<Plan> WorkPlansRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kPlanColumns) + "WHERE p.id = $1", {id});
  if (!r) return std::nullopt;
  return PlanOf(*r);
}

std::vector<Plan> WorkPlansRepository::List(db::Tx& tx, const PlanFilter& f) {
  // Every filter is a parameter ("$n IS NULL OR …"), so the text is one prepared statement; the
  // plans are few (one a year per maslikhat and commission), so the planner loses nothing.
  const std::optional<int64_t> year = f.year ? std::optional<int64_t>(*f.year) : std::nullopt;
  std::vector<Plan> out;
  for (const auto& r : tx.Query(
           std::string(kPlanColumns) +
               "WHERE (CAST($1 AS BIGINT) IS NULL OR p.maslikhat_id = $1) AND "
               "(CAST($2 AS INTEGER) IS NULL OR p.year = $2) AND "
               "(CAST($3 AS BIGINT) IS NULL OR p.commission_id = $3) AND "
               "($4 = 0 OR p.commission_id IS NULL) AND "
               "($5 = 0 OR p.state = 'published') "
               "ORDER BY p.year DESC, CASE WHEN p.commission_id IS NULL THEN 0 ELSE 1 END, p.id "
               "LIMIT $6",
           {f.maslikhat_id, year, f.commission_id, f.own_only ? 1 : 0, f.published_only ? 1 : 0,
            f.limit})) {
    out.push_back(PlanOf(r));
  }
  return out;
}

namespace {

Item ItemOf(const db::Row& r) {
  Item i;
  i.id = r.Int("id");
  i.plan_id = r.Int("plan_id");
  i.number = static_cast<int>(r.Int("number"));
  i.text_kk = r.Str("text_kk");
  i.text_ru = r.Str("text_ru");
  i.responsible = r.Str("responsible");
  i.deputy_id = r.OptInt("deputy_id");
  i.quarter = static_cast<int>(r.Int("quarter"));
  i.status = ParseItemStatus(r.Str("status")).value_or(ItemStatus::kPlanned);
  i.note = r.Str("note");
  i.sitting_id = r.OptInt("sitting_id");
  i.act_id = r.OptInt("act_id");
  i.created_at = r.Str("created_at");
  i.updated_at = r.Str("updated_at");
  return i;
}

}  // namespace

std::vector<Item> WorkPlansRepository::Items(db::Tx& tx, int64_t plan_id) {
  std::vector<Item> out;
  for (const auto& r : tx.Query(
           "SELECT id, plan_id, number, text_kk, text_ru, responsible, deputy_id, quarter, status, "
           "note, sitting_id, act_id, created_at, updated_at FROM work_plan_items WHERE plan_id = "
           "$1 ORDER BY number, id LIMIT $2",
           {plan_id, kMaxItems})) {
    out.push_back(ItemOf(r));
  }
  return out;
}

int64_t WorkPlansRepository::InsertItem(db::Tx& tx, const Item& i) {
  return tx
      .QueryOne(
          "INSERT INTO work_plan_items (plan_id, number, text_kk, text_ru, responsible, "
          "deputy_id, quarter, status, note, sitting_id, act_id, created_at, updated_at) VALUES "
          "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
          {i.plan_id, i.number, i.text_kk, i.text_ru, i.responsible, i.deputy_id, i.quarter,
           std::string(ItemStatusName(i.status)), i.note, i.sitting_id, i.act_id, i.created_at})
      ->Int("id");
}

void WorkPlansRepository::UpdateItem(db::Tx& tx, const Item& i) {
  tx.Exec(
      "UPDATE work_plan_items SET number = $2, text_kk = $3, text_ru = $4, responsible = $5, "
      "deputy_id = $6, quarter = $7, status = $8, note = $9, sitting_id = $10, act_id = $11, "
      "updated_at = $12 WHERE id = $1",
      {i.id, i.number, i.text_kk, i.text_ru, i.responsible, i.deputy_id, i.quarter,
       std::string(ItemStatusName(i.status)), i.note, i.sitting_id, i.act_id, i.updated_at});
}

void WorkPlansRepository::DeleteItem(db::Tx& tx, const Item& i) {
  tx.Exec("DELETE FROM work_plan_items WHERE id = $1", {i.id});
  tx.Exec("UPDATE work_plan_items SET number = number - 1 WHERE plan_id = $1 AND number > $2",
          {i.plan_id, i.number});
}

void WorkPlansRepository::TouchPlan(db::Tx& tx, int64_t plan_id, const std::string& now) {
  tx.Exec("UPDATE work_plans SET updated_at = $2 WHERE id = $1", {plan_id, now});
}

namespace {

using nlohmann::json;

json OptIdJson(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

std::optional<int64_t> OptIdOf(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<int64_t>();
}

std::string StrOf(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int IntOf(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// An item as frozen in an edition: everything shown of it, the links' names and labels too.
json FrozenItemJson(const Item& i) {
  return json{{"id", i.id},
              {"number", i.number},
              {"text_kk", i.text_kk},
              {"text_ru", i.text_ru},
              {"responsible", i.responsible},
              {"deputy_id", OptIdJson(i.deputy_id)},
              {"deputy_name_kk", i.deputy_name_kk},
              {"deputy_name_ru", i.deputy_name_ru},
              {"quarter", i.quarter},
              {"status", ItemStatusName(i.status)},
              {"note", i.note},
              {"sitting_id", OptIdJson(i.sitting_id)},
              {"sitting_held_on", i.sitting_held_on},
              {"sitting_number", i.sitting_number},
              {"sitting_convocation", i.sitting_convocation},
              {"sitting_commission_kk", i.sitting_commission_kk},
              {"sitting_commission_ru", i.sitting_commission_ru},
              {"act_id", OptIdJson(i.act_id)},
              {"act_number", i.act_number},
              {"act_title_kk", i.act_title_kk},
              {"act_title_ru", i.act_title_ru},
              {"updated_at", i.updated_at}};
}

Item FrozenItemOf(const json& j, int64_t plan_id) {
  Item i;
  i.id = OptIdOf(j, "id").value_or(0);
  i.plan_id = plan_id;
  i.number = IntOf(j, "number");
  i.text_kk = StrOf(j, "text_kk");
  i.text_ru = StrOf(j, "text_ru");
  i.responsible = StrOf(j, "responsible");
  i.deputy_id = OptIdOf(j, "deputy_id");
  i.deputy_name_kk = StrOf(j, "deputy_name_kk");
  i.deputy_name_ru = StrOf(j, "deputy_name_ru");
  i.quarter = IntOf(j, "quarter");
  i.status = ParseItemStatus(StrOf(j, "status")).value_or(ItemStatus::kPlanned);
  i.note = StrOf(j, "note");
  i.sitting_id = OptIdOf(j, "sitting_id");
  i.sitting_held_on = StrOf(j, "sitting_held_on");
  i.sitting_number = IntOf(j, "sitting_number");
  i.sitting_convocation = IntOf(j, "sitting_convocation");
  i.sitting_commission_kk = StrOf(j, "sitting_commission_kk");
  i.sitting_commission_ru = StrOf(j, "sitting_commission_ru");
  i.act_id = OptIdOf(j, "act_id");
  i.act_number = StrOf(j, "act_number");
  i.act_title_kk = StrOf(j, "act_title_kk");
  i.act_title_ru = StrOf(j, "act_title_ru");
  i.updated_at = StrOf(j, "updated_at");
  i.created_at = i.updated_at;
  return i;
}

VersionSummary SummaryOf(const db::Row& r) {
  return VersionSummary{static_cast<int>(r.Int("number")), r.Str("fixed_at"), r.Str("note_kk"),
                        r.Str("note_ru")};
}

}  // namespace

std::vector<VersionSummary> WorkPlansRepository::Versions(db::Tx& tx, int64_t plan_id) {
  std::vector<VersionSummary> out;
  for (const auto& r : tx.Query(
           "SELECT number, fixed_at, note_kk, note_ru FROM work_plan_versions WHERE plan_id = $1 "
           "ORDER BY number LIMIT $2",
           {plan_id, kMaxVersions})) {
    out.push_back(SummaryOf(r));
  }
  return out;
}

int WorkPlansRepository::LastVersion(db::Tx& tx, int64_t plan_id) {
  auto r = tx.QueryOne(
      "SELECT COALESCE(MAX(number), 0) AS last FROM work_plan_versions WHERE plan_id = $1",
      {plan_id});
  return r ? static_cast<int>(r->Int("last")) : 0;
}

void WorkPlansRepository::InsertVersion(db::Tx& tx, int64_t plan_id, const PlanVersion& v) {
  json items = json::array();
  for (const auto& i : v.items) items.push_back(FrozenItemJson(i));
  tx.Exec(
      "INSERT INTO work_plan_versions (plan_id, number, fixed_at, note_kk, note_ru, title_kk, "
      "title_ru, items_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {plan_id, v.summary.number, v.summary.fixed_at, v.summary.note_kk, v.summary.note_ru,
       v.title_kk, v.title_ru, items.dump()});
}

std::optional<PlanVersion> WorkPlansRepository::FindVersion(db::Tx& tx, int64_t plan_id,
                                                            int number) {
  auto r = tx.QueryOne(
      "SELECT number, fixed_at, note_kk, note_ru, title_kk, title_ru, items_json FROM "
      "work_plan_versions WHERE plan_id = $1 AND number = $2",
      {plan_id, number});
  if (!r) return std::nullopt;
  PlanVersion v;
  v.summary = SummaryOf(*r);
  v.title_kk = r->Str("title_kk");
  v.title_ru = r->Str("title_ru");
  const auto items = json::parse(r->Str("items_json"), nullptr, false);
  if (items.is_array()) {
    for (const auto& j : items) {
      if (j.is_object()) v.items.push_back(FrozenItemOf(j, plan_id));
    }
  }
  return v;
}

}  // namespace kenes::work_plans
