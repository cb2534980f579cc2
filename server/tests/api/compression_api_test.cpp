// Content coding through a real server: precompressed web assets, and gzip for large JSON answers.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "platform/crypto/crypto.hpp"
#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

namespace fs = std::filesystem;

class Compression : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("kenes_web_" + crypto::RandomToken(4));
    fs::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>Kenes</title>";
    std::ofstream(root_ / "assets" / "app-1a2b.js") << "console.log('original')";
    std::ofstream(root_ / "assets" / "app-1a2b.js.br") << "BROTLI-BYTES";
    std::ofstream(root_ / "assets" / "app-1a2b.js.gz") << "GZIP-BYTES";
    std::ofstream(root_ / "assets" / "plain-9z.css") << "body{}";
    app_.config().http.web_root = root_.string();
    app_.Restart();
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
  TestApp app_;
};

TEST_F(Compression, AssetsGoOutInTheBestCodingTheClientAccepts) {
  auto c = app_.NewClient();
  auto br = c.Send("GET", "/assets/app-1a2b.js", "", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_EQ(br.status, 200);
  EXPECT_EQ(br.body, "BROTLI-BYTES");
  EXPECT_EQ(br.headers["content-encoding"], "br");
  EXPECT_EQ(br.headers["vary"], "Accept-Encoding");
  EXPECT_EQ(br.headers["content-type"], "text/javascript; charset=utf-8");
  auto gz = c.Send("GET", "/assets/app-1a2b.js", "", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(gz.body, "GZIP-BYTES");
  EXPECT_EQ(gz.headers["content-encoding"], "gzip");
  auto refused =
      c.Send("GET", "/assets/app-1a2b.js", "", {{"Accept-Encoding", "br;q=0, gzip;q=0"}});
  EXPECT_EQ(refused.body, "console.log('original')");
  EXPECT_EQ(refused.headers.count("content-encoding"), 0u);
  auto none = c.Send("GET", "/assets/app-1a2b.js", "", {{"Accept-Encoding", "identity"}});
  EXPECT_EQ(none.body, "console.log('original')");
  EXPECT_EQ(none.headers["vary"], "Accept-Encoding");
  // An asset the build wrote no variants for is sent as it is.
  auto css = c.Send("GET", "/assets/plain-9z.css", "", {{"Accept-Encoding", "br, gzip"}});
  EXPECT_EQ(css.body, "body{}");
  EXPECT_EQ(css.headers.count("content-encoding"), 0u);
}

TEST_F(Compression, LargeJsonIsGzippedWhenAccepted) {
  app_.CreateAccount("admin@example.kz", "admin-password-1", {{"admin", std::nullopt}});
  auto admin = app_.Login("admin@example.kz", "admin-password-1");
  for (int i = 0; i < 30; ++i) {
    Created(admin, "/api/v1/territories",
            {{"level", "district"},
             {"name_kk", "Аудан " + std::to_string(i)},
             {"name_ru", "Район " + std::to_string(i)},
             {"valid_from", "1997-01-01"}});
  }
  auto plain = admin.Get("/api/v1/territories");
  ASSERT_EQ(plain.status, 200);
  ASSERT_GT(plain.body.size(), 1024u);
  EXPECT_EQ(plain.headers.count("content-encoding"), 0u);
  EXPECT_EQ(plain.headers["vary"], "Accept-Encoding");
  auto gz = admin.Send("GET", "/api/v1/territories", "", {{"Accept-Encoding", "gzip"}});
  ASSERT_EQ(gz.status, 200);
  EXPECT_EQ(gz.headers["content-encoding"], "gzip");
  ASSERT_GE(gz.body.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(gz.body[0]), 0x1f);
  EXPECT_LT(gz.body.size(), plain.body.size() / 3);
  // Small answers are not worth the CPU.
  auto info = admin.Send("GET", "/api/v1/info", "", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(info.headers.count("content-encoding"), 0u);
  EXPECT_TRUE(info.json().is_object());
}

}  // namespace
}  // namespace kenes::testing
