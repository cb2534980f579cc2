#include "features/deputy_requests/deputy_request.hpp"

namespace kenes::deputy_requests {

std::string_view StatusName(RequestStatus status) {
  return status == RequestStatus::kAnswered ? "answered" : "sent";
}

std::optional<RequestStatus> ParseStatus(std::string_view name) {
  if (name == "sent") return RequestStatus::kSent;
  if (name == "answered") return RequestStatus::kAnswered;
  return std::nullopt;
}

}  // namespace kenes::deputy_requests
