#include <stdexcept>

#include "features/deputy_requests/deputy_request_repository.hpp"

namespace kenes::deputy_requests {

int64_t DeputyRequestRepository::InsertBody(db::Tx& tx, const ExecutiveBody& b,
                                            const std::string& at) {
  return tx
      .QueryOne(
          "INSERT INTO executive_bodies (maslikhat_id, name_kk, name_ru, created_at) VALUES ($1, "
          "$2, $3, $4) RETURNING id",
          {b.maslikhat_id, b.name_kk, b.name_ru, at})
      ->Int("id");
}

std::vector<ExecutiveBody> DeputyRequestRepository::ListBodies(db::Tx& tx) {
  std::vector<ExecutiveBody> out;
  for (const auto& r : tx.Query(
           "SELECT id, maslikhat_id, name_kk, name_ru FROM executive_bodies ORDER BY name_ru")) {
    out.push_back({r.Int("id"), r.OptInt("maslikhat_id"), r.Str("name_kk"), r.Str("name_ru")});
  }
  return out;
}

std::optional<ExecutiveBody> DeputyRequestRepository::FindBody(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      "SELECT id, maslikhat_id, name_kk, name_ru FROM executive_bodies WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ExecutiveBody{r->Int("id"), r->OptInt("maslikhat_id"), r->Str("name_kk"),
                       r->Str("name_ru")};
}

namespace {
constexpr const char* kRequestCols =
    "id, appeal_id, maslikhat_id, body_id, author_user_id, text, sent_on, due_on, status, "
    "answer_text, answered_at, answered_by, created_at";
DeputyRequest ToRequest(const db::Row& r) {
  DeputyRequest d;
  d.id = r.Int("id");
  d.appeal_id = r.Int("appeal_id");
  d.maslikhat_id = r.Int("maslikhat_id");
  d.body_id = r.Int("body_id");
  d.author_user_id = r.Int("author_user_id");
  d.text = r.Str("text");
  d.sent_on = r.Str("sent_on");
  d.due_on = r.Str("due_on");
  auto status = ParseStatus(r.Str("status"));
  if (!status)
    throw std::runtime_error("deputy request " + std::to_string(d.id) + " has unknown status");
  d.status = *status;
  d.answer_text = r.OptStr("answer_text");
  d.answered_at = r.OptStr("answered_at");
  d.answered_by = r.OptInt("answered_by");
  d.created_at = r.Str("created_at");
  return d;
}
}  // namespace

int64_t DeputyRequestRepository::InsertRequest(db::Tx& tx, const DeputyRequest& d) {
  return tx
      .QueryOne(
          "INSERT INTO deputy_requests (appeal_id, maslikhat_id, body_id, author_user_id, text, "
          "sent_on, due_on, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
          "RETURNING id",
          {d.appeal_id, d.maslikhat_id, d.body_id, d.author_user_id, d.text, d.sent_on, d.due_on,
           std::string(StatusName(d.status)), d.created_at})
      ->Int("id");
}

std::optional<DeputyRequest> DeputyRequestRepository::FindRequest(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(
      std::string("SELECT ") + kRequestCols + " FROM deputy_requests WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ToRequest(*r);
}

void DeputyRequestRepository::AnswerRequest(db::Tx& tx, const DeputyRequest& d) {
  tx.Exec(
      "UPDATE deputy_requests SET status = $2, answer_text = $3, answered_at = $4, answered_by = "
      "$5 WHERE id = $1",
      {d.id, std::string(StatusName(d.status)), d.answer_text, d.answered_at, d.answered_by});
}

std::vector<DeputyRequest> DeputyRequestRepository::ListRequests(
    db::Tx& tx, std::optional<int64_t> appeal_id, std::optional<int64_t> body_id,
    std::optional<int64_t> author_user_id, std::optional<int64_t> maslikhat_id) {
  std::vector<DeputyRequest> out;
  for (const auto& r : tx.Query(
           std::string("SELECT ") + kRequestCols +
               " FROM deputy_requests WHERE (CAST($1 AS BIGINT) IS NULL OR appeal_id = $1) AND "
               "(CAST($2 AS BIGINT) IS NULL OR body_id = $2) AND (CAST($3 AS BIGINT) IS NULL OR "
               "author_user_id = $3) AND (CAST($4 AS BIGINT) IS NULL OR maslikhat_id = $4) ORDER "
               "BY id DESC LIMIT 200",
           {appeal_id, body_id, author_user_id, maslikhat_id})) {
    out.push_back(ToRequest(r));
  }
  return out;
}

}  // namespace kenes::deputy_requests
