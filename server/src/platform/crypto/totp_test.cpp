#include "platform/crypto/totp.hpp"

#include <gtest/gtest.h>

#include "platform/crypto/crypto.hpp"

namespace kenes::crypto {

TEST(Sha1, KnownVector) {
  EXPECT_EQ(Hex(Sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Hex(Sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

TEST(Totp, Rfc6238Sha1Vectors) {
  const std::string secret = "12345678901234567890";
  // RFC 6238 Appendix B gives 8 digits; the last 6 are the 6-digit code.
  EXPECT_EQ(TotpCode(secret, 59), "287082");
  EXPECT_EQ(TotpCode(secret, 1111111109), "081804");
  EXPECT_EQ(TotpCode(secret, 1234567890), "005924");
  EXPECT_EQ(TotpCode(secret, 2000000000), "279037");
}

TEST(Totp, AcceptsNeighbourStepsOnly) {
  const std::string secret = "12345678901234567890";
  EXPECT_TRUE(TotpVerify(secret, TotpCode(secret, 1000), 1030));
  EXPECT_FALSE(TotpVerify(secret, TotpCode(secret, 1000), 1100));
  EXPECT_FALSE(TotpVerify(secret, "12345", 1000));
}

TEST(Base32, RoundTrip) {
  std::string out;
  ASSERT_TRUE(Base32Decode(Base32Encode("12345678901234567890"), &out));
  EXPECT_EQ(out, "12345678901234567890");
  EXPECT_EQ(Base32Encode("foobar"), "MZXW6YTBOI");
}

TEST(Password, HashesVerifyAndDiffer) {
  Init();
  auto a = HashPassword("correct horse battery");
  auto b = HashPassword("correct horse battery");
  EXPECT_NE(a, b);
  EXPECT_EQ(a.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword("correct horse battery", a));
  EXPECT_FALSE(VerifyPassword("correct horse batterz", a));
}

}  // namespace kenes::crypto
