#pragma once
// What a feature's *_http.cpp needs: JSON in (validated, unknown fields rejected), JSON out, errors
// in the one shape, and a way to register routes that receive the authenticated Actor.

#include <functional>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "platform/http/http.hpp"

namespace kenes::http {

using Json = nlohmann::json;
using ApiHandler = std::function<Response(const Request&, const Actor&)>;

Response JsonResponse(int status, const Json& body);
// A body already written as JSON (platform/http/json_writer.hpp).
Response JsonText(int status, std::string body);
Response NoContent();
Response ErrorResponse(const Error& error, const std::string& request_id);

// The one error shape, with the request's id.
Response Fail(const Error& error, const Request& req);

// A whole non-negative number of at most 18 digits (an id, a limit, a cursor), or nullopt.
std::optional<int64_t> ParseId(std::string_view s);
// The path parameter `name` as an id; nullopt when malformed (callers answer 404).
std::optional<int64_t> PathId(const Request& req, const std::string& name);
// The query parameter `name` as an id: nullopt when absent or empty; sets *bad when malformed.
std::optional<int64_t> QueryId(const Request& req, std::string_view name, bool* bad);

template <class T>
Response Reply(const Result<T>& result, const Request& req, int status,
               const std::function<Json(const T&)>& to_json) {
  if (!result.ok()) return ErrorResponse(result.error(), req.request_id);
  return JsonResponse(status, to_json(result.value()));
}

// Bodies nested deeper than this are refused before parsing: serializing or destroying a value
// recurses once per level, and 70,000 levels overflow a worker's stack.
inline constexpr int kMaxJsonDepth = 32;

// True when no array/object in `text` nests deeper than `max_depth` (strings are skipped, so a
// bracket inside one does not count). Linear, no recursion, stops at the first level too deep.
bool JsonDepthWithin(std::string_view text, int max_depth);

// A request body as JSON: the content type, size (1 MiB), UTF-8, nesting depth and syntax checked,
// in that order; each failure is a 422 (413 for size) naming `body`.
Result<Json> ParseJsonBody(const Request& req);

// Reads a JSON object body field by field, collecting every problem into one 422.
class BodyReader {
 public:
  static Result<BodyReader> Parse(const Request& req);

  // nullopt when absent (reported if required) or invalid (reported).
  std::optional<std::string> Str(const std::string& key, bool required, size_t min_chars = 0,
                                 size_t max_chars = 1000);
  std::optional<bool> Bool(const std::string& key, bool required);
  std::optional<int64_t> Int(const std::string& key, bool required);
  // A nested object, read with its own reader; its problems are reported as "key.field".
  std::optional<BodyReader> Object(const std::string& key, bool required);
  // The raw value (marked as read), for fields whose shape the caller checks itself.
  const Json* Raw(const std::string& key) { return Get(key, false); }
  bool Has(const std::string& key) const { return json_.contains(key) && !json_[key].is_null(); }
  void Fail(const std::string& key, const std::string& reason) { fields_.emplace(key, reason); }

  // Takes a nested reader's problems (already named "key.field") into this one.
  void Absorb(const Status& nested) {
    if (!nested.ok()) fields_.insert(nested.error().fields.begin(), nested.error().fields.end());
  }

  // Ok when every field was valid and no unknown field was sent.
  Status Done();

 private:
  explicit BodyReader(Json j, std::string prefix = {})
      : json_(std::move(j)), prefix_(std::move(prefix)) {}
  const Json* Get(const std::string& key, bool required);

  Json json_;
  std::string prefix_;
  std::set<std::string> seen_;
  std::map<std::string, std::string> fields_;
};

// A handler on a path with an id and a JSON body: a malformed id answers 404 and a body that is
// not a JSON object 422 before `fn(id, body)` runs; `fn` reads its fields and calls body.Done().
template <class F>
Response WithIdAndBody(const Request& req, const std::string& param, F&& fn) {
  auto id = PathId(req, param);
  if (!id) return Fail(Error::NotFound(), req);
  auto body = BodyReader::Parse(req);
  if (!body.ok()) return Fail(body.error(), req);
  return fn(*id, *body);
}

// Length in code points: text::CodePoints (platform/text/utf8.hpp), kept here for HTTP callers.
size_t Utf8Length(std::string_view s);

enum class Access { kPublic, kSignedIn };

// What a request costs the server. kHeavy (password hashing, PDFs, exports, imports) runs under a
// concurrency cap per client address and in all, checked before the work starts.
enum class Cost { kLight, kHeavy };

// Where a request runs: on the worker pool (anything that may block: the database, files, mail),
// or on the io thread that read it (constant answers, where a hop to a worker costs more).
enum class Runs { kWorkers, kIoThread };

struct RouteSpec {
  std::string method;
  std::string path;
  Access access = Access::kPublic;
  Cost cost = Cost::kLight;
  Runs runs = Runs::kWorkers;
};

template <class In, class Out>
struct Endpoint;  // platform/http/endpoint.hpp

class Routes {
 public:
  using AddFn = std::function<void(RouteSpec spec, ApiHandler handler)>;
  explicit Routes(AddFn add) : add_(std::move(add)) {}

  // A declared route (platform/http/endpoint.hpp): how new routes are written.
  template <class In, class Out>
  void Add(Endpoint<In, Out> endpoint);

  // A hand-written handler: only for the routes not yet declared.
  void Add(std::string method, std::string pattern, ApiHandler handler,
           Access access = Access::kPublic, Cost cost = Cost::kLight) {
    add_(RouteSpec{std::move(method), std::move(pattern), access, cost, Runs::kWorkers},
         std::move(handler));
  }
  void Add(RouteSpec spec, ApiHandler handler) { add_(std::move(spec), std::move(handler)); }

 private:
  AddFn add_;
};

}  // namespace kenes::http
