#pragma once
// The HTTP/1.1 server core (Boost.Beast, C++20 coroutines, one io_context run by N threads).
// It knows nothing of routes or JSON: it hands each parsed request to one handler function.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "platform/http/http.hpp"

namespace kenes::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;         // 0 picks a free port
  int io_threads = 0;      // 0: one per core
  int worker_threads = 0;  // blocking work (writes, PostgreSQL, mail); 0: max(32, 4 x cores)
  size_t max_body_bytes = 1 << 20;
  // The largest body a route declared for big files takes (ServerHooks::body_limit); 0: none.
  size_t max_file_body_bytes = 0;
  int max_connections = 10000;
  int read_timeout_ms = 30000;    // to read one request once its first byte arrived
  int idle_timeout_ms = 75000;    // keep-alive connection with no request
  int shutdown_grace_ms = 10000;  // in-flight requests get this long after SIGTERM
  // An open event stream with nothing to say sends a comment this often: proxies keep it, and a
  // client that left is noticed.
  int event_keepalive_ms = 25000;
};

struct ServerHooks {
  std::function<Response(Request&)> handle;
  // True when the request may block (its route says so, or the database is across a network):
  // it then runs on the worker pool. May route the request (fill its route fields) on the way.
  std::function<bool(Request&)> offload;
  // For a request about to be offloaded: an answer from memory on the io thread, or nullopt when
  // it needs the worker after all (its route does not allow it, or it reached for the database).
  std::function<std::optional<Response>(Request&)> try_inline;
  // For a request whose body is over max_body_bytes (or not announced): a larger limit when its
  // route takes files that big, else 0. Gets the method and target only, before the body is read.
  std::function<size_t(Request&)> body_limit;
  // Answer for a request the server rejects itself (413, 400, 503) in the API's error shape.
  std::function<Response(int status, const std::string& code)> reject;
};

class Server {
 public:
  Server(ServerOptions options, ServerHooks hooks);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  void Listen();  // binds; port() is known afterwards
  int port() const;
  // Serves until Stop() or, when handle_signals, until SIGTERM/SIGINT; returns when drained.
  void Run(bool handle_signals);
  void Stop();  // graceful: stop accepting, finish in-flight requests, close idle connections
  int open_connections() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kenes::http
