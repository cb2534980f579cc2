#include "platform/http/api.hpp"

#include "platform/http/endpoint.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::http {

namespace {
constexpr size_t kMaxJsonBytes = 1 << 20;
}  // namespace

Response JsonResponse(int status, const Json& body) {
  Response res;
  res.status = status;
  res.SetHeader("Content-Type", "application/json; charset=utf-8");
  res.body = body.dump(-1, ' ', false, Json::error_handler_t::replace);
  return res;
}

Response JsonText(int status, std::string body) {
  Response res;
  res.status = status;
  res.SetHeader("Content-Type", "application/json; charset=utf-8");
  res.body = std::move(body);
  return res;
}

Response NoContent() {
  Response res;
  res.status = 204;
  return res;
}

Response ErrorResponse(const Error& error, const std::string& request_id) {
  Json fields = Json::object();
  for (const auto& [k, v] : error.fields) fields[k] = v;
  Json body = {
      {"error",
       {{"code", ErrorCodeName(error.code)},
        {"message", error.message.empty() ? std::string(ErrorCodeName(error.code)) : error.message},
        {"fields", fields},
        {"request_id", request_id}}}};
  Response res = JsonResponse(HttpStatusOf(error.code), body);
  if (error.code == ErrorCode::kResourceExhausted && error.retry_after_s > 0) {
    res.SetHeader("Retry-After", std::to_string(error.retry_after_s));
  }
  return res;
}

Response Fail(const Error& error, const Request& req) {
  return ErrorResponse(error, req.request_id);
}

std::optional<int64_t> ParseId(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<int64_t> PathId(const Request& req, const std::string& name) {
  return ParseId(req.Param(name));
}

std::optional<int64_t> QueryId(const Request& req, std::string_view name, bool* bad) {
  auto q = req.Query(name);
  if (!q || q->empty()) return std::nullopt;
  auto v = ParseId(*q);
  if (!v) *bad = true;
  return v;
}

bool PathIdsValid(const Request& req) {
  for (const auto& [name, value] : req.path_params) {
    if (!ParseId(value)) return false;
  }
  return true;
}

size_t Utf8Length(std::string_view s) { return text::CodePoints(s); }

bool JsonDepthWithin(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

Result<Json> ParseJsonBody(const Request& req) {
  auto ct = req.Header("content-type");
  if (!ct || ct->rfind("application/json", 0) != 0) {
    return Error::Invalid("body", "wrong_type");
  }
  if (req.body.size() > kMaxJsonBytes) {
    return Error::Of(ErrorCode::kPayloadTooLarge, "JSON body too large");
  }
  if (!IsValidUtf8(req.body)) return Error::Invalid("body", "invalid_utf8");
  if (!JsonDepthWithin(req.body, kMaxJsonDepth)) return Error::Invalid("body", "too_deep");
  Json j = Json::parse(req.body, nullptr, false);
  if (j.is_discarded()) return Error::Invalid("body", "invalid_json");
  return j;
}

Result<BodyReader> BodyReader::Parse(const Request& req) {
  auto j = ParseJsonBody(req);
  if (!j.ok()) return j.error();
  if (!j->is_object()) return Error::Invalid("body", "wrong_type");
  return BodyReader(std::move(*j));
}

const Json* BodyReader::Get(const std::string& key, bool required) {
  seen_.insert(key);
  auto it = json_.find(key);
  if (it == json_.end() || it->is_null()) {
    if (required) fields_.emplace(key, "required");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> BodyReader::Str(const std::string& key, bool required, size_t min_chars,
                                           size_t max_chars) {
  const Json* v = Get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    fields_.emplace(key, "wrong_type");
    return std::nullopt;
  }
  std::string reason;
  auto s = CheckedText(v->get_ref<const std::string&>(),
                       Rule{.required = required, .min = min_chars, .max = max_chars}, &reason);
  if (!s) fields_.emplace(key, reason);
  return s;
}

std::optional<bool> BodyReader::Bool(const std::string& key, bool required) {
  const Json* v = Get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    fields_.emplace(key, "wrong_type");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<int64_t> BodyReader::Int(const std::string& key, bool required) {
  const Json* v = Get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    fields_.emplace(key, "wrong_type");
    return std::nullopt;
  }
  return v->get<int64_t>();
}

std::optional<BodyReader> BodyReader::Object(const std::string& key, bool required) {
  const Json* v = Get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    fields_.emplace(key, "wrong_type");
    return std::nullopt;
  }
  return BodyReader(*v, prefix_ + key + ".");
}

Status BodyReader::Done() {
  for (auto it = json_.begin(); it != json_.end(); ++it) {
    if (!seen_.count(it.key())) fields_.emplace(it.key(), "unknown_field");
  }
  if (fields_.empty()) return Ok();
  Error e{ErrorCode::kInvalidArgument, "invalid request body", {}, 0};
  for (const auto& [k, v] : fields_)
    e.fields.emplace(k.find('.') == std::string::npos ? prefix_ + k : k, v);
  return e;
}

}  // namespace kenes::http
