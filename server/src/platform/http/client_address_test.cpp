#include "platform/http/client_address.hpp"

#include <gtest/gtest.h>

namespace kenes::http {
namespace {

TEST(ClientAddress, ThePeerUnlessItIsATrustedProxy) {
  const auto trusted = ParseTrustedProxies("127.0.0.1, 10.0.0.5");
  EXPECT_EQ(trusted.size(), 2u);
  // A client cannot claim another address by sending the header itself.
  EXPECT_EQ(ClientAddress("203.0.113.7", "1.2.3.4", trusted), "203.0.113.7");
  EXPECT_EQ(ClientAddress("127.0.0.1", "203.0.113.7", trusted), "203.0.113.7");
  EXPECT_EQ(ClientAddress("127.0.0.1", std::nullopt, trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "1.2.3.4", {}), "127.0.0.1");
}

TEST(ClientAddress, TheRightMostUntrustedHop) {
  const auto trusted = ParseTrustedProxies("127.0.0.1,10.0.0.5");
  // The left part was written by the client: only the hops our proxies added count.
  EXPECT_EQ(ClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.5", trusted), "203.0.113.7");
  EXPECT_EQ(ClientAddress("127.0.0.1", "10.0.0.5", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "<script>", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "2001:db8::1", trusted), "2001:db8::1");
}

TEST(ClientAddress, Loopback) {
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("::1"));
  EXPECT_FALSE(IsLoopback("10.0.0.1"));
  EXPECT_FALSE(IsLoopback(""));
}

}  // namespace
}  // namespace kenes::http
