#pragma once
// A request type's fields, declared once: the edge decodes a JSON body or a query string into the
// struct, checking each field against its rule, and collects every problem into one 422 whose
// `fields` name them ("title": "too_long", "items.2.key": "required"). A body may not carry fields
// the type does not declare; a query may (caches and trackers add their own).
//
// A request type declares its fields in a free function found by argument-dependent lookup:
//
//   struct NewTemplate { std::string language, title; std::optional<std::string> note; };
//   void Describe(http::Schema<NewTemplate>& s) {
//     s.Add("language", &NewTemplate::language, {.required = true, .min = 2, .max = 2});
//     s.Add("title", &NewTemplate::title, {.required = true, .min = 1, .max = 200});
//     s.Add("note", &NewTemplate::note, {.max = 2000});
//   }

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "platform/http/field.hpp"

namespace kenes::http {

// What a field must satisfy. Text lengths are in code points, list lengths in items.
struct Rule {
  bool required = false;  // absent, null, or empty text → "required"
  size_t min = 0;
  size_t max = 1000;
  int64_t lo = std::numeric_limits<int64_t>::min();  // numbers: the closed range allowed
  int64_t hi = std::numeric_limits<int64_t>::max();
};

// A text value as Kenes keeps it: ASCII whitespace trimmed at both ends (pasted values carry
// it), no control characters but tab and line breaks, length within the rule. nullopt with the
// reason ("required", "invalid_characters", "too_short", "too_long") otherwise.
std::optional<std::string> CheckedText(std::string_view raw, const Rule& rule, std::string* reason);

// Where the fields come from: a JSON object or a query string. Not a template, so the checks are
// compiled once; Schema<T> only says where each checked value goes.
class FieldSource {
 public:
  enum class Presence { kAbsent, kNull, kValue };

  static FieldSource Object(const nlohmann::json& object, std::string prefix = {});
  static FieldSource Query(const std::map<std::string, std::string>& query);

  // Marks `key` as declared; says whether it is there.
  Presence Probe(const std::string& key);
  // The value of a present field, checked against the rule; nullopt after reporting a problem.
  std::optional<std::string> Text(const std::string& key, const Rule& rule);
  std::optional<int64_t> Int(const std::string& key, const Rule& rule);
  std::optional<bool> Bool(const std::string& key);
  std::optional<std::vector<int64_t>> Ids(const std::string& key, const Rule& rule);
  std::optional<std::vector<std::string>> Texts(const std::string& key, const Rule& rule);
  // A nested object, read by its own source named "key."; nullopt (reported) when not an object.
  std::optional<FieldSource> Nested(const std::string& key);
  // The items of a list of objects, each read by its own source named "key.N.".
  std::optional<std::vector<FieldSource>> Objects(const std::string& key, const Rule& rule);
  // A JSON value kept as it is (an object of links, say); the caller checks its shape.
  const nlohmann::json* Raw(const std::string& key);

  void Fail(const std::string& key, const std::string& reason);
  void Absorb(FieldSource& nested);
  // Ok when every field was valid and (for a body) none was undeclared.
  Status Done();

 private:
  FieldSource() = default;
  const nlohmann::json* JsonValue(const std::string& key) const;

  const nlohmann::json* object_ = nullptr;
  const std::map<std::string, std::string>* query_ = nullptr;
  std::string prefix_;
  std::vector<std::string> seen_;
  std::map<std::string, std::string> problems_;
};

// The parser of an enum's wire name: `ParseStatus("registered")` → AppealStatus::kRegistered.
template <class E>
using EnumParser = std::optional<E> (*)(std::string_view);

template <class T>
class Schema;

// T's schema, declared once by T's Describe (found by argument-dependent lookup).
template <class T>
const Schema<T>& SchemaOf() {
  static const Schema<T> kSchema = [] {
    Schema<T> s;
    Describe(s);
    return s;
  }();
  return kSchema;
}

template <class T>
class Schema {
 public:
  using Step = std::function<void(FieldSource&, T&)>;

  // Text, numbers, booleans, id lists and text lists; std::optional<X> for "may be left out",
  // Field<X> for "left out, cleared with null, or set".
  template <class M>
  void Add(const char* key, M T::*member, Rule rule = {}) {
    steps_.push_back([key = std::string(key), member, rule](FieldSource& src, T& out) {
      Read(src, key, rule, out.*member);
    });
  }

  // A closed set, sent as its wire name; an unknown name is "invalid".
  template <class M, class E>
  void Enum(const char* key, M T::*member, EnumParser<E> parse, Rule rule = {}) {
    steps_.push_back([key = std::string(key), member, parse, rule](FieldSource& src, T& out) {
      ReadEnum(src, key, rule, parse, out.*member);
    });
  }

  // A list of objects, each decoded by its own type's Describe.
  template <class U>
  void List(const char* key, std::vector<U> T::*member, Rule rule = {}) {
    steps_.push_back([key = std::string(key), member, rule](FieldSource& src, T& out) {
      if (!Present(src, key, rule)) return;
      auto items = src.Objects(key, rule);
      if (!items) return;
      const Schema<U>& inner = SchemaOf<U>();
      for (auto& item : *items) {
        U value{};
        inner.Fill(item, value);
        (void)item.Done();
        src.Absorb(item);
        (out.*member).push_back(std::move(value));
      }
    });
  }

  // A nested object, decoded by its own type's Describe; its problems are named "key.field".
  template <class U>
  void Object(const char* key, std::optional<U> T::*member, Rule rule = {}) {
    steps_.push_back([key = std::string(key), member, rule](FieldSource& src, T& out) {
      if (!Present(src, key, rule)) return;
      auto nested = src.Nested(key);
      if (!nested) return;
      U value{};
      SchemaOf<U>().Fill(*nested, value);
      (void)nested->Done();
      src.Absorb(*nested);
      out.*member = std::move(value);
    });
  }

  // A JSON value kept as it is; `check` says whether its shape is acceptable.
  void Json(const char* key, std::optional<nlohmann::json> T::*member,
            bool (*check)(const nlohmann::json&), Rule rule = {}) {
    steps_.push_back([key = std::string(key), member, check, rule](FieldSource& src, T& out) {
      if (!Present(src, key, rule)) return;
      const nlohmann::json* v = src.Raw(key);
      if (!check(*v)) return src.Fail(key, "wrong_type");
      out.*member = *v;
    });
  }

  // A check across fields (one of two required, a range the right way round), run after all.
  void Check(std::function<void(FieldSource&, const T&)> check) {
    checks_.push_back(std::move(check));
  }

  void Fill(FieldSource& src, T& out) const {
    for (const auto& step : steps_) step(src, out);
    for (const auto& check : checks_) check(src, out);
  }

 private:
  // True when the field has a value to read; reports a missing required one.
  static bool Present(FieldSource& src, const std::string& key, const Rule& rule) {
    const auto p = src.Probe(key);
    if (p == FieldSource::Presence::kValue) return true;
    if (rule.required) src.Fail(key, "required");
    return false;
  }

  template <class V>
  static std::optional<V> ReadValue(FieldSource& src, const std::string& key, const Rule& rule) {
    if constexpr (std::is_same_v<V, std::string>) {
      return src.Text(key, rule);
    } else if constexpr (std::is_same_v<V, bool>) {
      return src.Bool(key);
    } else if constexpr (std::is_integral_v<V>) {
      auto v = src.Int(key, rule);
      if (!v) return std::nullopt;
      return static_cast<V>(*v);
    } else if constexpr (std::is_same_v<V, std::vector<int64_t>>) {
      return src.Ids(key, rule);
    } else if constexpr (std::is_same_v<V, std::vector<std::string>>) {
      return src.Texts(key, rule);
    } else {
      static_assert(sizeof(V) == 0, "Schema::Add: no reader for this member type");
    }
  }

  template <class M>
  static void Read(FieldSource& src, const std::string& key, const Rule& rule, M& out) {
    if constexpr (IsField<M>::value) {
      using V = typename IsField<M>::Type;
      const auto p = src.Probe(key);
      if (p == FieldSource::Presence::kNull) {
        if (rule.required) return src.Fail(key, "required");
        out = M::Null();
      } else if (p == FieldSource::Presence::kValue) {
        if (auto v = ReadValue<V>(src, key, rule)) out = std::move(*v);
      } else if (rule.required) {
        src.Fail(key, "required");
      }
    } else if constexpr (IsOptional<M>::value) {
      if (!Present(src, key, rule)) return;
      if (auto v = ReadValue<typename IsOptional<M>::Type>(src, key, rule)) out = std::move(*v);
    } else {
      if (!Present(src, key, rule)) return;
      if (auto v = ReadValue<M>(src, key, rule)) out = std::move(*v);
    }
  }

  template <class M, class E>
  static void ReadEnum(FieldSource& src, const std::string& key, const Rule& rule,
                       EnumParser<E> parse, M& out) {
    const auto p = src.Probe(key);
    if (p != FieldSource::Presence::kValue) {
      if (rule.required) src.Fail(key, "required");
      if constexpr (IsField<M>::value) {
        if (p == FieldSource::Presence::kNull && !rule.required) out = M::Null();
      }
      return;
    }
    // A declaration that bounds the word's length (min ≥ 1) has it checked as text first, so ""
    // is "required" or "too_short" as for a text field; otherwise the parser alone decides.
    const Rule text = rule.min > 0
                          ? Rule{.required = rule.required, .min = rule.min, .max = rule.max}
                          : Rule{.max = 100};
    auto word = src.Text(key, text);
    if (!word) return;
    auto value = parse(*word);
    if (!value) return src.Fail(key, "invalid");
    out = *value;
  }

  template <class X>
  struct IsOptional : std::false_type {};
  template <class X>
  struct IsOptional<std::optional<X>> : std::true_type {
    using Type = X;
  };
  template <class X>
  struct IsField : std::false_type {};
  template <class X>
  struct IsField<Field<X>> : std::true_type {
    using Type = X;
  };

  std::vector<Step> steps_;
  std::vector<std::function<void(FieldSource&, const T&)>> checks_;
};

// Decodes `source` into a T by T's Describe; every problem in one 422.
template <class T>
Result<T> DecodeFields(FieldSource source) {
  T out{};
  SchemaOf<T>().Fill(source, out);
  if (auto done = source.Done(); !done.ok()) return done.error();
  return out;
}

}  // namespace kenes::http
