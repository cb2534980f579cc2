// libFuzzer target: uploaded photos and attachments (platform/files/image.cpp) — type detection by
// magic bytes and metadata stripping of JPEG, PNG and WebP without decoding pixels.
// Properties: stripping keeps the type, never grows the file, and is idempotent.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/files/image.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto type = kenes::files::DetectImageType(in);
  if (type) {
    Check(!kenes::files::MimeOf(*type).empty() && !kenes::files::ExtensionOf(*type).empty());
  }
  auto stripped = kenes::files::StripImageMetadata(in);
  if (!stripped) return 0;
  Check(type.has_value());
  Check(kenes::files::DetectImageType(*stripped) == type);
  Check(stripped->size() <= in.size());
  auto again = kenes::files::StripImageMetadata(*stripped);
  Check(again.has_value() && *again == *stripped);
  return 0;
}
