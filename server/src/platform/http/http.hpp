#pragma once
// HTTP request/response types shared by the server core and the features. No Beast here: only
// platform/http/server.cpp sees Boost.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::http {

struct Response;
struct Request;
class EventStream;  // platform/http/event_stream.hpp
using Handler = std::function<Response(Request&)>;

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // raw, with query string
  std::string path;    // percent-decoded path
  std::map<std::string, std::string> query;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_ip;
  bool keep_alive = true;

  // Filled by the router and the app.
  std::map<std::string, std::string> path_params;
  std::string route;  // matched pattern, e.g. "/api/v1/users/{id}"; "" when none
  std::string request_id;
  // Set once by routing, before the server picks the thread the request runs on.
  bool routed = false;
  bool bad_target = false;           // the path or query did not decode
  bool path_known = false;           // the path is routed, with another method (405)
  bool offload = false;              // the matched route runs on the worker pool
  const Handler* handler = nullptr;  // the matched route's; null when none

  std::optional<std::string> Header(std::string_view lower_name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
  std::optional<std::string> Query(std::string_view name) const;
  const std::string& Param(const std::string& name) const { return path_params.at(name); }
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  bool close = false;  // close the connection after writing
  // Set for a server-sent-events response: the headers go out, then the stream's frames as they
  // come, until it closes or the client leaves. `body` is ignored.
  std::shared_ptr<EventStream> stream{};

  void SetHeader(std::string name, std::string value);
  // Another header of the same name (Set-Cookie may come more than once).
  void AddHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
  const std::string* FindHeader(std::string_view name) const;
};

// Splits "a=1&b=x%20y" into decoded pairs; false on bad percent-encoding.
bool ParseQuery(std::string_view query, std::map<std::string, std::string>* out);
bool PercentDecode(std::string_view in, std::string* out, bool plus_is_space);
// Well-formed UTF-8: text::IsValidUtf8 (platform/text/utf8.hpp), kept here for HTTP callers.
bool IsValidUtf8(std::string_view s);
std::string_view StatusReason(int status);

}  // namespace kenes::http
