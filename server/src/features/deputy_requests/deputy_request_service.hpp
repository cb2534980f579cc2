#pragma once
// Deputy request use cases: from an appeal, the deputy asks an executive body; the body's liaison
// sees only requests addressed to it and records the answer, which the deputy then uses to answer
// the citizen. The appeal is reached only through appeals' service header; one transaction each.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/deputy_requests/deputy_request.hpp"
#include "features/deputy_requests/deputy_request_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::deputy_requests {

class DeputyRequestService {
 public:
  DeputyRequestService(db::Database& db, const Clock& clock,
                       std::shared_ptr<appeals::AppealService> appeals)
      : db_(db), clock_(clock), appeals_(std::move(appeals)) {}

  Result<std::vector<ExecutiveBody>> Bodies();
  Result<ExecutiveBody> CreateBody(const Actor& actor, ExecutiveBody body);
  Result<DeputyRequest> Send(const Actor& actor, int64_t appeal_id, int64_t body_id,
                             const std::string& text, int due_working_days);
  // What the actor may see: a liaison their bodies' requests, a deputy their own, staff their
  // maslikhat's (optionally of one appeal).
  Result<std::vector<DeputyRequest>> List(const Actor& actor, std::optional<int64_t> appeal_id);
  Result<DeputyRequest> Answer(const Actor& actor, int64_t request_id, const std::string& text);

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<appeals::AppealService> appeals_;
  DeputyRequestRepository repo_;
};

}  // namespace kenes::deputy_requests
