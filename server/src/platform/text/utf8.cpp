#include "platform/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace kenes::text {
namespace {

// A decoded step: the code point and the bytes it took, or (ok = false) the length of the maximal
// subpart of an ill-formed sequence, at least 1.
struct Step {
  char32_t cp;
  size_t len;
  bool ok;
};

// Unicode Table 3-7: the lead byte fixes the length and the range of the second byte (which rules
// out overlong forms, surrogates and values past U+10FFFF); later bytes are 80..BF.
Step Decode(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {lead, 1, true};
  size_t need = 0;
  char32_t cp = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;  // E0 80..9F would be overlong
    if (lead == 0xED) hi = 0x9F;  // ED A0..BF would be a surrogate
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;  // F0 80..8F would be overlong
    if (lead == 0xF4) hi = 0x8F;  // F4 90.. would be past U+10FFFF
  } else {
    return {kReplacementChar, 1, false};  // continuation byte, C0, C1, F5..FF
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return {kReplacementChar, k, false};  // truncated
    const unsigned char c = byte(k);
    if (k == 1 ? (c < lo || c > hi) : (c & 0xC0) != 0x80) return {kReplacementChar, k, false};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, need + 1, true};
}

// Bytes of ASCII from s[i], eight at a time: most text the server checks is mostly ASCII (JSON
// keys, numbers, Latin names), and validation runs on every body and every string written out.
size_t AsciiRun(std::string_view s, size_t i) {
  const size_t start = i;
  while (i + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i - start;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    i += AsciiRun(s, i);
    if (i == s.size()) break;
    const Step step = Decode(s, i);
    if (!step.ok) return false;
    i += step.len;
  }
  return true;
}

char32_t DecodeNext(std::string_view s, size_t* pos) {
  const Step step = Decode(s, *pos);
  *pos += step.len;
  return step.cp;
}

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) out.push_back(DecodeNext(s, &pos));
  return out;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string EncodeUtf8(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size() * 2);  // Cyrillic is two bytes a letter
  for (char32_t cp : cps) AppendUtf8(out, cp);
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const size_t ascii = AsciiRun(s, i);
    n += ascii;
    i += ascii;
    if (i == s.size()) break;
    i += Decode(s, i).len;
    ++n;
  }
  return n;
}

namespace {

// The Kazakh letters outside the Russian alphabet, as (capital, small) pairs.
struct CasePair {
  char32_t upper;
  char32_t lower;
};
constexpr CasePair kKazakhCase[] = {
    {U'Ә', U'ә'}, {U'Ғ', U'ғ'}, {U'Қ', U'қ'}, {U'Ң', U'ң'}, {U'Ө', U'ө'},
    {U'Ұ', U'ұ'}, {U'Ү', U'ү'}, {U'Һ', U'һ'}, {U'І', U'і'},
};

}  // namespace

char32_t ToLower(char32_t cp) {
  if (cp >= U'A' && cp <= U'Z') return cp + (U'a' - U'A');
  if (cp >= U'А' && cp <= U'Я') return cp + (U'а' - U'А');
  if (cp == U'Ё') return U'ё';
  for (const CasePair& k : kKazakhCase) {
    if (cp == k.upper) return k.lower;
  }
  return cp;
}

char32_t ToUpper(char32_t cp) {
  if (cp >= U'a' && cp <= U'z') return cp - (U'a' - U'A');
  if (cp >= U'а' && cp <= U'я') return cp - (U'а' - U'А');
  if (cp == U'ё') return U'Ё';
  for (const CasePair& k : kKazakhCase) {
    if (cp == k.lower) return k.upper;
  }
  return cp;
}

}  // namespace kenes::text
