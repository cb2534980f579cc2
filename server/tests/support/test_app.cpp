#include "support/test_app.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <stdexcept>

#include <curl/curl.h>
#include <gtest/gtest.h>

#include "features/identity/identity_service.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/db/database.hpp"
#include "support/balancer.hpp"

namespace kenes::testing {
namespace {

size_t WriteBody(char* ptr, size_t size, size_t n, void* userdata) {
  static_cast<std::string*>(userdata)->append(ptr, size * n);
  return size * n;
}

size_t WriteHeader(char* ptr, size_t size, size_t n, void* userdata) {
  auto* res = static_cast<HttpResult*>(userdata);
  std::string line(ptr, size * n);
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ')) value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    if (name == "set-cookie") res->set_cookies.push_back(value);
    res->headers[name] = value;
  }
  return size * n;
}

}  // namespace

HttpResult Client::Send(const std::string& method, const std::string& path, const std::string& body,
                        std::map<std::string, std::string> headers, bool with_csrf) {
  HttpResult res;
  CURL* curl = curl_easy_init();
  std::string url = "http://127.0.0.1:" + std::to_string(port_) + path;
  curl_slist* list = nullptr;
  if (with_csrf && method != "GET" && cookies_.count("kenes_csrf")) {
    headers.emplace("X-CSRF-Token", cookies_["kenes_csrf"]);
  }
  for (const auto& [k, v] : headers) list = curl_slist_append(list, (k + ": " + v).c_str());
  std::string cookie;
  for (const auto& [k, v] : cookies_) cookie += k + "=" + v + "; ";
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  const std::string iface = "host!" + source_ip_;
  if (!source_ip_.empty()) curl_easy_setopt(curl, CURLOPT_INTERFACE, iface.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (!body.empty() || method == "POST" || method == "PATCH") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  }
  if (!cookie.empty()) curl_easy_setopt(curl, CURLOPT_COOKIE, cookie.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &res.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, WriteHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &res);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &res.status);
  curl_slist_free_all(list);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) throw std::runtime_error(std::string("http: ") + curl_easy_strerror(rc));
  for (const auto& sc : res.set_cookies) {
    auto eq = sc.find('=');
    auto semi = sc.find(';');
    std::string name = sc.substr(0, eq);
    std::string value =
        sc.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
    if (sc.find("Max-Age=0") != std::string::npos || value.empty()) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  return res;
}

std::optional<std::string> Client::Cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  if (it == cookies_.end()) return std::nullopt;
  return it->second;
}

TestApp::TestApp() : clock_(1'795'000'000'000) {  // 2026-11-18, fixed
  crypto::Init();
  config_.http.host = "127.0.0.1";
  config_.http.port = 0;
  config_.http.io_threads = 2;
  config_.http.worker_threads = 4;
  config_.http.access_log = false;
  config_.http.web_root = "";
  config_.http.shutdown_grace_ms = 2000;
  config_.mail.outbox_dir = (std::filesystem::temp_directory_path() / "kenes_test_outbox").string();
  config_.files.dir =
      (std::filesystem::temp_directory_path() / ("kenes_test_files_" + crypto::RandomToken(4)))
          .string();
  const char* pg = std::getenv("KENES_TEST_DATABASE_URL");
  if (pg && std::string(pg).rfind("postgres", 0) == 0) {
    postgres_ = true;
    pg_base_url_ = pg;
    pg_schema_ = "t_" + crypto::RandomToken(6);
    auto admin = db::OpenDatabase(pg_base_url_, {});
    admin->RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      tx.ExecScript("CREATE SCHEMA " + pg_schema_);
      return true;
    });
    std::string sep = pg_base_url_.find('?') == std::string::npos ? "?" : "&";
    config_.database.url = pg_base_url_ + sep + "options=-csearch_path%3D" + pg_schema_;
    config_.database.pool_size = 4;
  } else {
    sqlite_path_ =
        (std::filesystem::temp_directory_path() / ("kenes_test_" + crypto::RandomToken(6) + ".db"))
            .string();
    config_.database.url = "sqlite:" + sqlite_path_;
  }
  const std::string nginx = BalancerFromEnvironment();
  if (postgres_ && !nginx.empty()) {
    config_.http.trusted_proxies = "127.0.0.1";  // the clients' own addresses reach the nodes
    StartNodes(StablePort(), StablePort());
    balancer_ = std::make_unique<Balancer>(nginx, std::vector<int>{app_->port(), app_b_->port()});
    port_ = balancer_->port();
  } else {
    StartNodes(0, -1);
    port_ = app_->port();
  }
}

// port 0: any free port; a node's port again after a restart, so that nginx (and clients made
// before the restart) still reach it. port_b < 0: no second node.
void TestApp::StartNodes(int port_a, int port_b) {
  AppDeps deps;
  deps.clock = &clock_;
  deps.mailer = &mailer_;
  deps.run_jobs = false;  // tests run jobs explicitly, deterministically
  if (port_b >= 0) config_.http.node_name = "a";
  config_.http.port = port_a;
  app_ = std::make_unique<App>(config_, deps);
  app_->Start();
  thread_ = std::thread([this] { app_->Run(false); });
  if (port_b >= 0) {
    config_.http.node_name = "b";
    config_.http.port = port_b;
    app_b_ = std::make_unique<App>(config_, deps);
    app_b_->Start();
    thread_b_ = std::thread([this] { app_b_->Run(false); });
  }
  config_.http.port = 0;
  config_.http.node_name.clear();
}

void TestApp::StopNodes() {
  for (auto* node : {&app_, &app_b_}) {
    if (*node) (*node)->Stop();
  }
  if (thread_.joinable()) thread_.join();
  if (thread_b_.joinable()) thread_b_.join();
  app_.reset();
  app_b_.reset();
}

TestApp::~TestApp() {
  balancer_.reset();
  StopNodes();
  // KENES_TEST_KEEP_SCHEMAS=1 (tools/test_all.sh api-postgres): the schema stays for
  // tools/check_dump_iins.sh to dump and grep for IINs in clear; the cluster is thrown away after.
  if (postgres_ && !std::getenv("KENES_TEST_KEEP_SCHEMAS")) {
    try {
      auto admin = db::OpenDatabase(pg_base_url_, {});
      admin->RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
        tx.ExecScript("DROP SCHEMA " + pg_schema_ + " CASCADE");
        return true;
      });
    } catch (...) {
    }
  } else if (!postgres_) {
    std::error_code ec;
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(sqlite_path_ + suffix, ec);
    std::filesystem::remove_all(sqlite_path_ + "-reads", ec);  // the read audit journal
  }
  std::error_code ec;
  std::filesystem::remove_all(config_.files.dir, ec);
}

void TestApp::Restart() {
  const int port_a = app_->port();
  const int port_b = app_b_ ? app_b_->port() : -1;
  StopNodes();
  // The same ports, so that clients made before the restart (and their sessions) still reach it.
  StartNodes(port_a, port_b);
  if (!balancer_) port_ = app_->port();
}

void TestApp::RunJobs() {
  while (app_->job_runner().RunOnce()) {
  }
}

std::string TestApp::LastCodeFor(const std::string& to) {
  RunJobs();
  std::string code;
  static const std::regex kCode("\\b(\\d{6})\\b");
  for (const auto& m : mailer_.Sent()) {
    std::smatch match;
    if (m.to == to && std::regex_search(m.body, match, kCode)) code = match[1];
  }
  return code;
}

Client TestApp::SignedIn(const std::string& email, const std::string& password) {
  Client c = NewClient();
  c.PrimeCsrf();
  auto r =
      c.Post("/api/v1/auth/register",
             {{"email", email},
              {"password", password},
              {"display_name", "Айгерім Тестова"},
              {"language", "kk"},
              {"consent", {{"accepted", true}, {"version", config_.security.consent_version}}}});
  if (r.status != 201) throw std::runtime_error("register failed: " + r.body);
  auto v = c.Post("/api/v1/auth/verify", {{"login", email}, {"code", LastCodeFor(email)}});
  if (v.status != 200) throw std::runtime_error("verify failed: " + v.body);
  auto l = c.Post("/api/v1/auth/login", {{"login", email}, {"password", password}});
  if (l.status != 200) throw std::runtime_error("login failed: " + l.body);
  return c;
}

Client TestApp::Login(const std::string& email, const std::string& password) {
  Client c = NewClient();
  c.PrimeCsrf();
  auto r = c.Post("/api/v1/auth/login", {{"login", email}, {"password", password}});
  EXPECT_EQ(r.status, 200) << r.body;
  return c;
}

int64_t Created(Client& c, const std::string& path, const nlohmann::json& body) {
  auto r = c.Post(path, body);
  EXPECT_EQ(r.status, 201) << path << " " << r.body;
  return r.json().value("id", int64_t{0});
}

void TestApp::CreateAccount(const std::string& email, const std::string& password,
                            std::vector<std::pair<std::string, std::optional<int64_t>>> roles) {
  identity::IdentityService svc(app_->database(), clock_, config_);
  std::vector<RoleGrant> grants;
  for (auto& [role, scope] : roles) {
    auto parsed = ParseRole(role);
    if (!parsed) throw std::runtime_error("unknown role " + role);
    grants.push_back(
        RoleGrant{0, *parsed, scope ? ScopeType::kMaslikhat : ScopeType::kGlobal, scope, ""});
  }
  auto r = svc.EnsureAccount(email, password, "Staff Person", "ru", grants);
  if (!r.ok()) throw std::runtime_error("create account failed");
}

std::string Enc(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace kenes::testing
