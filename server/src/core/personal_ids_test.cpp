#include "core/personal_ids.hpp"

#include <gtest/gtest.h>

namespace kenes {

TEST(Iin, AcceptsValidCheckDigit) {
  // 1..11 weights: sum = 9*1+0*2+0*3+1*4+0*5+1*6+3*7+0*8+0*9+0*10+1*11 = 51, 51 % 11 = 7
  EXPECT_TRUE(IsValidIin("900101300017"));
}

TEST(Iin, RejectsWrongCheckDigitLengthAndLetters) {
  EXPECT_FALSE(IsValidIin("900101300018"));
  EXPECT_FALSE(IsValidIin("90010130001"));
  EXPECT_FALSE(IsValidIin("9001013000a7"));
}

TEST(Iin, UsesSecondWeightsWhenFirstGivesTen) {
  // First pass: 0*1+...+ gives 10 for this body; the second pass decides the digit.
  std::string body = "00000000001";  // weight 11 * 1 = 11 -> 0, not 10; build one that gives 10
  // 10 = 1*10 -> digit 1 at position 10
  body = "00000000010";
  // second weights: position 10 has weight 1 -> 1 % 11 = 1
  EXPECT_TRUE(IsValidIin(body + "1"));
  EXPECT_FALSE(IsValidIin(body + "0"));
}

TEST(Iin, RefusesEveryAllSameDigitNumber) {
  // 000000000000 passes the checksum (every weighted sum is 0); it must still be refused.
  for (char c = '0'; c <= '9'; ++c) {
    const std::string iin(12, c);
    EXPECT_TRUE(IsPlaceholderIin(iin)) << iin;
    EXPECT_FALSE(IsValidIin(iin)) << iin;
  }
  EXPECT_FALSE(IsPlaceholderIin("900101300017"));
  EXPECT_FALSE(IsPlaceholderIin("000000000001"));
}

TEST(Bin, AcceptsALegalEntityWithAValidCheckDigit) {
  // 1*1+2*2+0*3+3*4+4*5+0*6+0*7+0*8+1*9+2*10+3*11 = 99, 99 % 11 = 0
  EXPECT_TRUE(IsValidBin("120340001230"));
  EXPECT_TRUE(IsValidBin("051240004566"));
}

TEST(Bin, RefusesWrongCheckDigitKindLengthLettersAndPlaceholders) {
  EXPECT_FALSE(IsValidBin("120340001231"));   // check digit
  EXPECT_FALSE(IsValidBin("900101300017"));   // a person's IIN: the fifth digit is not 4, 5, 6
  EXPECT_FALSE(IsValidBin("12034000123"));    // 11 digits
  EXPECT_FALSE(IsValidBin("1203400012300"));  // 13 digits
  EXPECT_FALSE(IsValidBin("12034000123a"));
  EXPECT_FALSE(IsValidBin("444444444444"));
  EXPECT_FALSE(IsValidBin(""));
}

TEST(Iin, MasksAllButTwoDigitsEachSide) { EXPECT_EQ(MaskIin("900101300017"), "90********17"); }

TEST(Contacts, NormalisesEmailAndPhone) {
  EXPECT_EQ(NormalizeEmail("  Aigerim@Example.KZ "), "aigerim@example.kz");
  EXPECT_FALSE(NormalizeEmail("no-at-sign"));
  EXPECT_FALSE(NormalizeEmail("a@b"));
  EXPECT_EQ(NormalizePhone("8 (701) 123-45-67"), "+77011234567");
  EXPECT_EQ(NormalizePhone("+7 701 123 45 67"), "+77011234567");
  EXPECT_FALSE(NormalizePhone("12345"));
}

}  // namespace kenes
