// libFuzzer target: case folding of Latin, Russian and Kazakh text (platform/text/fold.cpp).
// Properties: valid UTF-8 stays valid, folding twice changes nothing, and code points count.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/http/http.hpp"
#include "platform/text/fold.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string folded = kenes::text::Fold(in);
  if (!kenes::http::IsValidUtf8(in)) return 0;
  Check(kenes::http::IsValidUtf8(folded));
  Check(kenes::text::Fold(folded) == folded);
  Check(kenes::text::CodePoints(in) <= in.size());
  return 0;
}
