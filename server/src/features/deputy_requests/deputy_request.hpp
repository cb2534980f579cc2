#pragma once
// Deputy requests (депутатский запрос): from an appeal, the deputy (or the maslikhat's staff) asks
// an executive body such as the akimat; the body's liaison records the answer, which the deputy
// then uses to answer the citizen. Types only; no I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::deputy_requests {

// An executive body requests are addressed to; a body without a maslikhat serves every one.
struct ExecutiveBody {
  int64_t id = 0;
  std::optional<int64_t> maslikhat_id;
  std::string name_kk, name_ru;
};

// A request waits for the executive body's answer, then holds it. The names ("sent") are the
// wire and database values.
enum class RequestStatus { kSent, kAnswered };
std::string_view StatusName(RequestStatus status);
std::optional<RequestStatus> ParseStatus(std::string_view name);

struct DeputyRequest {
  int64_t id = 0;
  int64_t appeal_id = 0;
  int64_t maslikhat_id = 0;
  int64_t body_id = 0;
  int64_t author_user_id = 0;
  std::string text;
  std::string sent_on, due_on;  // local dates
  RequestStatus status = RequestStatus::kSent;
  std::optional<std::string> answer_text, answered_at;
  std::optional<int64_t> answered_by;
  std::string created_at;
};

inline constexpr int kDefaultRequestWorkingDays = 15;

}  // namespace kenes::deputy_requests
