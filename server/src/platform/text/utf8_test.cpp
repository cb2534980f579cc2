#include "platform/text/utf8.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

// Decodes and re-encodes: ill-formed parts show up as U+FFFD.
std::string Scrub(std::string_view s) { return EncodeUtf8(DecodeUtf8(s)); }

}  // namespace

TEST(Utf8, AcceptsKazakhRussianAndEveryLength) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Сәлем, әлем! Қазақстан Республикасы"));
  EXPECT_TRUE(IsValidUtf8("Ғылым, өнер, ұлттық үйлер, һ, і, ң"));
  EXPECT_TRUE(IsValidUtf8("Съешь ещё этих мягких французских булок"));
  EXPECT_TRUE(IsValidUtf8("a\u00E9\u20AC\U0001F600z"));          // 1, 2, 3 and 4 bytes
  EXPECT_TRUE(IsValidUtf8("\xC2\x80\xDF\xBF"));                  // U+0080, U+07FF
  EXPECT_TRUE(IsValidUtf8("\xE0\xA0\x80\xEF\xBF\xBF"));          // U+0800, U+FFFF
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF\xEE\x80\x80"));          // U+D7FF, U+E000 (either side)
  EXPECT_TRUE(IsValidUtf8("\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"));  // U+10000, U+10FFFF
  EXPECT_TRUE(IsValidUtf8(std::string("a\0b", 3)));              // NUL is a character
  EXPECT_TRUE(IsValidUtf8(std::string(100, 'x') + "ә" + std::string(17, 'y')));
}

TEST(Utf8, RejectsEveryIllFormedClass) {
  // Overlong forms.
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));  // '/'
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // '/'
  EXPECT_FALSE(IsValidUtf8("\xE0\x9F\xBF"));      // U+07FF in three bytes
  EXPECT_FALSE(IsValidUtf8("\xF0\x80\x80\xAF"));  // '/'
  EXPECT_FALSE(IsValidUtf8("\xF0\x8F\xBF\xBF"));  // U+FFFF in four bytes
  // Surrogates.
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));              // U+D800
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));              // U+DFFF
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\xBD\xED\xB8\x80"));  // a CESU-8 pair
  // Past U+10FFFF, and bytes that never occur.
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF8\x88\x80\x80\x80"));  // old five-byte form
  EXPECT_FALSE(IsValidUtf8("abc\xFF"));
  EXPECT_FALSE(IsValidUtf8("\xFE"));
  // Truncated, at the end and in the middle.
  EXPECT_FALSE(IsValidUtf8("\xC3"));
  EXPECT_FALSE(IsValidUtf8("Қаз\xD0"));
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));
  EXPECT_FALSE(IsValidUtf8("\xF0\x9F\x98"));
  EXPECT_FALSE(IsValidUtf8("\xE2\x82 euro"));
  EXPECT_FALSE(IsValidUtf8("\xD0\xD0\xB0"));
  // Stray continuation bytes.
  EXPECT_FALSE(IsValidUtf8("\x80"));
  EXPECT_FALSE(IsValidUtf8("a\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xD0\xB0\xB0"));  // «а» and one byte too many
  EXPECT_FALSE(IsValidUtf8(std::string(40, 'x') + "\x80" + std::string(40, 'x')));
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  const std::string text = "Қ1ё\u20AC\U0001F600";
  EXPECT_EQ(DecodeUtf8(text), std::u32string(U"Қ1ё\u20AC\U0001F600"));
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(text)), text);
  size_t pos = 0;
  EXPECT_EQ(DecodeNext(text, &pos), U'Қ');
  EXPECT_EQ(pos, 2u);
  EXPECT_EQ(DecodeNext(text, &pos), U'1');
  EXPECT_EQ(pos, 3u);
}

TEST(Utf8, ReplacesEachMaximalSubpartWithOneReplacementCharacter) {
  // The examples of Unicode §3.9 (Table 3-8): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
  EXPECT_EQ(Scrub("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64"),
            "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  EXPECT_EQ(Scrub("\xC0\xAF"), kFffd + kFffd);              // overlong: C0 never starts one
  EXPECT_EQ(Scrub("\xE0\x80\xAF"), kFffd + kFffd + kFffd);  // E0 80: the 80 is not allowed
  EXPECT_EQ(Scrub("\xED\xA0\x80"), kFffd + kFffd + kFffd);  // surrogate
  EXPECT_EQ(Scrub("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);  // > U+10FFFF
  EXPECT_EQ(Scrub("\xE2\x82"), kFffd);                                  // truncated: one subpart
  EXPECT_EQ(Scrub("\xE2\x82x"), kFffd + "x");                           // and the next byte is kept
  EXPECT_EQ(Scrub("\xD0"), kFffd);
  EXPECT_EQ(Scrub("а\x80б"), "а" + kFffd + "б");  // stray continuation
  EXPECT_EQ(Scrub("\xFF"), kFffd);
  // A U+FFFD that was in the input stays one.
  EXPECT_EQ(Scrub(kFffd), kFffd);
  EXPECT_TRUE(IsValidUtf8(Scrub("\xF0\x9F\x98\xED\xA0\x80\xC1\xBF\xFE")));
}

TEST(Utf8, DecodingAlwaysAdvancesAndStopsAtTheEnd) {
  const std::vector<std::string> inputs = {"\xF0", "\xF0\x9F", "\xF0\x9F\x98", "\xE2", "\xC3"};
  for (const std::string& s : inputs) {
    size_t pos = 0;
    EXPECT_EQ(DecodeNext(s, &pos), kReplacementChar) << s.size();
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8, EncodesOnlyScalarValues) {
  std::string out;
  AppendUtf8(out, 0xD800);
  AppendUtf8(out, 0x110000);
  AppendUtf8(out, 0x7FFFFFFF);
  EXPECT_EQ(out, kFffd + kFffd + kFffd);
  out.clear();
  AppendUtf8(out, 0x10FFFF);
  EXPECT_EQ(out, "\xF4\x8F\xBF\xBF");
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(CodePoints(""), 0u);
  EXPECT_EQ(CodePoints("abc"), 3u);
  EXPECT_EQ(CodePoints("Қазақстан"), 9u);
  EXPECT_EQ(CodePoints("ёлка"), 4u);
  EXPECT_EQ(CodePoints("\u20AC\U0001F600"), 2u);
  EXPECT_EQ(CodePoints(std::string(30, 'x') + "әә" + std::string(30, 'y')), 62u);
  // Ill-formed input counts as it decodes: one per maximal subpart.
  EXPECT_EQ(CodePoints("\xE2\x82"), 1u);
  EXPECT_EQ(CodePoints("\x80\x80"), 2u);
  EXPECT_EQ(CodePoints("a\xC0\xAF"), 3u);
}

TEST(Utf8, MapsCaseOfLatinRussianAndKazakhOnly) {
  EXPECT_EQ(EncodeUtf8(std::u32string{ToLower(U'Q'), ToLower(U'Я'), ToLower(U'Ё')}), "qяё");
  const std::u32string upper = U"ӘҒҚҢӨҰҮҺІ";
  const std::u32string lower = U"әғқңөұүһі";
  for (size_t i = 0; i < upper.size(); ++i) {
    EXPECT_EQ(ToLower(upper[i]), lower[i]);
    EXPECT_EQ(ToUpper(lower[i]), upper[i]);
  }
  EXPECT_EQ(ToUpper(U'ё'), U'Ё');
  EXPECT_EQ(ToUpper(U'ж'), U'Ж');
  EXPECT_EQ(ToUpper(U'z'), U'Z');
  // Outside that set nothing changes (Ukrainian Є, Greek, digits, punctuation).
  for (char32_t c : {U'Є', U'є', U'Σ', U'7', U'-', U'É'}) {
    EXPECT_EQ(ToLower(c), c);
    EXPECT_EQ(ToUpper(c), c);
  }
}

}  // namespace kenes::text
