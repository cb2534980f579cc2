#include "platform/http/client_gate.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace kenes::http {
namespace {

TEST(ClientGate, CapsOneClientWithoutStarvingAnother) {
  ClientGate gate(2, 3);
  auto a1 = gate.Enter("a");
  auto a2 = gate.Enter("a");
  auto a3 = gate.Enter("a");
  EXPECT_TRUE(a1.admitted());
  EXPECT_TRUE(a2.admitted());
  EXPECT_FALSE(a3.admitted());
  auto b1 = gate.Enter("b");
  EXPECT_TRUE(b1.admitted());
  auto c1 = gate.Enter("c");  // the total is reached
  EXPECT_FALSE(c1.admitted());
  EXPECT_EQ(gate.in_flight(), 3);
  EXPECT_EQ(gate.rejected(), 2);
}

TEST(ClientGate, APlaceComesBackWhenTheRequestEnds) {
  ClientGate gate(1, 10);
  {
    auto p = gate.Enter("a");
    EXPECT_TRUE(p.admitted());
    EXPECT_FALSE(gate.Enter("a").admitted());
  }
  EXPECT_TRUE(gate.Enter("a").admitted());
  EXPECT_EQ(gate.in_flight(), 0);
}

TEST(ClientGate, ManyAddressesLeaveNothingBehind) {
  ClientGate gate(4, 100000);
  for (int i = 0; i < 10000; ++i) {
    auto p = gate.Enter("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256));
    EXPECT_TRUE(p.admitted());
  }
  EXPECT_EQ(gate.in_flight(), 0);
}

}  // namespace
}  // namespace kenes::http
