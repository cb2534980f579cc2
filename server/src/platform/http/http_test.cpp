#include "platform/http/http.hpp"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "platform/http/api.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace kenes::http {

TEST(Utf8, AcceptsKazakhAndRejectsBrokenSequences) {
  EXPECT_TRUE(IsValidUtf8("Сәлем, әлем! Қазақстан"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("abc\xFF"));
}

TEST(Query, DecodesPairs) {
  std::map<std::string, std::string> q;
  ASSERT_TRUE(ParseQuery("q=%D0%B0%D0%B1&limit=10&x", &q));
  EXPECT_EQ(q["q"], "аб");
  EXPECT_EQ(q["limit"], "10");
  EXPECT_FALSE(ParseQuery("q=%zz", &q));
}

TEST(Cookies, FindsByName) {
  Request r;
  r.headers = {{"cookie", "a=1; kenes_session=abc; b=2"}};
  EXPECT_EQ(r.Cookie("kenes_session"), "abc");
  EXPECT_FALSE(r.Cookie("missing"));
}

TEST(Router, MatchesParamsAndReportsOtherMethods) {
  Router router;
  router.Add("DELETE", "/api/v1/users/{id}/roles/{grant_id}", [](Request&) { return Response{}; });
  auto m = router.Find("DELETE", "/api/v1/users/5/roles/9");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(m.params["id"], "5");
  EXPECT_EQ(m.params["grant_id"], "9");
  auto other = router.Find("GET", "/api/v1/users/5/roles/9");
  EXPECT_FALSE(other.handler);
  EXPECT_TRUE(other.path_known);
  EXPECT_FALSE(router.Find("DELETE", "/api/v1/users/5/roles").handler);
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("kenes_static_" + std::to_string(::getpid()));
    std::filesystem::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>Kenes</title>";
    std::ofstream(root_ / "assets" / "app-1a2b3c.js") << "console.log(1)";
    std::ofstream(root_.parent_path() / "secret.txt") << "secret";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(StaticFilesTest, ServesAssetsWithLongCacheAndIndexForRoutes) {
  StaticFiles files(root_.string());
  auto js = files.Serve("/assets/app-1a2b3c.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(*js->FindHeader("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js->FindHeader("Cache-Control")->find("immutable"), std::string::npos);
  auto route = files.Serve("/account/settings");
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, 200);
  EXPECT_NE(route->body.find("<title>Kenes"), std::string::npos);
  EXPECT_EQ(*route->FindHeader("Cache-Control"), "no-cache");
  EXPECT_EQ(files.Serve("/assets/missing.js")->status, 404);
}

TEST_F(StaticFilesTest, PicksUpARebuiltIndex) {
  StaticFiles files(root_.string());
  ASSERT_NE(files.Serve("/")->body.find("Kenes"), std::string::npos);
  std::ofstream(root_ / "index.html") << "<!doctype html><title>Rebuilt app</title>";
  EXPECT_NE(files.Serve("/")->body.find("Rebuilt"), std::string::npos);
}

TEST_F(StaticFilesTest, RefusesTraversal) {
  StaticFiles files(root_.string());
  EXPECT_EQ(files.Serve("/../secret.txt")->status, 404);
  EXPECT_EQ(files.Serve("/assets/../../secret.txt")->status, 404);
  EXPECT_EQ(files.Serve("/.env")->status, 404);
}

TEST(JsonDepth, CountsNestingOutsideStrings) {
  EXPECT_TRUE(JsonDepthWithin(R"({"a":[1,{"b":[]}]})", 4));
  EXPECT_FALSE(JsonDepthWithin(R"({"a":[1,{"b":[]}]})", 3));
  EXPECT_TRUE(JsonDepthWithin(R"({"s":"[[[[[[{{{{"})", 1));
  EXPECT_TRUE(JsonDepthWithin(R"({"s":"\"[[[[\\"})", 1));  // escaped quote, escaped backslash
  EXPECT_FALSE(JsonDepthWithin(std::string(100000, '['), kMaxJsonDepth));
  EXPECT_TRUE(JsonDepthWithin("", 0));
}

TEST(JsonDepth, BodiesTooDeepAreRefusedBeforeParsing) {
  Request req;
  req.headers.emplace_back("content-type", "application/json");
  req.body = "{\"a\":" + std::string(70000, '[') + std::string(70000, ']') + "}";
  auto r = ParseJsonBody(req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at("body"), "too_deep");
  req.body = "{\"a\":[[1]]}";
  EXPECT_TRUE(ParseJsonBody(req).ok());
}

}  // namespace kenes::http
