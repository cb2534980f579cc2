// The extension decisions' SQL (appeal_extensions, migration 0020): AppealRepository's methods,
// apart from appeal_repository_sql.cpp, which is long already.
#include "features/appeals/appeal_repository.hpp"

namespace kenes::appeals {
namespace {

constexpr const char* kExtensionCols =
    "SELECT id, appeal_id, decided_by, decided_by_name, decided_as, reason, decided_on, "
    "decided_at, previous_due_on, new_due_on, notice_channel, notice_due_on, notice_sent_at, "
    "notice_task_id FROM appeal_extensions ";

Extension ToExtension(const db::Row& r) {
  Extension e;
  e.id = r.Int("id");
  e.appeal_id = r.Int("appeal_id");
  e.decided_by = r.Int("decided_by");
  e.decided_by_name = r.Str("decided_by_name");
  e.decided_as = r.Str("decided_as");
  e.reason = r.Str("reason");
  e.decided_on = r.Str("decided_on");
  e.decided_at = r.Str("decided_at");
  e.previous_due_on = r.Str("previous_due_on");
  e.new_due_on = r.Str("new_due_on");
  e.notice_channel = r.Str("notice_channel");
  e.notice_due_on = r.Str("notice_due_on");
  e.notice_sent_at = r.OptStr("notice_sent_at");
  e.notice_task_id = r.OptInt("notice_task_id");
  return e;
}

}  // namespace

int64_t AppealRepository::InsertExtension(db::Tx& tx, const Extension& e) {
  return tx
      .QueryOne(
          "INSERT INTO appeal_extensions (appeal_id, decided_by, decided_by_name, decided_as, "
          "reason, decided_on, decided_at, previous_due_on, new_due_on, notice_channel, "
          "notice_due_on, notice_sent_at, notice_task_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
          "$9, $10, $11, $12, $13) RETURNING id",
          {e.appeal_id, e.decided_by, e.decided_by_name, e.decided_as, e.reason, e.decided_on,
           e.decided_at, e.previous_due_on, e.new_due_on, e.notice_channel, e.notice_due_on,
           e.notice_sent_at, e.notice_task_id})
      ->Int("id");
}

std::optional<Extension> AppealRepository::FindExtension(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kExtensionCols) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ToExtension(*r);
}

std::vector<Extension> AppealRepository::Extensions(db::Tx& tx, int64_t appeal_id) {
  std::vector<Extension> out;
  for (const auto& r :
       tx.Query(std::string(kExtensionCols) + "WHERE appeal_id = $1 ORDER BY id", {appeal_id})) {
    out.push_back(ToExtension(r));
  }
  return out;
}

void AppealRepository::MarkExtensionNoticeSent(db::Tx& tx, int64_t id, const std::string& at) {
  tx.Exec(
      "UPDATE appeal_extensions SET notice_sent_at = $1 WHERE id = $2 AND notice_sent_at IS NULL",
      {at, id});
}

}  // namespace kenes::appeals
