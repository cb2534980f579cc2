#include "platform/http/json_writer.hpp"

#include "platform/http/http.hpp"

namespace kenes::http {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void AppendEscapedByte(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      if (c < 0x20) {
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      } else {
        out += static_cast<char>(c);
      }
  }
}

// Length of the valid UTF-8 sequence starting at s[i], or 0.
size_t ValidSequence(std::string_view s, size_t i) {
  for (size_t len = 2; len <= 4 && i + len <= s.size(); ++len) {
    if (IsValidUtf8(s.substr(i, len))) return len;
  }
  return 0;
}

// Bytes of the longest prefix at s[i] that could start a valid sequence (at least 1).
size_t MaximalSubpart(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  size_t want = 1;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    want = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    want = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    want = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  }
  size_t k = 1;
  if (k < want && i + k < s.size() && b(k) >= lo && b(k) <= hi) {
    ++k;
    while (k < want && i + k < s.size() && (b(k) & 0xC0) == 0x80) ++k;
  }
  return k;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  if (IsValidUtf8(s)) {
    for (unsigned char c : s) AppendEscapedByte(out, c);
  } else {
    for (size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        AppendEscapedByte(out, c);
        ++i;
      } else if (size_t len = ValidSequence(s, i)) {
        out.append(s.substr(i, len));
        i += len;
      } else {
        // One U+FFFD for each maximal subpart of an ill-formed sequence (Unicode §3.9, and what
        // nlohmann's error_handler_t::replace writes): a valid lead byte and the valid
        // continuation bytes after it, or else one byte.
        out += "\xEF\xBF\xBD";
        i += MaximalSubpart(s, i);
      }
    }
  }
  out += '"';
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::BeginObject() {
  Separate();
  out_ += '{';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  out_ += '}';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  Separate();
  out_ += '[';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  out_ += ']';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  Separate();
  AppendJsonString(out_, key);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(out_, s);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
  Separate();
  out_ += std::to_string(v);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  Separate();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  out_ += "null";
  return *this;
}

}  // namespace kenes::http
