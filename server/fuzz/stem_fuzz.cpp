// libFuzzer target: search terms — word splitting, the Snowball Russian stemmer and our Kazakh
// suffix stemmer (platform/text/stem.cpp). Properties: terms of valid UTF-8 are valid UTF-8 and
// non-empty, and every index term of a text is among the alternatives its own query produces
// (what makes an appeal findable by the words in it).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/http/http.hpp"
#include "platform/text/stem.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const bool utf8 = kenes::http::IsValidUtf8(in);
  auto words = kenes::text::Words(in);
  for (const auto& w : words) {
    auto ru = kenes::text::RussianStem(w);
    auto kk = kenes::text::KazakhStem(w);
    if (utf8) Check(kenes::http::IsValidUtf8(ru) && kenes::http::IsValidUtf8(kk));
  }
  auto index = kenes::text::IndexTerms(in);
  auto query = kenes::text::QueryTerms(in);
  for (const auto& t : index) {
    Check(!t.empty());
    if (!utf8) continue;
    Check(kenes::http::IsValidUtf8(t));
    bool found = false;
    for (const auto& alternatives : query)
      found |= std::find(alternatives.begin(), alternatives.end(), t) != alternatives.end();
    Check(found);
  }
  return 0;
}
