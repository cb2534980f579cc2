// libFuzzer target: the "find my deputy" address normaliser (features/directory/address.cpp) —
// name keys, house numbers and coverage ranges as typed by people and imported from CSV.
// Properties: the canonical form of a range parses back to itself, and a range's own ends are in
// it when their parity fits.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "features/directory/address.hpp"
#include "platform/http/http.hpp"

namespace {

namespace dir = kenes::directory;

void Check(bool cond) {
  if (!cond) std::abort();
}

bool ParityFits(const dir::HouseNumber& h, dir::Parity p) {
  return p == dir::Parity::kAll || (h.number % 2 == 1) == (p == dir::Parity::kOdd);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const bool utf8 = kenes::http::IsValidUtf8(in);

  std::string key = dir::NameKey(in);
  if (utf8) Check(kenes::http::IsValidUtf8(key));

  if (auto house = dir::ParseHouse(in)) {
    Check(house->number >= 1 && house->number <= 99999);
    Check(kenes::http::IsValidUtf8(house->suffix));
    dir::HouseRange all;
    Check(dir::InRange(*house, all));
  }

  dir::ParseParity(in);
  if (auto range = dir::ParseRange(in)) {
    std::string canonical = dir::FormatRange(*range);
    Check(kenes::http::IsValidUtf8(canonical));
    auto again = dir::ParseRange(canonical);
    Check(again.has_value());
    Check(dir::FormatRange(*again) == canonical);
    if (range->from && ParityFits(*range->from, range->parity))
      Check(dir::InRange(*range->from, *range));
    if (range->to && ParityFits(*range->to, range->parity)) Check(dir::InRange(*range->to, *range));
  }
  return 0;
}
