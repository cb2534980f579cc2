#include "platform/http/schema.hpp"

#include <algorithm>

#include "platform/text/utf8.hpp"

namespace kenes::http {

using nlohmann::json;

std::optional<std::string> CheckedText(std::string_view raw, const Rule& rule,
                                       std::string* reason) {
  const size_t b = raw.find_first_not_of(" \t\r\n");
  const size_t e = raw.find_last_not_of(" \t\r\n");
  std::string s =
      b == std::string_view::npos ? std::string() : std::string(raw.substr(b, e - b + 1));
  if (s.empty() && rule.required) {
    *reason = "required";
    return std::nullopt;
  }
  // NUL and other control characters corrupt names in documents, logs and the systems that
  // later read them.
  for (unsigned char c : s) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      *reason = "invalid_characters";
      return std::nullopt;
    }
  }
  const size_t len = text::CodePoints(s);
  if (len < rule.min) {
    *reason = "too_short";
    return std::nullopt;
  }
  if (len > rule.max) {
    *reason = "too_long";
    return std::nullopt;
  }
  return s;
}

namespace {

// A whole number written in decimal (an optional minus), or nullopt.
std::optional<int64_t> ParseInteger(std::string_view s) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return negative ? -v : v;
}

}  // namespace

FieldSource FieldSource::Object(const json& object, std::string prefix) {
  FieldSource s;
  s.object_ = &object;
  s.prefix_ = std::move(prefix);
  return s;
}

FieldSource FieldSource::Query(const std::map<std::string, std::string>& query) {
  FieldSource s;
  s.query_ = &query;
  return s;
}

const json* FieldSource::JsonValue(const std::string& key) const {
  auto it = object_->find(key);
  return it == object_->end() ? nullptr : &*it;
}

FieldSource::Presence FieldSource::Probe(const std::string& key) {
  seen_.push_back(key);
  if (query_) {
    auto it = query_->find(key);
    // An empty parameter ("?status=") is how a form says "any": the same as leaving it out.
    return it == query_->end() || it->second.empty() ? Presence::kAbsent : Presence::kValue;
  }
  const json* v = JsonValue(key);
  if (!v) return Presence::kAbsent;
  return v->is_null() ? Presence::kNull : Presence::kValue;
}

std::optional<std::string> FieldSource::Text(const std::string& key, const Rule& rule) {
  std::string_view raw;
  if (query_) {
    raw = query_->at(key);
  } else {
    const json* v = JsonValue(key);
    if (!v->is_string()) {
      Fail(key, "wrong_type");
      return std::nullopt;
    }
    raw = v->get_ref<const std::string&>();
  }
  std::string reason;
  auto s = CheckedText(raw, rule, &reason);
  if (!s) Fail(key, reason);
  return s;
}

std::optional<int64_t> FieldSource::Int(const std::string& key, const Rule& rule) {
  std::optional<int64_t> v;
  if (query_) {
    v = ParseInteger(query_->at(key));
    if (!v) {
      Fail(key, "invalid");
      return std::nullopt;
    }
  } else {
    const json* j = JsonValue(key);
    if (!j->is_number_integer()) {
      Fail(key, "wrong_type");
      return std::nullopt;
    }
    v = j->get<int64_t>();
  }
  if (*v < rule.lo || *v > rule.hi) {
    Fail(key, "out_of_range");
    return std::nullopt;
  }
  return v;
}

std::optional<bool> FieldSource::Bool(const std::string& key) {
  if (query_) {
    const std::string& s = query_->at(key);
    if (s == "true") return true;
    if (s == "false") return false;
    Fail(key, "invalid");
    return std::nullopt;
  }
  const json* j = JsonValue(key);
  if (!j->is_boolean()) {
    Fail(key, "wrong_type");
    return std::nullopt;
  }
  return j->get<bool>();
}

std::optional<std::vector<int64_t>> FieldSource::Ids(const std::string& key, const Rule& rule) {
  const json* j = query_ ? nullptr : JsonValue(key);
  if (!j || !j->is_array()) {
    Fail(key, "wrong_type");
    return std::nullopt;
  }
  if (j->size() < rule.min || j->size() > rule.max) {
    Fail(key, j->size() > rule.max ? "too_many" : "too_few");
    return std::nullopt;
  }
  std::vector<int64_t> out;
  out.reserve(j->size());
  for (const auto& v : *j) {
    if (!v.is_number_integer()) {
      Fail(key, "wrong_type");
      return std::nullopt;
    }
    out.push_back(v.get<int64_t>());
  }
  return out;
}

std::optional<std::vector<std::string>> FieldSource::Texts(const std::string& key,
                                                           const Rule& rule) {
  const json* j = query_ ? nullptr : JsonValue(key);
  if (!j || !j->is_array()) {
    Fail(key, "wrong_type");
    return std::nullopt;
  }
  // The rule's min/max bound each item's length; a list of text is at most 1,000 items.
  if (j->size() > 1000) {
    Fail(key, "too_many");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& v : *j) {
    if (!v.is_string()) {
      Fail(key, "wrong_type");
      return std::nullopt;
    }
    std::string reason;
    auto s = CheckedText(v.get_ref<const std::string&>(), rule, &reason);
    if (!s) {
      Fail(key, reason);
      return std::nullopt;
    }
    out.push_back(std::move(*s));
  }
  return out;
}

std::optional<FieldSource> FieldSource::Nested(const std::string& key) {
  const json* j = query_ ? nullptr : JsonValue(key);
  if (!j || !j->is_object()) {
    Fail(key, "wrong_type");
    return std::nullopt;
  }
  return Object(*j, prefix_ + key + ".");
}

std::optional<std::vector<FieldSource>> FieldSource::Objects(const std::string& key,
                                                             const Rule& rule) {
  const json* j = query_ ? nullptr : JsonValue(key);
  if (!j || !j->is_array()) {
    Fail(key, "wrong_type");
    return std::nullopt;
  }
  if (j->size() < rule.min || j->size() > rule.max) {
    Fail(key, j->size() > rule.max ? "too_many" : "too_few");
    return std::nullopt;
  }
  std::vector<FieldSource> out;
  out.reserve(j->size());
  for (size_t i = 0; i < j->size(); ++i) {
    const json& item = (*j)[i];
    if (!item.is_object()) {
      Fail(key + "." + std::to_string(i), "wrong_type");
      return std::nullopt;
    }
    out.push_back(Object(item, prefix_ + key + "." + std::to_string(i) + "."));
  }
  return out;
}

const json* FieldSource::Raw(const std::string& key) {
  if (query_) return nullptr;
  return JsonValue(key);
}

void FieldSource::Fail(const std::string& key, const std::string& reason) {
  problems_.emplace(prefix_ + key, reason);
}

void FieldSource::Absorb(FieldSource& nested) {
  problems_.insert(nested.problems_.begin(), nested.problems_.end());
  nested.problems_.clear();
}

Status FieldSource::Done() {
  if (object_) {
    for (auto it = object_->begin(); it != object_->end(); ++it) {
      if (std::find(seen_.begin(), seen_.end(), it.key()) == seen_.end()) {
        problems_.emplace(prefix_ + it.key(), "unknown_field");
      }
    }
  }
  if (problems_.empty()) return Ok();
  Error e = Error::InvalidFields(problems_);
  e.message = "invalid request: " + problems_.begin()->first;
  return e;
}

}  // namespace kenes::http
