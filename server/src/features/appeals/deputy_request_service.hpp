#pragma once
// Deputy requests (депутатский запрос): from an appeal, the deputy asks an executive body; the
// body's liaison sees only requests addressed to it and records the answer, which the deputy then
// uses to answer the citizen.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

inline constexpr int kDefaultRequestWorkingDays = 15;

class DeputyRequestService {
 public:
  DeputyRequestService(db::Database& db, const Clock& clock,
                       std::shared_ptr<directory::DirectoryService> directory)
      : db_(db), clock_(clock), directory_(std::move(directory)) {}

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
  std::shared_ptr<directory::DirectoryService> directory_;
  AppealRepository repo_;
};

}  // namespace kenes::appeals
