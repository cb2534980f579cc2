#pragma once
// The executive_bodies and deputy_requests tables. The only code that runs their SQL
// (deputy_request_repository_sql.cpp).

#include <optional>
#include <string>
#include <vector>

#include "features/deputy_requests/deputy_request.hpp"
#include "platform/db/database.hpp"

namespace kenes::deputy_requests {

class DeputyRequestRepository {
 public:
  int64_t InsertBody(db::Tx& tx, const ExecutiveBody& b, const std::string& at);
  std::vector<ExecutiveBody> ListBodies(db::Tx& tx);
  std::optional<ExecutiveBody> FindBody(db::Tx& tx, int64_t id);
  int64_t InsertRequest(db::Tx& tx, const DeputyRequest& r);
  std::optional<DeputyRequest> FindRequest(db::Tx& tx, int64_t id);
  void AnswerRequest(db::Tx& tx, const DeputyRequest& r);
  // Requests filtered by any of: appeal, body, author, maslikhat.
  std::vector<DeputyRequest> ListRequests(db::Tx& tx, std::optional<int64_t> appeal_id,
                                          std::optional<int64_t> body_id,
                                          std::optional<int64_t> author_user_id,
                                          std::optional<int64_t> maslikhat_id);
};

}  // namespace kenes::deputy_requests
