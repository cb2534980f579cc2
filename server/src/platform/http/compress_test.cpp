#include "platform/http/compress.hpp"

#include <zlib.h>

#include <gtest/gtest.h>

namespace kenes::http {
namespace {

std::string Gunzip(const std::string& gz) {
  z_stream zs{};
  inflateInit2(&zs, 15 + 16);
  std::string out(1 << 20, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  zs.avail_in = static_cast<uInt>(gz.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  inflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  inflateEnd(&zs);
  return out;
}

TEST(AcceptEncoding, NamesAndWeights) {
  auto a = ParseAcceptEncoding("gzip, deflate, br, zstd");
  EXPECT_TRUE(a.br);
  EXPECT_TRUE(a.gzip);
  a = ParseAcceptEncoding("gzip;q=1.0, br;q=0");
  EXPECT_FALSE(a.br);
  EXPECT_TRUE(a.gzip);
  a = ParseAcceptEncoding("*;q=0.5, gzip;q=0.000");
  EXPECT_TRUE(a.br);
  EXPECT_FALSE(a.gzip);
  a = ParseAcceptEncoding("");
  EXPECT_FALSE(a.br || a.gzip);
  a = ParseAcceptEncoding("identity");
  EXPECT_FALSE(a.br || a.gzip);
}

TEST(Gzip, RoundTripsAndShrinksJson) {
  std::string json = "{\"items\":[";
  for (int i = 0; i < 200; ++i) json += "{\"id\":" + std::to_string(i) + ",\"status\":\"closed\"},";
  json += "{}]}";
  const std::string gz = Gzip(json);
  ASSERT_FALSE(gz.empty());
  EXPECT_LT(gz.size(), json.size() / 4);
  EXPECT_EQ(static_cast<unsigned char>(gz[0]), 0x1f);
  EXPECT_EQ(Gunzip(gz), json);
  EXPECT_EQ(Gunzip(Gzip("")), "");
}

}  // namespace
}  // namespace kenes::http
