#include "platform/crypto/field_cipher.hpp"

#include <gtest/gtest.h>

#include "platform/crypto/crypto.hpp"

namespace kenes::crypto {
namespace {

const std::string kKeyA(64, 'a');
const std::string kKeyB = std::string(63, 'a') + "b";

FieldCipher Make(const std::string& hex) {
  Init();
  auto c = FieldCipher::FromHex(hex);
  EXPECT_TRUE(c.ok());
  return std::move(c.value());
}

}  // namespace

TEST(FieldCipher, RoundTripHidesTheValue) {
  FieldCipher c = Make(kKeyA);
  const std::string sealed = c.Seal("900101300123");
  EXPECT_TRUE(FieldCipher::IsSealed(sealed));
  EXPECT_EQ(sealed.find("900101300123"), std::string::npos);
  auto plain = c.Open(sealed);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.value(), "900101300123");
  EXPECT_NE(c.Seal("900101300123"), sealed);  // a fresh nonce each time
}

TEST(FieldCipher, WrongKeyIsAClearErrorNotGarbage) {
  const std::string sealed = Make(kKeyA).Seal("900101300123");
  auto other = Make(kKeyB).Open(sealed);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("privacy.iin_key"), std::string::npos);
}

TEST(FieldCipher, AlteredOrForeignValuesDoNotOpen) {
  FieldCipher c = Make(kKeyA);
  std::string sealed = c.Seal("900101300123");
  sealed.back() = sealed.back() == '0' ? '1' : '0';
  EXPECT_FALSE(c.Open(sealed).ok());
  EXPECT_FALSE(c.Open("v1:").ok());
  EXPECT_FALSE(c.Open("v1:zz").ok());
  EXPECT_FALSE(c.Open("900101300123").ok());
}

TEST(FieldCipher, RefusesKeysOfTheWrongShape) {
  Init();
  for (const std::string& bad : {std::string(), std::string(63, 'a'), std::string(66, 'a'),
                                 std::string(64, 'g'), std::string(32, 'a')}) {
    auto c = FieldCipher::FromHex(bad);
    ASSERT_FALSE(c.ok()) << bad;
    EXPECT_NE(c.error().message.find("64 hex digits"), std::string::npos);
  }
}

TEST(FieldCipher, LookupHashIsStablePerKeyAndHidesTheValue) {
  FieldCipher a = Make(kKeyA);
  FieldCipher b = Make(kKeyB);
  EXPECT_EQ(a.LookupHash("900101300123"), a.LookupHash("900101300123"));
  EXPECT_NE(a.LookupHash("900101300123"), a.LookupHash("900101300124"));
  EXPECT_NE(a.LookupHash("900101300123"), b.LookupHash("900101300123"));
  EXPECT_EQ(a.LookupHash("900101300123").find("900101300123"), std::string::npos);
}

TEST(FieldCipher, StoredValuesOpenThroughTheProcessCipher) {
  SetIinCipher(std::make_shared<FieldCipher>(Make(kKeyA)));
  auto sealed = SealIin(std::string("900101300123"));
  ASSERT_TRUE(sealed);
  EXPECT_EQ(OpenStoredIin(sealed), std::optional<std::string>("900101300123"));
  EXPECT_FALSE(OpenStoredIin(std::nullopt).has_value());
  EXPECT_EQ(OpenStoredIin(std::string("900101300123")), std::string("900101300123"));  // clear
  SetIinCipher(std::make_shared<FieldCipher>(Make(kKeyB)));
  EXPECT_THROW(OpenStoredIin(sealed), std::runtime_error);
}

}  // namespace kenes::crypto
