#pragma once
// Small valid images for upload tests: a 1×1 RGB PNG, optionally with extra chunks after IHDR.

#include <cstdint>
#include <string>

namespace kenes::testing {

inline std::string PngChunk(const std::string& type, const std::string& data) {
  auto be32 = [](std::string& out, uint32_t v) {
    for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (i * 8)) & 0xFF));
  };
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char ch : type + data) {
    crc ^= ch;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  std::string out;
  be32(out, static_cast<uint32_t>(data.size()));
  out += type + data;
  be32(out, crc ^ 0xFFFFFFFFu);
  return out;
}

// `after_ihdr`: chunks placed between IHDR and IDAT (e.g. a tEXt with metadata to be stripped).
inline std::string TinyPng(const std::string& after_ihdr = "") {
  const std::string ihdr("\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00", 13);
  const std::string idat("\x78\x9c\x63\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00", 12);
  return std::string("\x89PNG\r\n\x1a\n", 8) + PngChunk("IHDR", ihdr) + after_ihdr +
         PngChunk("IDAT", idat) + PngChunk("IEND", "");
}

}  // namespace kenes::testing
