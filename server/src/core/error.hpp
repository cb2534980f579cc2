#pragma once
// Canonical errors and Result<T>: expected failures are values, unexpected ones throw.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kenes {

enum class ErrorCode {
  kInvalidArgument,
  kUnauthenticated,
  kPermissionDenied,
  kNotFound,
  kAlreadyExists,
  kConflict,
  kFailedPrecondition,
  kPayloadTooLarge,
  kResourceExhausted,
  kUnavailable,
  kInternal,
};

std::string_view ErrorCodeName(ErrorCode code);
int HttpStatusOf(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // for developers and logs; people see text chosen by code and fields
  std::map<std::string, std::string> fields;  // field -> reason
  int retry_after_s = 0;                      // for kResourceExhausted

  static Error Invalid(std::string field, std::string reason) {
    Error e{ErrorCode::kInvalidArgument, "invalid " + field, {}, 0};
    e.fields.emplace(std::move(field), std::move(reason));
    return e;
  }
  // Several field problems at once (field -> reason); the message names the first.
  static Error InvalidFields(std::map<std::string, std::string> fields) {
    Error e{ErrorCode::kInvalidArgument, "invalid request", std::move(fields), 0};
    if (!e.fields.empty()) e.message = "invalid " + e.fields.begin()->first;
    return e;
  }
  static Error Of(ErrorCode code, std::string message = {}) {
    return Error{code, std::move(message), {}, 0};
  }
  static Error NotFound() { return Of(ErrorCode::kNotFound, "not found"); }
  static Error Denied() { return Of(ErrorCode::kPermissionDenied, "permission denied"); }
  static Error Unauthenticated() { return Of(ErrorCode::kUnauthenticated, "not signed in"); }
};

struct Unit {};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const Error& error() const { return std::get<1>(v_); }
  Error&& take_error() { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

using Status = Result<Unit>;
inline Status Ok() { return Unit{}; }

}  // namespace kenes
