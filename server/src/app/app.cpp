// The composition root in one file (about 500 lines): the configuration read, every module
// registered in the order their services depend on each other, the edge's checks around each
// route (CSRF, admission, the session), the offload to workers, health and the background
// threads. Splitting it would spread one start-up order over several files.
#include "app/app.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

#include "app/iin_protection.hpp"
#include "app/post_link_sources.hpp"
#include "app/shipped_calendars.hpp"
#include "features/acts/module.hpp"
#include "features/annual_reports/module.hpp"
#include "features/appeals/module.hpp"
#include "features/attachments/module.hpp"
#include "features/calendar/module.hpp"
#include "features/catalog/module.hpp"
#include "features/deputy_requests/module.hpp"
#include "features/directory/module.hpp"
#include "features/drafts/module.hpp"
#include "features/events/module.hpp"
#include "features/identity/module.hpp"
#include "features/maslikhat_pages/module.hpp"
#include "features/notifications/module.hpp"
#include "features/posts/module.hpp"
#include "features/privacy/module.hpp"
#include "features/reception/module.hpp"
#include "features/sittings/module.hpp"
#include "features/subscriptions/module.hpp"
#include "features/system/module.hpp"
#include "features/tasks/module.hpp"
#include "features/voter_reports/module.hpp"
#include "features/work_plans/module.hpp"
#include "platform/audit/read_journal.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/ping.hpp"
#include "platform/db/would_wait.hpp"
#include "platform/files/store_sweep.hpp"
#include "platform/http/api.hpp"
#include "platform/http/client_address.hpp"
#include "platform/http/client_gate.hpp"
#include "platform/http/compress.hpp"
#include "platform/http/csrf.hpp"
#include "platform/http/metrics.hpp"
#include "platform/http/router.hpp"
#include "platform/http/server.hpp"
#include "platform/http/static_files.hpp"
#include "platform/live/event_hub.hpp"
#include "platform/log/log.hpp"
#include "platform/mail/sms.hpp"
#include "platform/module_context.hpp"

namespace kenes {

using http::Request;
using http::Response;

std::unique_ptr<db::Database> OpenConfiguredDatabase(const Config& config) {
  db::DatabaseOptions options;
  options.pool_size = config.database.pool_size;
  return db::OpenDatabase(config.database.url, options);
}

namespace {

// SMTP connections kept open and sending at once (the mail lane's threads): a digest's mails
// leave on all of them while the SMTP server works on the others' messages.
constexpr int kMailSenders = 4;

constexpr const char* kCsp =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

bool IsUnsafe(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// Everything under /api can cost (a scan, a hash, a PDF, a wait for the single writer), so it runs
// on the worker pool; the io threads keep answering static files, /healthz and /metrics at once.
// API requests count against their client's in-flight cap; files and probes do not.
bool IsApi(const Request& req) { return req.target.rfind("/api", 0) == 0; }

int HardwareThreads() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 2 : static_cast<int>(n);
}

// Read audit rows of a SQLite file go to a journal beside it (ADR 0023); elsewhere each is a
// transaction of its own.
constexpr int kReadJournalMoveMs = 250;

std::string ReadJournalDir(const std::string& url) {
  constexpr std::string_view kScheme = "sqlite:";
  if (url.rfind(kScheme, 0) != 0) return "";
  const std::string path = url.substr(kScheme.size());
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return "";
  return path + "-reads";
}

Response TooManyRequests(const std::string& request_id) {
  Error e = Error::Of(ErrorCode::kResourceExhausted, "too many requests at once");
  e.retry_after_s = 1;
  return http::ErrorResponse(e, request_id);
}

}  // namespace

class App::Impl {
 public:
  Impl(Config config, AppDeps deps)
      : config_(std::move(config)),
        deps_(deps),
        trusted_proxies_(http::ParseTrustedProxies(config_.http.trusted_proxies)),
        client_gate_(config_.http.max_inflight_per_client, 1 << 30),
        heavy_gate_(config_.http.max_heavy_per_client, config_.http.max_heavy_total > 0
                                                           ? config_.http.max_heavy_total
                                                           : 2 * HardwareThreads()) {
    clock_ = deps_.clock ? deps_.clock : &system_clock_;
  }

  void Start() {
    crypto::Init();
    log::SetLevel(log::ParseLevel(config_.log.level));
    db_ = OpenConfiguredDatabase(config_);
    if (config_.database.auto_migrate) {
      auto report = db::Migrate(*db_, db::EmbeddedMigrations());
      if (!report.ok()) throw std::runtime_error(report.error().message);
      for (const auto& name : report->applied) log::Info("migration applied", {{"file", name}});
      auto calendars = LoadShippedCalendars(*db_, *clock_);
      if (!calendars.ok()) throw std::runtime_error(calendars.error().message);
      for (int year : *calendars) log::Info("production calendar loaded", {{"year", year}});
      ProtectIins(config_, *db_);
    } else {
      InstallIinCipher(config_);
    }
    mailer_ = deps_.mailer;
    if (!mailer_) {
      owned_mailer_ = config_.mail.smtp_url.empty()
                          ? mail::MakeDirMailer(config_.mail.outbox_dir, config_.mail.from)
                          : mail::MakeSmtpMailer({config_.mail.smtp_url, config_.mail.from,
                                                  config_.mail.user, config_.mail.password});
      mailer_ = owned_mailer_.get();
    }
    sms_ = mail::MakeDevSmsSender(config_.mail.outbox_dir);
    jobs_ = std::make_unique<jobs::JobRunner>(*db_, *clock_);
    if (!config_.http.web_root.empty())
      static_ = std::make_unique<http::StaticFiles>(config_.http.web_root);

    http::Routes routes([this](const http::RouteSpec& spec, http::ApiHandler handler) {
      AddApiRoute(spec, std::move(handler));
    });
    live_hub_ =
        std::make_unique<live::EventHub>(static_cast<size_t>(config_.http.event_streams_per_user));
    // Before serving: on PostgreSQL this blocks until the LISTEN holds, so no event is missed.
    db_->Listen([hub = live_hub_.get()](std::string_view note) { hub->Deliver(note); });
    if (std::string dir = ReadJournalDir(config_.database.url); !dir.empty()) {
      auto journal = std::make_unique<audit::ReadJournal>(*db_, *clock_, dir);
      // What a previous process journaled is in audit_log before anyone reads again.
      journal->Move();
      journal_ = journal.get();
      reads_ = std::move(journal);
    } else {
      reads_ = std::make_unique<audit::RecordInTransaction>(*db_);
    }
    auto store_owners = std::make_shared<files::StoreOwners>();
    ModuleContext ctx{config_, *db_,   *clock_,    *jobs_,  *mailer_,
                      *sms_,   routes, *live_hub_, *reads_, *store_owners};
    system::RegisterModule(ctx);
    jobs_->Register(
        jobs::kSendMail,
        [this](const jobs::Job& job) {
          mail::Message m{job.payload.at("to"), job.payload.at("subject"), job.payload.at("body")};
          if (auto h = job.payload.find("headers"); h != job.payload.end() && h->is_object()) {
            for (const auto& [name, value] : h->items()) m.headers.emplace_back(name, value);
          }
          mailer_->Send(m);
        },
        /*own_lane=*/true, kMailSenders);  // a digest run queues its mails while the first leave
    identity_ = identity::RegisterModule(ctx);
    calendar::RegisterModule(ctx);
    auto directory = directory::RegisterModule(ctx);
    auto catalog = catalog::RegisterModule(ctx, directory);
    auto appeals = appeals::RegisterModule(ctx, directory, identity_);
    deputy_requests::RegisterModule(ctx, appeals);
    attachments::RegisterModule(ctx, appeals);
    auto reception = reception::RegisterModule(ctx, directory, identity_, appeals);
    auto notifications = notifications::RegisterModule(ctx);
    tasks::RegisterModule(ctx, directory, identity_);
    auto posts = posts::RegisterModule(ctx, directory);
    auto events = events::RegisterModule(ctx, directory);
    subscriptions::RegisterModule(ctx, directory, posts, events, ResolveUnsubscribeKey(config_));
    privacy::RegisterModule(ctx, identity_, reception, notifications, directory);
    auto acts = acts::RegisterModule(ctx, directory);
    auto sittings = sittings::RegisterModule(ctx, directory, acts, posts);
    posts->SetLinkSources(PostLinkSources(events, sittings, catalog));
    work_plans::RegisterModule(ctx, directory, sittings, acts);
    maslikhat_pages::RegisterModule(ctx, directory);
    drafts::RegisterModule(ctx, directory, acts, posts);
    voter_reports::RegisterModule(ctx, directory, events, posts);
    annual_reports::RegisterModule(ctx, directory, posts);
    files::RegisterSweepJob(*jobs_, *db_, *clock_, std::move(store_owners), config_.files.dir);

    router_.Add("GET", "/healthz", [this](Request& req) {
      if (!db::Ping(*db_)) {
        return http::ErrorResponse(Error::Of(ErrorCode::kUnavailable, "database"), req.request_id);
      }
      return http::JsonResponse(200, {{"status", "ok"}});
    });
    router_.Add("GET", "/metrics", [this](Request& req) {
      if (!MetricsAllowed(req)) return http::ErrorResponse(Error::NotFound(), req.request_id);
      Response res;
      res.SetHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      res.body = metrics_.Render();
      return res;
    });

    http::ServerOptions so;
    so.host = config_.http.host;
    so.port = config_.http.port;
    so.io_threads = config_.http.io_threads;
    so.worker_threads = config_.http.worker_threads;
    so.max_body_bytes = static_cast<size_t>(config_.http.max_body_bytes);
    for (const auto& [route, limit] : large_bodies_)
      so.max_file_body_bytes = std::max(so.max_file_body_bytes, limit);
    so.max_connections = config_.http.max_connections;
    so.read_timeout_ms = config_.http.read_timeout_ms;
    so.idle_timeout_ms = config_.http.idle_timeout_ms;
    so.shutdown_grace_ms = config_.http.shutdown_grace_ms;
    so.event_keepalive_ms = config_.http.event_keepalive_ms;
    http::ServerHooks hooks;
    hooks.handle = [this](Request& req) { return Handle(req); };
    hooks.offload = [this](Request& req) {
      Route(req);
      return db_->IsRemote() || req.offload;
    };
    // Routes that run on the io thread answer there while they need nothing but memory; the
    // first transaction they begin sends them to a worker, where they run again (ADR 0024).
    hooks.try_inline = [this](Request& req) -> std::optional<Response> {
      if (inline_routes_.count(req.method + " " + req.route) == 0) return std::nullopt;
      const std::string peer = req.remote_ip;
      db::NoDatabaseHere no_database;
      try {
        return Handle(req);
      } catch (const db::WouldWait&) {
        req.remote_ip = peer;  // Handle resolved it from X-Forwarded-For; the worker will again
        return std::nullopt;
      }
    };
    hooks.body_limit = [this](Request& req) -> size_t {
      Route(req);
      auto it = large_bodies_.find(req.method + " " + req.route);
      return it == large_bodies_.end() ? 0 : it->second;
    };
    hooks.reject = [this](int status, const std::string& code) {
      Error e = Error::Of(status == 413   ? ErrorCode::kPayloadTooLarge
                          : status == 503 ? ErrorCode::kUnavailable
                                          : ErrorCode::kInvalidArgument);
      (void)code;
      Response res = http::ErrorResponse(e, crypto::RandomToken(8));
      if (status == 400) res.status = 400;
      AddSecurityHeaders(res, true);
      return res;
    };
    server_ = std::make_unique<http::Server>(so, hooks);
    server_->Listen();
    metrics_.AddGauge("kenes_http_open_connections", "Open client connections.",
                      [this] { return static_cast<double>(server_->open_connections()); });
    metrics_.AddGauge("kenes_events_open_streams", "Live event streams open on this node.",
                      [this] { return static_cast<double>(live_hub_->open_streams()); });
    metrics_.AddGauge("kenes_events_delivered_total", "Events pushed to streams on this node.",
                      [this] { return static_cast<double>(live_hub_->delivered()); });
    metrics_.AddGauge("kenes_db_pool_size", "Database connections in the pool.",
                      [this] { return static_cast<double>(db_->Stats().size); });
    metrics_.AddGauge("kenes_db_pool_in_use", "Database connections in use.",
                      [this] { return static_cast<double>(db_->Stats().in_use); });
    metrics_.AddGauge("kenes_db_pool_waits_total", "Times a request waited for a connection.",
                      [this] { return static_cast<double>(db_->Stats().waits); });
    metrics_.AddGauge("kenes_db_writes_total", "Write transactions (use cases that write).",
                      [this] { return static_cast<double>(db_->Stats().writes); });
    metrics_.AddGauge("kenes_db_commits_total",
                      "Commits; on SQLite concurrent writes share one (group commit).",
                      [this] { return static_cast<double>(db_->Stats().commits); });
    metrics_.AddGauge(
        "kenes_http_rejected_busy_total",
        "Requests refused (429) because their client had too many in flight.",
        [this] { return static_cast<double>(client_gate_.rejected() + heavy_gate_.rejected()); });
    metrics_.AddGauge("kenes_jobs_processed_total", "Background jobs run by this node.",
                      [this] { return static_cast<double>(jobs_->processed()); });
    if (deps_.run_jobs) jobs_->Start();
    if (journal_) journal_->Start(kReadJournalMoveMs);
  }

  void AddApiRoute(const http::RouteSpec& spec, http::ApiHandler handler) {
    const bool signed_link = spec.csrf == http::Csrf::kSignedLink;
    const bool unsafe = IsUnsafe(spec.method) && !signed_link;
    const auto access = spec.access;
    const auto cost = spec.cost;
    router_.Add(
        spec.method, spec.path,
        [this, handler = std::move(handler), access, unsafe, cost,
         signed_link](Request& req) -> Response {
          if (unsafe && !CsrfOk(req)) {
            Error e = Error::Denied();
            e.message = "missing or wrong CSRF token";
            e.fields["csrf"] = "invalid";
            return http::ErrorResponse(e, req.request_id);
          }
          http::ClientGate::Pass heavy;
          if (cost == http::Cost::kHeavy) {
            heavy = heavy_gate_.Enter(req.remote_ip);
            if (!heavy.admitted()) return TooManyRequests(req.request_id);
          }
          Actor actor;
          // A signed link's route acts without a session (http::Csrf::kSignedLink).
          if (auto token = signed_link ? std::nullopt : req.Cookie("kenes_session")) {
            if (auto a = identity_->Authenticate(*token)) actor = std::move(*a);
          }
          actor.ip = req.remote_ip;
          actor.request_id = req.request_id;
          if (access == http::Access::kSignedIn && !actor.IsAuthenticated()) {
            return http::ErrorResponse(Error::Unauthenticated(), req.request_id);
          }
          return handler(req, actor);
        },
        true);
    if (spec.runs == http::Runs::kIoThread) inline_routes_.insert(spec.method + " " + spec.path);
    if (spec.max_body_bytes > 0) large_bodies_[spec.method + " " + spec.path] = spec.max_body_bytes;
  }

  // The header must repeat the cookie, and the token must have been issued for this session: a
  // cookie planted by a sibling site (or "x") does not pass.
  static bool CsrfOk(const Request& req) {
    auto cookie = req.Cookie(http::kCsrfCookieName);
    auto header = req.Header("x-csrf-token");
    return cookie && header && crypto::ConstantTimeEqual(*cookie, *header) &&
           http::CsrfTokenFits(*cookie, req.Cookie("kenes_session"));
  }

  bool MetricsAllowed(const Request& req) const {
    if (http::IsLoopback(req.remote_ip)) return true;
    if (config_.http.metrics_token.empty()) return false;
    auto auth = req.Header("authorization");
    return auth && crypto::ConstantTimeEqual(*auth, "Bearer " + config_.http.metrics_token);
  }

  void AddSecurityHeaders(Response& res, bool api) const {
    res.SetHeader("Content-Security-Policy", kCsp);
    res.SetHeader("X-Content-Type-Options", "nosniff");
    res.SetHeader("Referrer-Policy", "same-origin");
    res.SetHeader("X-Frame-Options", "DENY");
    res.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (config_.http.behind_tls) {
      res.SetHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (api && !res.FindHeader("Cache-Control")) res.SetHeader("Cache-Control", "no-store");
  }

  Response Handle(Request& req) {
    const auto start = std::chrono::steady_clock::now();
    req.request_id = crypto::RandomToken(8);
    req.remote_ip =
        http::ClientAddress(req.remote_ip, req.Header("x-forwarded-for"), trusted_proxies_);
    Response res;
    if (IsApi(req)) {
      auto pass = client_gate_.Enter(req.remote_ip);
      res = pass.admitted() ? Guarded(req) : TooManyRequests(req.request_id);
    } else {
      res = Guarded(req);
    }
    const bool api =
        req.path.rfind("/api/", 0) == 0 || req.path == "/healthz" || req.path == "/metrics";
    AddSecurityHeaders(res, api);
    if (api) CompressJson(req, res);
    res.SetHeader("X-Request-Id", req.request_id);
    if (!config_.http.node_name.empty()) res.SetHeader("X-Kenes-Node", config_.http.node_name);
    if (req.method == "HEAD") res.body.clear();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    metrics_.Observe(req.method, req.route.empty() && !api ? "static" : req.route, res.status, ms);
    if (config_.http.access_log) {
      // The route pattern, never the path or query: those can carry names and search words.
      log::Info("request",
                {{"request_id", req.request_id},
                 {"method", http::MethodLabel(req.method)},
                 {"route", req.route.empty() ? (api ? "unmatched" : "static") : req.route},
                 {"status", res.status},
                 {"ms", static_cast<double>(static_cast<int64_t>(ms * 1000)) / 1000.0},
                 {"bytes", res.body.size()}});
    }
    return res;
  }

  // API answers over ~1 KB go gzipped to clients that accept it: a page of appeals shrinks about
  // sixfold on a phone's slow link, for tens of microseconds of CPU (docs/benchmarks.md).
  static void CompressJson(const Request& req, Response& res) {
    constexpr size_t kMinBytes = 1024;
    if (res.body.size() < kMinBytes || res.FindHeader("Content-Encoding")) return;
    const std::string* type = res.FindHeader("Content-Type");
    if (!type || type->rfind("application/json", 0) != 0) return;
    res.SetHeader("Vary", "Accept-Encoding");
    auto accept = req.Header("accept-encoding");
    if (!accept || !http::ParseAcceptEncoding(*accept).gzip) return;
    std::string gz = http::Gzip(res.body);
    if (gz.empty()) return;
    res.body = std::move(gz);
    res.SetHeader("Content-Encoding", "gzip");
  }

  Response Guarded(Request& req) {
    try {
      return Dispatch(req);
    } catch (const db::DbError& e) {
      if (e.code() == ErrorCode::kInternal) {
        log::Error("database error",
                   {{"request_id", req.request_id}, {"route", req.route}, {"error", e.what()}});
      }
      return http::ErrorResponse(Error::Of(e.code()), req.request_id);
    } catch (const std::exception& e) {
      log::Error("unhandled exception",
                 {{"request_id", req.request_id}, {"route", req.route}, {"error", e.what()}});
      return http::ErrorResponse(Error::Of(ErrorCode::kInternal, "internal error"), req.request_id);
    }
  }

  // Decodes the target and finds the route, once per request: the route says which thread
  // runs it, so this happens before the server picks one.
  void Route(Request& req) {
    if (req.routed) return;
    req.routed = true;
    std::string_view target = req.target;
    size_t q = target.find('?');
    bool ok =
        http::PercentDecode(target.substr(0, q), &req.path, false) && http::IsValidUtf8(req.path);
    if (ok && q != std::string_view::npos) ok = http::ParseQuery(target.substr(q + 1), &req.query);
    if (!ok) {
      req.bad_target = true;
      req.path = "/api/";  // answer in the API's shape
      return;
    }
    auto match = router_.Find(req.method, req.path);
    req.path_known = match.path_known;
    if (match.handler) {
      req.route = *match.pattern;
      req.path_params = std::move(match.params);
      req.handler = match.handler;
      req.offload = match.offload;
    }
  }

  Response Dispatch(Request& req) {
    Route(req);
    if (req.bad_target) {
      return http::ErrorResponse(Error::Invalid("target", "invalid"), req.request_id);
    }
    if (req.handler) return (*req.handler)(req);
    const bool api = req.path == "/api" || req.path.rfind("/api/", 0) == 0;
    if (!api && (req.method == "GET" || req.method == "HEAD") && static_) {
      if (auto res = static_->Serve(
              req.path, http::ParseAcceptEncoding(req.Header("accept-encoding").value_or("")))) {
        return *res;
      }
    }
    if (req.path_known) {
      Response res = http::ErrorResponse(
          Error::Of(ErrorCode::kFailedPrecondition, "method not allowed"), req.request_id);
      res.status = 405;
      return res;
    }
    return http::ErrorResponse(Error::NotFound(), req.request_id);
  }

 private:
  // Only Impl's own methods and App (the pimpl owner) use these.
  friend class App;

  Config config_;
  AppDeps deps_;
  std::set<std::string> trusted_proxies_;
  http::ClientGate client_gate_;  // every API request, per address
  http::ClientGate heavy_gate_;   // routes registered as Cost::kHeavy
  SystemClock system_clock_;
  const Clock* clock_ = nullptr;
  // Declared before db_, so it outlives the database's listener thread that feeds it.
  std::unique_ptr<live::EventHub> live_hub_;
  std::unique_ptr<db::Database> db_;
  // After db_: stopped (its last rows moved) before the database closes.
  std::unique_ptr<audit::ReadRecorder> reads_;
  audit::ReadJournal* journal_ = nullptr;  // reads_, when it is a journal
  std::unique_ptr<mail::Mailer> owned_mailer_;
  mail::Mailer* mailer_ = nullptr;
  std::unique_ptr<mail::SmsSender> sms_;
  std::unique_ptr<jobs::JobRunner> jobs_;
  std::unique_ptr<http::StaticFiles> static_;
  std::shared_ptr<identity::IdentityService> identity_;
  http::Router router_;
  std::set<std::string> inline_routes_;  // "METHOD /pattern" of routes that run on the io thread
  std::map<std::string, size_t> large_bodies_;  // "METHOD /pattern" → its body limit
  http::Metrics metrics_;
  std::unique_ptr<http::Server> server_;
};

App::App(Config config, AppDeps deps) : impl_(std::make_unique<Impl>(std::move(config), deps)) {}
App::~App() {
  if (impl_->jobs_) impl_->jobs_->Stop();
  if (impl_->journal_) impl_->journal_->Stop();
}
void App::Start() { impl_->Start(); }
int App::port() const { return impl_->server_->port(); }
void App::Run(bool handle_signals) {
  impl_->server_->Run(handle_signals);
  impl_->jobs_->Stop();
  if (impl_->journal_) impl_->journal_->Stop();
}
void App::Stop() { impl_->server_->Stop(); }
db::Database& App::database() { return *impl_->db_; }
jobs::JobRunner& App::job_runner() { return *impl_->jobs_; }
int64_t App::MoveReadAudit() { return impl_->journal_ ? impl_->journal_->Move() : 0; }
std::vector<std::string> App::Routes() const { return impl_->router_.Patterns(); }

}  // namespace kenes
