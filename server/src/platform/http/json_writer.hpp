#pragma once
// JSON written straight into the response body, for the hot read paths (lists): no tree of maps
// to build, walk and free. Strings are escaped as nlohmann::json does (invalid UTF-8 becomes
// U+FFFD), so a client sees the same document either way.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kenes::http {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  JsonWriter& OptString(const std::optional<std::string>& s) { return s ? String(*s) : Null(); }
  JsonWriter& OptInt(const std::optional<int64_t>& v) { return v ? Int(*v) : Null(); }
  JsonWriter& OptBool(const std::optional<bool>& v) { return v ? Bool(*v) : Null(); }
  // A JSON document as it is, when it is valid; null otherwise (text the server stored itself,
  // such as an event's details, is not re-parsed into a tree only to be printed again).
  JsonWriter& Raw(std::string_view json);

  // key: value shorthands.
  template <class T>
  JsonWriter& Field(std::string_view key, const T& value) {
    Key(key);
    if constexpr (std::is_same_v<T, bool>) {
      return Bool(value);
    } else if constexpr (std::is_integral_v<T>) {
      return Int(static_cast<int64_t>(value));
    } else if constexpr (std::is_same_v<T, std::optional<int64_t>>) {
      return OptInt(value);
    } else {
      return String(value);
    }
  }

 private:
  void Separate();
  std::string& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

// Appends `s` as a JSON string literal (with quotes).
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace kenes::http
