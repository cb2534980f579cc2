#pragma once
// The server's one UTF-8 codec (docs/adr/0009-one-utf8-helper.md): validation, decoding with one
// replacement policy, encoding, counting, and the case mapping of the letters Kenes compares
// (Latin, Russian and Kazakh Cyrillic). No ICU: this is all the server needs of Unicode.
//
// Guarantees:
// - IsValidUtf8 accepts exactly well-formed UTF-8 (Unicode §3.9, Table 3-7): no overlong forms,
//   no surrogates (U+D800–U+DFFF), nothing past U+10FFFF, no truncated sequence, no stray
//   continuation byte, no 0xC0, 0xC1 or 0xF5–0xFF.
// - DecodeNext never reads past the end and always advances. Ill-formed input decodes to U+FFFD,
//   one per maximal subpart (§3.9 "U+FFFD substitution of maximal subparts", as the WHATWG decoder
//   and nlohmann's error_handler_t::replace do), so ill-formed input is a separator, never a crash
//   and never a letter.
// - AppendUtf8 writes only well-formed UTF-8: a value that is not a Unicode scalar value
//   (a surrogate, or past U+10FFFF) is written as U+FFFD. Encoding what DecodeUtf8 returned is
//   therefore always valid, and is the input itself when the input was valid.

#include <cstddef>
#include <string>
#include <string_view>

namespace kenes::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// True when `s` is well-formed UTF-8 (the empty string is).
bool IsValidUtf8(std::string_view s);

// The code point starting at s[*pos] (*pos < s.size()); advances *pos past it, or past the maximal
// subpart of an ill-formed sequence, returning U+FFFD for the latter.
char32_t DecodeNext(std::string_view s, size_t* pos);

// Every code point of `s`, ill-formed sequences as U+FFFD (see DecodeNext).
std::u32string DecodeUtf8(std::string_view s);

// Appends one code point as UTF-8 (U+FFFD for a surrogate or a value past U+10FFFF).
void AppendUtf8(std::string& out, char32_t cp);

std::string EncodeUtf8(std::u32string_view cps);

// Length in code points (what people count as characters): the number of code points DecodeUtf8
// would return, so each ill-formed subpart counts as one. For valid UTF-8, the number of bytes
// that are not continuation bytes.
size_t CodePoints(std::string_view s);

// Case mapping of the letters Kenes compares, and only those: Latin A–Z, Russian А–Я and Ё, the
// Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І. Every other code point is returned unchanged. «ё» stays «ё» here;
// whether it also folds to «е» is the caller's choice (text::Fold does, address keys do).
char32_t ToLower(char32_t cp);
char32_t ToUpper(char32_t cp);

}  // namespace kenes::text
