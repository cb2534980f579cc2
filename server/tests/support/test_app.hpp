#pragma once
// A real Kenes server on 127.0.0.1:0 with a fresh database (SQLite file, or a PostgreSQL schema
// when KENES_TEST_DATABASE_URL is set), a FakeClock and a FakeMailer. With PostgreSQL and
// KENES_TEST_NGINX (a path to nginx), two nodes share the schema behind nginx configured as
// `make cluster` configures it, and clients reach nginx: the suite runs through the balancer.

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "core/clock.hpp"
#include "platform/mail/mailer.hpp"

namespace kenes::testing {

class Balancer;

class FakeMailer final : public mail::Mailer {
 public:
  void Send(const mail::Message& m) override {
    std::lock_guard lock(mu_);
    sent_.push_back(m);
  }
  std::vector<mail::Message> Sent() const {
    std::lock_guard lock(mu_);
    return sent_;
  }

 private:
  mutable std::mutex mu_;
  std::vector<mail::Message> sent_;
};

struct HttpResult {
  long status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; last value wins
  std::vector<std::string> set_cookies;
  std::string body;
  nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
  std::string error_code() const {
    auto j = json();
    return j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
  }
  std::string field(const std::string& name) const {
    auto j = json();
    if (!j.is_object() || !j.contains("error")) return "";
    auto& f = j["error"]["fields"];
    return f.contains(name) ? f[name].get<std::string>() : "";
  }
};

// A browser-like client: keeps cookies, sends the CSRF header on unsafe methods.
class Client {
 public:
  explicit Client(int port) : port_(port) {}
  // Connects from `source_ip` (a loopback address such as 127.0.3.7): the server sees a client of
  // its own address, for per-address limits.
  Client(int port, std::string source_ip) : port_(port), source_ip_(std::move(source_ip)) {}
  HttpResult Get(const std::string& path) { return Send("GET", path, "", {}); }
  HttpResult Post(const std::string& path, const nlohmann::json& body) {
    return Send("POST", path, body.dump(), {{"Content-Type", "application/json"}});
  }
  HttpResult Patch(const std::string& path, const nlohmann::json& body) {
    return Send("PATCH", path, body.dump(), {{"Content-Type", "application/json"}});
  }
  HttpResult Delete(const std::string& path) { return Send("DELETE", path, "", {}); }
  HttpResult Send(const std::string& method, const std::string& path, const std::string& body,
                  std::map<std::string, std::string> headers, bool with_csrf = true);
  // Fetches the CSRF cookie the way the web app does.
  void PrimeCsrf() { Get("/api/v1/csrf"); }
  std::optional<std::string> Cookie(const std::string& name) const;
  void SetCookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void DropCookie(const std::string& name) { cookies_.erase(name); }

 private:
  int port_;
  std::string source_ip_;
  std::map<std::string, std::string> cookies_;
};

class TestApp {
 public:
  TestApp();
  ~TestApp();

  Client NewClient() const { return Client(port_); }
  int port() const { return port_; }
  FakeClock& clock() { return clock_; }
  FakeMailer& mailer() { return mailer_; }
  App& app() { return *app_; }
  bool postgres() const { return postgres_; }
  // True when clients reach two nodes through nginx (see above).
  bool balanced() const { return balancer_ != nullptr; }
  void RunJobs();
  // Stops the server and starts a new one on the same database (a restart).
  void Restart();
  // The newest 6-digit code mailed to `to` (runs pending jobs first).
  std::string LastCodeFor(const std::string& to);
  // Registers and verifies an account; returns a signed-in client.
  Client SignedIn(const std::string& email, const std::string& password = "correct-horse-1");
  // Signs in an existing account (e.g. made by CreateAccount); a failed login fails the test.
  Client Login(const std::string& email, const std::string& password);
  // Creates a verified account directly, with roles (e.g. {"admin","global"}).
  void CreateAccount(const std::string& email, const std::string& password,
                     std::vector<std::pair<std::string, std::optional<int64_t>>> roles);
  Config& config() { return config_; }

 private:
  Config config_;
  FakeClock clock_;
  FakeMailer mailer_;
  void StartNodes(int port_a, int port_b);
  void StopNodes();

  std::unique_ptr<App> app_;
  std::thread thread_;
  std::unique_ptr<App> app_b_;  // the second node, when balanced
  std::thread thread_b_;
  std::unique_ptr<Balancer> balancer_;
  int port_ = 0;
  bool postgres_ = false;
  std::string sqlite_path_;
  std::string pg_base_url_;
  std::string pg_schema_;
};

// Percent-encodes a query value (Cyrillic words, spaces, punctuation).
std::string Enc(const std::string& text);

// POSTs body to path and returns the new object's id; anything but 201 fails the test.
int64_t Created(Client& c, const std::string& path, const nlohmann::json& body);

}  // namespace kenes::testing
