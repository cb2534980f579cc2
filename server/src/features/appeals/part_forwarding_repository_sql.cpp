// Parts of appeals forwarded to the competent body (appeal_part_forwardings, migration 0037):
// AppealRepository's methods, apart from appeal_repository_sql.cpp, which is long already.
#include "features/appeals/appeal_repository.hpp"

namespace kenes::appeals {
namespace {

constexpr const char* kPartCols =
    "SELECT id, appeal_id, forward_to, part, reason, decided_by, forwarded_on, forwarded_at, "
    "forward_due_on, notice_channel, notice_task_id FROM appeal_part_forwardings ";

PartForwarding ToPart(const db::Row& r) {
  PartForwarding p;
  p.id = r.Int("id");
  p.appeal_id = r.Int("appeal_id");
  p.forward_to = r.Str("forward_to");
  p.part = r.Str("part");
  p.reason = r.Str("reason");
  p.decided_by = r.Int("decided_by");
  p.forwarded_on = r.Str("forwarded_on");
  p.forwarded_at = r.Str("forwarded_at");
  p.forward_due_on = r.Str("forward_due_on");
  p.notice_channel = r.Str("notice_channel");
  p.notice_task_id = r.OptInt("notice_task_id");
  return p;
}

}  // namespace

int64_t AppealRepository::InsertPartForwarding(db::Tx& tx, const PartForwarding& p) {
  return tx
      .QueryOne(
          "INSERT INTO appeal_part_forwardings (appeal_id, forward_to, part, reason, decided_by, "
          "forwarded_on, forwarded_at, forward_due_on, notice_channel, notice_task_id) VALUES ($1, "
          "$2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
          {p.appeal_id, p.forward_to, p.part, p.reason, p.decided_by, p.forwarded_on,
           p.forwarded_at, p.forward_due_on, p.notice_channel, p.notice_task_id})
      ->Int("id");
}

void AppealRepository::SetUrgent(db::Tx& tx, int64_t id, bool urgent,
                                 const std::string& forward_due_on) {
  tx.Exec("UPDATE appeals SET urgent_redirect = $2, forward_due_on = $3 WHERE id = $1",
          {id, urgent, forward_due_on});
}

std::optional<PartForwarding> AppealRepository::FindPartForwarding(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kPartCols) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ToPart(*r);
}

std::vector<PartForwarding> AppealRepository::PartForwardings(db::Tx& tx, int64_t appeal_id) {
  std::vector<PartForwarding> out;
  for (const auto& r :
       tx.Query(std::string(kPartCols) + "WHERE appeal_id = $1 ORDER BY id", {appeal_id})) {
    out.push_back(ToPart(r));
  }
  return out;
}

}  // namespace kenes::appeals
