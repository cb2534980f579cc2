// The SQL of the public register's entries (register.hpp).
#include "features/appeals/register.hpp"

namespace kenes::appeals {
namespace {

constexpr const char* kEntryCols =
    "appeal_id, maslikhat_id, okrug_id, number, type, category, status, outcome, registered_on, "
    "state, subject, answer_text, drafted_at, reviewed_by, reviewed_at";

RegisterEntry ToEntry(const db::Row& r) {
  RegisterEntry e;
  e.appeal_id = r.Int("appeal_id");
  e.maslikhat_id = r.Int("maslikhat_id");
  e.okrug_id = r.OptInt("okrug_id");
  e.number = r.Str("number");
  e.type = r.Str("type");
  e.category = r.Str("category");
  e.status = r.Str("status");
  e.outcome = r.OptStr("outcome");
  e.registered_on = r.Str("registered_on");
  e.state = ParseRegisterState(r.Str("state")).value_or(RegisterState::kWithdrawn);
  e.subject = r.Str("subject");
  e.answer_text = r.Str("answer_text");
  e.drafted_at = r.Str("drafted_at");
  e.reviewed_by = r.OptInt("reviewed_by");
  e.reviewed_at = r.OptStr("reviewed_at");
  return e;
}

}  // namespace

std::vector<RegisterEntry> RegisterRepository::Undrafted(db::Tx& tx, int64_t maslikhat_id,
                                                         int limit) {
  std::vector<RegisterEntry> out;
  // The partial index appeals_public_register (migration 0015) holds exactly these appeals.
  for (const auto& r : tx.Query(
           "SELECT id AS appeal_id, maslikhat_id, okrug_id, number, type, category, status, "
           "outcome, registered_on, 'draft' AS state, subject, COALESCE(answer_text, '') AS "
           "answer_text, '' AS drafted_at, CAST(NULL AS BIGINT) AS reviewed_by, CAST(NULL AS "
           "TEXT) AS reviewed_at FROM appeals a WHERE public_consent = 1 AND anonymous = 0 AND "
           "status IN ('answered', 'closed') AND maslikhat_id = $1 AND NOT EXISTS (SELECT 1 FROM "
           "register_entries r WHERE r.appeal_id = a.id) ORDER BY id LIMIT $2",
           {maslikhat_id, int64_t{limit}})) {
    out.push_back(ToEntry(r));
  }
  return out;
}

void RegisterRepository::Insert(db::Tx& tx, const RegisterEntry& e) {
  tx.Exec(
      "INSERT INTO register_entries (appeal_id, maslikhat_id, okrug_id, number, type, category, "
      "status, outcome, registered_on, state, subject, answer_text, drafted_at) VALUES ($1, $2, "
      "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {e.appeal_id, e.maslikhat_id, e.okrug_id, e.number, e.type, e.category, e.status, e.outcome,
       e.registered_on, std::string(RegisterStateName(e.state)), e.subject, e.answer_text,
       e.drafted_at});
}

std::optional<RegisterEntry> RegisterRepository::Find(db::Tx& tx, int64_t appeal_id) {
  auto row = tx.QueryOne(
      std::string("SELECT ") + kEntryCols + " FROM register_entries WHERE appeal_id = $1",
      {appeal_id});
  if (!row) return std::nullopt;
  return ToEntry(*row);
}

std::vector<RegisterEntry> RegisterRepository::Queue(db::Tx& tx, int64_t maslikhat_id,
                                                     RegisterState state, int64_t after_id,
                                                     int limit) {
  std::vector<RegisterEntry> out;
  for (const auto& r :
       tx.Query(std::string("SELECT ") + kEntryCols +
                    " FROM register_entries WHERE maslikhat_id = $1 AND state = $2 "
                    "AND appeal_id > $3 ORDER BY appeal_id LIMIT $4",
                {maslikhat_id, std::string(RegisterStateName(state)), after_id, int64_t{limit}})) {
    out.push_back(ToEntry(r));
  }
  return out;
}

void RegisterRepository::Update(db::Tx& tx, const RegisterEntry& e) {
  tx.Exec(
      "UPDATE register_entries SET state = $2, subject = $3, answer_text = $4, reviewed_by = $5, "
      "reviewed_at = $6 WHERE appeal_id = $1",
      {e.appeal_id, std::string(RegisterStateName(e.state)), e.subject, e.answer_text,
       e.reviewed_by, e.reviewed_at});
}

}  // namespace kenes::appeals
