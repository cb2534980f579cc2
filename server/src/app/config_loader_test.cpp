#include "app/config_loader.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace kenes {

TEST(Config, DefaultsServeLocallyFromSqlite) {
  auto c = LoadConfig("/nonexistent/kenes.toml", false, {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->http.host, "127.0.0.1");
  EXPECT_EQ(c->http.port, 8080);
  EXPECT_EQ(c->database.url, "sqlite:./var/kenes.db");
}

TEST(Config, FileThenEnvironmentThenFlags) {
  auto path = std::filesystem::temp_directory_path() / "kenes_config_test.toml";
  std::ofstream(path)
      << "[http]\nport = 9000\nhost = \"0.0.0.0\"\n[database]\nurl = \"sqlite:/tmp/x.db\"\n";
  setenv("KENES_HTTP_PORT", "9100", 1);
  auto c = LoadConfig(path.string(), true, {{"http.host", "127.0.0.2"}});
  unsetenv("KENES_HTTP_PORT");
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->http.port, 9100);
  EXPECT_EQ(c->http.host, "127.0.0.2");
  EXPECT_EQ(c->database.url, "sqlite:/tmp/x.db");
  std::filesystem::remove(path);
}

TEST(Config, InvalidValueNamesTheKey) {
  auto path = std::filesystem::temp_directory_path() / "kenes_config_bad.toml";
  std::ofstream(path) << "[http]\nport = 70000\n";
  auto c = LoadConfig(path.string(), true, {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("http.port"), std::string::npos);
  std::ofstream(path) << "[http]\nprot = 80\n";
  c = LoadConfig(path.string(), true, {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("http.prot"), std::string::npos);
  setenv("KENES_DATABASE_URL", "mysql://x", 1);
  c = LoadConfig("/nonexistent", false, {});
  unsetenv("KENES_DATABASE_URL");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("database.url"), std::string::npos);
  std::filesystem::remove(path);
}

// The name goes into a response header on every request: nothing that could split or forge one.
TEST(Config, NodeNameIsAHeaderSafeWord) {
  auto ok = LoadConfig("/nonexistent/kenes.toml", false, {{"http.node_name", "node-a.kz_1"}});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->http.node_name, "node-a.kz_1");
  for (const char* bad : {"node a", "node\r\nSet-Cookie: x=1", "узел", "n:1"}) {
    auto c = LoadConfig("/nonexistent/kenes.toml", false, {{"http.node_name", bad}});
    ASSERT_FALSE(c.ok()) << bad;
    EXPECT_NE(c.error().message.find("http.node_name"), std::string::npos);
  }
}

}  // namespace kenes
