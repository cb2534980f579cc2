#include <charconv>

#include "platform/db/database.hpp"

namespace kenes::db {

int64_t Value::AsInt() const {
  if (auto p = std::get_if<int64_t>(&v_)) return *p;
  if (auto p = std::get_if<double>(&v_)) return static_cast<int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v_)) {
    int64_t out = 0;
    auto [ptr, ec] = std::from_chars(p->data(), p->data() + p->size(), out);
    if (ec == std::errc()) return out;
    if (*p == "t" || *p == "true") return 1;
    if (*p == "f" || *p == "false") return 0;
    throw std::runtime_error("db: value is not an integer");
  }
  throw std::runtime_error("db: null read as integer");
}

double Value::AsDouble() const {
  if (auto p = std::get_if<double>(&v_)) return *p;
  if (auto p = std::get_if<int64_t>(&v_)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v_)) return std::stod(*p);
  throw std::runtime_error("db: null read as number");
}

std::string Value::AsString() const {
  if (auto p = std::get_if<std::string>(&v_)) return *p;
  if (auto p = std::get_if<int64_t>(&v_)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v_)) return std::to_string(*p);
  throw std::runtime_error("db: null read as text");
}

const Value& Row::at(std::string_view column) const {
  // Mappers read the columns in the order they were selected: start where the last one matched,
  // so a row of n columns costs n comparisons instead of n²/2.
  const size_t n = columns_->size();
  for (size_t k = 0; k < n; ++k) {
    size_t i = next_ + k;
    if (i >= n) i -= n;
    if ((*columns_)[i] == column) {
      next_ = i + 1 == n ? 0 : i + 1;
      return values_[i];
    }
  }
  throw std::runtime_error("db: no column " + std::string(column));
}

std::optional<std::string> Row::OptStr(std::string_view c) const {
  const Value& v = at(c);
  if (v.is_null()) return std::nullopt;
  return v.AsString();
}

std::optional<int64_t> Row::OptInt(std::string_view c) const {
  const Value& v = at(c);
  if (v.is_null()) return std::nullopt;
  return v.AsInt();
}

}  // namespace kenes::db
