#include "platform/http/api.hpp"

#include "platform/http/endpoint.hpp"

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

bool PathIdsValid(const Request& req) {
  for (const auto& [name, value] : req.path_params) {
    if (!ParseId(value)) return false;
  }
  return true;
}

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

}  // namespace kenes::http
