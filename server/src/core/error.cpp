#include "core/error.hpp"

namespace kenes {

namespace {
struct Mapping {
  ErrorCode code;
  std::string_view name;
  int status;
};
// The one table that maps canonical codes to names and HTTP statuses.
constexpr Mapping kMappings[] = {
    {ErrorCode::kInvalidArgument, "invalid_argument", 422},
    {ErrorCode::kUnauthenticated, "unauthenticated", 401},
    {ErrorCode::kPermissionDenied, "permission_denied", 403},
    {ErrorCode::kNotFound, "not_found", 404},
    {ErrorCode::kAlreadyExists, "already_exists", 409},
    {ErrorCode::kConflict, "conflict", 409},
    {ErrorCode::kFailedPrecondition, "failed_precondition", 409},
    {ErrorCode::kPayloadTooLarge, "payload_too_large", 413},
    {ErrorCode::kResourceExhausted, "resource_exhausted", 429},
    {ErrorCode::kUnavailable, "unavailable", 503},
    {ErrorCode::kInternal, "internal", 500},
};
}  // namespace

std::string_view ErrorCodeName(ErrorCode code) {
  for (const auto& m : kMappings) {
    if (m.code == code) return m.name;
  }
  return "internal";
}

int HttpStatusOf(ErrorCode code) {
  for (const auto& m : kMappings) {
    if (m.code == code) return m.status;
  }
  return 500;
}

}  // namespace kenes
