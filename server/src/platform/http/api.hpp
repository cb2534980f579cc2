#pragma once
// What the edge shares: JSON out, errors in the one shape, the body checks every request passes
// (size, UTF-8, depth, syntax), and the route table features declare their routes into
// (platform/http/endpoint.hpp).

#include <functional>
#include <optional>
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

// Bodies nested deeper than this are refused before parsing: serializing or destroying a value
// recurses once per level, and 70,000 levels overflow a worker's stack.
inline constexpr int kMaxJsonDepth = 32;

// True when no array/object in `text` nests deeper than `max_depth` (strings are skipped, so a
// bracket inside one does not count). Linear, no recursion, stops at the first level too deep.
bool JsonDepthWithin(std::string_view text, int max_depth);

// A request body as JSON: the content type, size (1 MiB), UTF-8, nesting depth and syntax checked,
// in that order; each failure is a 422 (413 for size) naming `body`.
Result<Json> ParseJsonBody(const Request& req);

enum class Access { kPublic, kSignedIn };

// What a request costs the server. kHeavy (password hashing, PDFs, exports, imports) runs under a
// concurrency cap per client address and in all, checked before the work starts.
enum class Cost { kLight, kHeavy };

// Where a request runs: on the worker pool, or first on the io thread with the database out of
// reach (answers kept in memory; one that begins a transaction moves to a worker, ADR 0024).
enum class Runs { kWorkers, kIoThread };

// Whether a POST/PATCH/DELETE must carry the session's CSRF token. kSignedLink: the route acts on
// a signed token in its URL only (an e-mail's one-click unsubscribe, RFC 8058, which mail clients
// POST without cookies); the edge then reads no session at all, so a forged request from another
// site can do nothing the link itself could not.
enum class Csrf { kRequired, kSignedLink };

struct RouteSpec {
  std::string method;
  std::string path;
  Access access = Access::kPublic;
  Cost cost = Cost::kLight;
  Runs runs = Runs::kWorkers;
  Csrf csrf = Csrf::kRequired;
  // 0: the server's limit. More for a route whose body is a file larger than that limit.
  size_t max_body_bytes = 0;
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

 private:
  void Add(RouteSpec spec, ApiHandler handler) { add_(std::move(spec), std::move(handler)); }

  AddFn add_;
};

}  // namespace kenes::http
