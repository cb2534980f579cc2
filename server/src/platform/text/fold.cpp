#include "platform/text/fold.hpp"

#include "platform/text/utf8.hpp"

namespace kenes::text {

std::string Fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeNext(s, &i);
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    c = ToLower(c);
    AppendUtf8(out, c == U'ё' ? U'е' : c);
  }
  return out;
}

}  // namespace kenes::text
