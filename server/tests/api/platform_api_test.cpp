// The HTTP platform through a real server: health, metrics, error shape, limits, headers.
#include <regex>

#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

class PlatformApi : public ::testing::Test {
 protected:
  TestApp app_;
};

TEST_F(PlatformApi, HealthzChecksTheDatabase) {
  auto r = app_.NewClient().Get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["status"], "ok");
}

TEST_F(PlatformApi, InfoReadsTheInstallation) {
  auto r = app_.NewClient().Get("/api/v1/info");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["languages"], nlohmann::json({"kk", "ru", "en"}));
  EXPECT_EQ(r.json()["consent_version"], app_.config().security.consent_version);
}

TEST_F(PlatformApi, UnknownApiRouteIs404InTheErrorShape) {
  auto r = app_.NewClient().Get("/api/v1/nothing-here");
  EXPECT_EQ(r.status, 404);
  auto e = r.json()["error"];
  EXPECT_EQ(e["code"], "not_found");
  EXPECT_TRUE(e["fields"].is_object());
  EXPECT_EQ(e["request_id"], r.headers["x-request-id"]);
  EXPECT_FALSE(e["request_id"].get<std::string>().empty());
}

TEST_F(PlatformApi, EveryResponseCarriesSecurityHeaders) {
  for (auto path : {"/healthz", "/api/v1/info", "/api/v1/nope"}) {
    auto r = app_.NewClient().Get(path);
    EXPECT_NE(r.headers["content-security-policy"].find("frame-ancestors 'none'"),
              std::string::npos)
        << path;
    EXPECT_EQ(r.headers["x-content-type-options"], "nosniff") << path;
    EXPECT_FALSE(r.headers["referrer-policy"].empty()) << path;
  }
}

TEST_F(PlatformApi, OversizeBodyIs413AndChangesNothing) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  std::string big(2 << 20, 'a');
  auto r = c.Send("POST", "/api/v1/auth/register", "{\"email\":\"" + big + "\"}",
                  {{"Content-Type", "application/json"}});
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.error_code(), "payload_too_large");
}

TEST_F(PlatformApi, MetricsCountRequestsByRoute) {
  Client c(app_.app().port());  // a node's own counts: straight to it, not through a balancer
  c.Get("/api/v1/info");
  c.Get("/api/v1/info");
  auto m = c.Get("/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_NE(
      m.body.find(
          "kenes_http_requests_total{method=\"GET\",route=\"/api/v1/info\",status=\"2xx\"} 2"),
      std::string::npos)
      << m.body;
  EXPECT_NE(m.body.find("kenes_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(m.body.find("kenes_db_pool_size"), std::string::npos);
  // Migrations and start-up wrote; each write is counted, and committed at least once.
  std::smatch writes, commits;
  const std::string& body = m.body;
  ASSERT_TRUE(std::regex_search(body, writes, std::regex("\nkenes_db_writes_total ([0-9.e+]+)")));
  ASSERT_TRUE(std::regex_search(body, commits, std::regex("\nkenes_db_commits_total ([0-9.e+]+)")));
  EXPECT_GT(std::stod(writes[1]), 0);
  EXPECT_GT(std::stod(commits[1]), 0);
  EXPECT_LE(std::stod(commits[1]), std::stod(writes[1]));
}

TEST_F(PlatformApi, BadPercentEncodingIsRejected) {
  auto r = app_.NewClient().Get("/api/v1/users?q=%zz");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.error_code(), "invalid_argument");
}

TEST_F(PlatformApi, WrongMethodOnKnownPathIs405) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto r = c.Send("PUT", "/api/v1/info", "", {});
  EXPECT_EQ(r.status, 405);
}

}  // namespace
}  // namespace kenes::testing
