// The only translation unit that includes Boost.Beast/Asio (they cost ~20 s of compile time).
#include "platform/http/server.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <utility>  // before Asio: GCC 12 + Boost 1.74 need std::exchange declared
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <sys/resource.h>

#include "platform/http/event_stream.hpp"

namespace kenes::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using Tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;

namespace {

struct Connection {
  explicit Connection(Tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  bool idle = true;               // touched only on the connection's strand
  std::function<void()> on_stop;  // an event stream's: ends it when the server stops
};

int DefaultThreads() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 2 : static_cast<int>(n);
}

// Workers mostly wait (for the database writer, a pooled connection, the mail server), so there
// are many more of them than cores: concurrent writes then queue together and share commits.
int DefaultWorkers() { return std::max(32, 4 * DefaultThreads()); }

}  // namespace

class Server::Impl {
 public:
  Impl(ServerOptions options, ServerHooks hooks)
      : options_(std::move(options)),
        hooks_(std::move(hooks)),
        io_threads_(options_.io_threads > 0 ? options_.io_threads : DefaultThreads()),
        ioc_(io_threads_),
        pool_work_(asio::make_work_guard(pool_)),
        acceptor_(ioc_),
        signals_(ioc_) {
    StartWorkers();
  }

  ~Impl() {
    pool_work_.reset();  // the workers finish what is queued, then return
    for (auto& t : workers_) t.join();
  }

  void StartWorkers() {
    const int n = options_.worker_threads > 0 ? options_.worker_threads : DefaultWorkers();
    for (int i = 0; i < n; ++i) {
      workers_.emplace_back([this] {
        // Workers yield to the io threads: under a flood of costly requests (password hashes,
        // scans) the io threads still get a core at once for /healthz, static files and reading
        // the next request. Raising one's own nice value needs no privilege.
        setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kWorkerNice);
        pool_.run();
      });
    }
  }

  void Listen() {
    Tcp::endpoint ep(asio::ip::make_address(options_.host),
                     static_cast<unsigned short>(options_.port));
    acceptor_.open(ep.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(ep);
    acceptor_.listen(asio::socket_base::max_listen_connections);
    port_ = acceptor_.local_endpoint().port();
  }

  int port() const { return port_; }
  int open_connections() const { return connections_.load(); }

  void Run(bool handle_signals) {
    asio::co_spawn(ioc_, Accept(), asio::detached);
    if (handle_signals) {
      signals_.add(SIGTERM);
      signals_.add(SIGINT);
      signals_.async_wait([this](const boost::system::error_code& ec, int) {
        if (!ec) Stop();
      });
    }
    std::vector<std::thread> threads;
    for (int i = 1; i < io_threads_; ++i) threads.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (auto& t : threads) t.join();
  }

  void Stop() {
    // Stop and the drain check run on one strand, so the grace timer exists before anyone
    // can try to cancel it.
    asio::post(control_, [this] {
      if (stopping_.exchange(true)) return;
      auto timer = std::make_shared<asio::steady_timer>(ioc_);
      timer->expires_after(std::chrono::milliseconds(options_.shutdown_grace_ms));
      grace_timer_ = timer;
      // Requests still running after the grace period are cut off.
      timer->async_wait([this, timer](const boost::system::error_code& e) {
        if (!e) ioc_.stop();
      });
      boost::system::error_code ec;
      acceptor_.close(ec);
      signals_.cancel(ec);
      std::lock_guard lock(mu_);
      for (const auto& conn : live_) {
        asio::post(conn->stream.get_executor(), [conn] {
          if (conn->idle) conn->stream.socket().close();
          if (conn->on_stop) conn->on_stop();
        });
      }
      if (live_.empty()) timer->cancel();
    });
  }

 private:
  awaitable<void> Accept() {
    while (!stopping_) {
      boost::system::error_code ec;
      Tcp::socket socket = co_await acceptor_.async_accept(asio::make_strand(ioc_),
                                                           asio::redirect_error(use_awaitable, ec));
      if (ec) {
        if (stopping_ || ec == asio::error::operation_aborted) break;
        continue;  // e.g. EMFILE: keep serving the connections we have
      }
      socket.set_option(Tcp::no_delay(true), ec);
      auto conn = std::make_shared<Connection>(std::move(socket));
      auto executor = conn->stream.get_executor();
      if (connections_.load() >= options_.max_connections) {
        asio::co_spawn(executor, RejectBusy(conn), asio::detached);
        continue;
      }
      asio::co_spawn(executor, Session(conn), asio::detached);
    }
    CancelGraceIfDrained();
  }

  awaitable<void> RejectBusy(std::shared_ptr<Connection> conn) {
    Response res = hooks_.reject(503, "unavailable");
    res.close = true;
    co_await Write(*conn, res, 11, false);
    boost::system::error_code ec;
    conn->stream.socket().shutdown(Tcp::socket::shutdown_both, ec);
  }

  awaitable<bool> Write(Connection& conn, Response& res, unsigned version, bool keep_alive) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
    for (auto& [name, value] : res.headers) out.insert(name, value);
    out.body() = std::move(res.body);
    out.keep_alive(keep_alive && !res.close);
    out.prepare_payload();
    conn.stream.expires_after(std::chrono::milliseconds(options_.read_timeout_ms));
    boost::system::error_code ec;
    co_await bhttp::async_write(conn.stream, out, asio::redirect_error(use_awaitable, ec));
    co_return !ec;
  }

  // The parser starts at the largest limit any route has (Beast checks a Content-Length against
  // the limit as the header ends); once the header is in, a request gets its own route's limit,
  // the server's unless its route is declared for big files. False when the announced body is
  // over it.
  bool BodyWithinLimit(bhttp::request_parser<bhttp::string_body>& parser) {
    size_t limit = options_.max_body_bytes;
    const auto announced = parser.content_length();
    if (hooks_.body_limit && (!announced || *announced > limit)) {
      Request probe;
      probe.method = std::string(parser.get().method_string());
      probe.target = std::string(parser.get().target());
      limit = std::max(limit, hooks_.body_limit(probe));
    }
    if (announced) return *announced <= limit;
    parser.body_limit(limit);  // chunked: counted as it arrives
    return true;
  }

  awaitable<void> Session(std::shared_ptr<Connection> conn) {
    ++connections_;
    {
      std::lock_guard lock(mu_);
      live_.insert(conn);
    }
    beast::flat_buffer buffer;
    boost::system::error_code ec;
    std::string remote_ip;
    {
      auto ep = conn->stream.socket().remote_endpoint(ec);
      if (!ec) remote_ip = ep.address().to_string();
    }
    bool first = true;
    while (!stopping_) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.body_limit(std::max(options_.max_body_bytes, options_.max_file_body_bytes));
      parser.header_limit(16 * 1024);
      conn->idle = buffer.size() == 0;
      conn->stream.expires_after(std::chrono::milliseconds(
          first || !conn->idle ? options_.read_timeout_ms : options_.idle_timeout_ms));
      first = false;
      co_await bhttp::async_read_header(conn->stream, buffer, parser,
                                        asio::redirect_error(use_awaitable, ec));
      conn->idle = false;
      if (!ec) {
        // The header arrived: the rest of the request gets the read timeout, not the idle one.
        conn->stream.expires_after(std::chrono::milliseconds(options_.read_timeout_ms));
        if (!BodyWithinLimit(parser)) {
          ec = bhttp::error::body_limit;
        } else {
          co_await bhttp::async_read(conn->stream, buffer, parser,
                                     asio::redirect_error(use_awaitable, ec));
        }
      }
      if (ec == bhttp::error::body_limit) {
        Response res = hooks_.reject(413, "payload_too_large");
        co_await Write(*conn, res, 11, false);
        break;
      }
      if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
          ec == asio::error::operation_aborted || ec == asio::error::eof ||
          ec == asio::error::connection_reset || ec == asio::error::bad_descriptor) {
        break;
      }
      if (ec) {
        Response res = hooks_.reject(400, "invalid_argument");
        co_await Write(*conn, res, 11, false);
        break;
      }
      auto& msg = parser.get();
      Request req;
      req.method = std::string(msg.method_string());
      req.target = std::string(msg.target());
      for (const auto& field : msg) {
        std::string name(field.name_string());
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        req.headers.emplace_back(std::move(name), std::string(field.value()));
      }
      req.body = std::move(msg.body());
      req.remote_ip = remote_ip;
      req.keep_alive = msg.keep_alive();
      unsigned version = msg.version();

      Response res;
      if (hooks_.offload && hooks_.offload(req)) {
        std::optional<Response> quick = hooks_.try_inline ? hooks_.try_inline(req) : std::nullopt;
        if (quick) {
          res = std::move(*quick);
        } else {
          res = co_await asio::co_spawn(
              pool_, [this, &req]() -> awaitable<Response> { co_return hooks_.handle(req); },
              use_awaitable);
        }
      } else {
        res = hooks_.handle(req);
      }
      if (res.stream) {
        co_await Stream(conn, res, version);
        break;
      }
      bool keep = req.keep_alive && !res.close && !stopping_;
      if (!co_await Write(*conn, res, version, keep) || !keep) break;
    }
    conn->stream.socket().shutdown(Tcp::socket::shutdown_both, ec);
    conn->stream.socket().close(ec);
    {
      std::lock_guard lock(mu_);
      live_.erase(conn);
    }
    --connections_;
    CancelGraceIfDrained();
  }

  // Server-sent events: the headers, then frames as the stream yields them, a comment when it
  // has been quiet for event_keepalive_ms; the connection closes after.
  awaitable<void> Stream(std::shared_ptr<Connection> conn, Response& res, unsigned version) {
    std::shared_ptr<EventStream> events = std::move(res.stream);
    const bool chunked = version >= 11;  // HTTP/1.0: the body ends when the connection does
    bhttp::response<bhttp::empty_body> head{static_cast<bhttp::status>(res.status), version};
    for (auto& [name, value] : res.headers) head.insert(name, value);
    head.keep_alive(false);
    if (chunked) head.chunked(true);
    bhttp::response_serializer<bhttp::empty_body> serializer{head};
    boost::system::error_code ec;
    conn->stream.expires_after(std::chrono::milliseconds(options_.read_timeout_ms));
    co_await bhttp::async_write_header(conn->stream, serializer,
                                       asio::redirect_error(use_awaitable, ec));
    auto timer = std::make_shared<asio::steady_timer>(conn->stream.get_executor());
    std::weak_ptr<asio::steady_timer> weak = timer;
    auto executor = conn->stream.get_executor();
    events->SetWaker([executor, weak] {
      asio::post(executor, [weak] {
        if (auto t = weak.lock()) t->cancel();
      });
    });
    conn->on_stop = [events] { events->Close(); };
    // A client that leaves is noticed at once (its place among the person's streams frees up),
    // not at the next keep-alive: read the socket, where nothing more should come but the end.
    asio::co_spawn(
        executor,
        [conn, events]() -> awaitable<void> {
          std::array<char, 512> sink{};
          boost::system::error_code read;
          while (!read) {
            co_await conn->stream.socket().async_read_some(
                asio::buffer(sink), asio::redirect_error(use_awaitable, read));
          }
          events->Close();
        },
        asio::detached);
    while (!ec) {
      std::vector<std::string> frames = events->Take();
      if (frames.empty()) {
        if (events->closed() || stopping_) break;
        timer->expires_after(std::chrono::milliseconds(options_.event_keepalive_ms));
        boost::system::error_code wait;
        co_await timer->async_wait(asio::redirect_error(use_awaitable, wait));
        if (wait == asio::error::operation_aborted) continue;  // a frame, a close or a stop
        frames.emplace_back(": keep-alive\n\n");
      }
      std::string data;
      for (const auto& f : frames) data += f;
      conn->stream.expires_after(std::chrono::milliseconds(options_.read_timeout_ms));
      if (chunked) {
        co_await asio::async_write(conn->stream, bhttp::make_chunk(asio::buffer(data)),
                                   asio::redirect_error(use_awaitable, ec));
      } else {
        co_await asio::async_write(conn->stream, asio::buffer(data),
                                   asio::redirect_error(use_awaitable, ec));
      }
    }
    if (!ec && chunked) {
      conn->stream.expires_after(std::chrono::milliseconds(options_.read_timeout_ms));
      co_await asio::async_write(conn->stream, bhttp::make_chunk_last(),
                                 asio::redirect_error(use_awaitable, ec));
    }
    conn->on_stop = nullptr;
    events->SetWaker(nullptr);
    events->Close();
  }

  void CancelGraceIfDrained() {
    asio::post(control_, [this] {
      if (!stopping_ || connections_.load() != 0) return;
      if (auto t = grace_timer_.lock()) t->cancel();
    });
  }

  ServerOptions options_;
  ServerHooks hooks_;
  int io_threads_;
  asio::io_context ioc_;
  static constexpr int kWorkerNice = 5;
  asio::io_context pool_;
  asio::executor_work_guard<asio::io_context::executor_type> pool_work_;
  std::vector<std::thread> workers_;
  Tcp::acceptor acceptor_;
  asio::signal_set signals_;
  asio::strand<asio::io_context::executor_type> control_{asio::make_strand(ioc_)};
  std::weak_ptr<asio::steady_timer> grace_timer_;
  int port_ = 0;
  std::atomic<int> connections_{0};
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::set<std::shared_ptr<Connection>> live_;
};

Server::Server(ServerOptions options, ServerHooks hooks)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(hooks))) {}
Server::~Server() = default;
void Server::Listen() { impl_->Listen(); }
int Server::port() const { return impl_->port(); }
void Server::Run(bool handle_signals) { impl_->Run(handle_signals); }
void Server::Stop() { impl_->Stop(); }
int Server::open_connections() const { return impl_->open_connections(); }

}  // namespace kenes::http
