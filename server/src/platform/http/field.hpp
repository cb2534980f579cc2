#pragma once
// A request field that may be absent, null, or a value. A PATCH needs all three: absent leaves the
// column alone, null clears it, a value sets it; std::optional alone cannot say which.

#include <optional>
#include <utility>

namespace kenes::http {

template <class T>
class Field {
 public:
  Field() = default;
  Field(T value) : state_(State::kValue), value_(std::move(value)) {}  // NOLINT: implicit by design
  static Field Null() {
    Field f;
    f.state_ = State::kNull;
    return f;
  }

  bool absent() const { return state_ == State::kAbsent; }
  bool is_null() const { return state_ == State::kNull; }
  bool has_value() const { return state_ == State::kValue; }
  const T& value() const { return *value_; }
  // The value, or nullopt when absent or null.
  const std::optional<T>& get() const { return value_; }
  // As a patch: nullopt when absent (no change), {nullopt} when null (clear), {v} when set.
  std::optional<std::optional<T>> patch() const {
    if (absent()) return std::nullopt;
    return std::optional<std::optional<T>>(value_);
  }

 private:
  enum class State { kAbsent, kNull, kValue };
  State state_ = State::kAbsent;
  std::optional<T> value_;
};

}  // namespace kenes::http
