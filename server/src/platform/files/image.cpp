#include "platform/files/image.hpp"

#include <array>
#include <cstdint>

namespace kenes::files {
namespace {

constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1a\n";

uint8_t Byte(std::string_view s, size_t i) { return static_cast<uint8_t>(s[i]); }

uint32_t ReadBe16(std::string_view s, size_t i) {
  return (uint32_t{Byte(s, i)} << 8) | Byte(s, i + 1);
}

uint32_t ReadBe32(std::string_view s, size_t i) {
  return (ReadBe16(s, i) << 16) | ReadBe16(s, i + 2);
}

uint32_t ReadLe32(std::string_view s, size_t i) {
  return uint32_t{Byte(s, i)} | (uint32_t{Byte(s, i + 1)} << 8) | (uint32_t{Byte(s, i + 2)} << 16) |
         (uint32_t{Byte(s, i + 3)} << 24);
}

void WriteLe32(std::string* s, size_t i, uint32_t v) {
  for (int k = 0; k < 4; ++k) (*s)[i + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}

// ---------------------------------------------------------------------------------------------
// JPEG: a sequence of marker segments; after SOS comes entropy-coded data up to the next marker.

constexpr uint8_t kSoi = 0xD8;
constexpr uint8_t kEoi = 0xD9;
constexpr uint8_t kSos = 0xDA;
constexpr uint8_t kApp1 = 0xE1;
constexpr uint8_t kApp14 = 0xEE;
constexpr uint8_t kApp15 = 0xEF;
constexpr uint8_t kCom = 0xFE;

bool IsRst(uint8_t m) { return m >= 0xD0 && m <= 0xD7; }

// APP14 "Adobe" is kept although it is an APPn: it carries the colour transform, not metadata,
// and without it RGB and CMYK JPEGs decode with wrong colours.
bool IsJpegMetadata(uint8_t marker, std::string_view payload) {
  if (marker == kCom) return true;
  if (marker < kApp1 || marker > kApp15) return false;
  return !(marker == kApp14 && payload.substr(0, 5) == "Adobe");
}

// Returns the end of the entropy-coded data that starts at `pos`: the 0xFF of the next marker
// that is neither a stuffed 0xFF00 nor a restart marker; npos if the data runs off the end.
size_t SkipEntropyData(std::string_view s, size_t pos) {
  for (; pos + 1 < s.size(); ++pos) {
    if (Byte(s, pos) != 0xFF) continue;
    const uint8_t next = Byte(s, pos + 1);
    if (next != 0x00 && !IsRst(next) && next != 0xFF) return pos;
  }
  return std::string_view::npos;
}

std::optional<std::string> StripJpeg(std::string_view s) {
  std::string out(s.substr(0, 2));  // SOI
  size_t pos = 2;
  while (true) {
    if (pos >= s.size() || Byte(s, pos) != 0xFF) return std::nullopt;
    while (pos < s.size() && Byte(s, pos) == 0xFF) ++pos;  // fill bytes
    if (pos >= s.size()) return std::nullopt;
    const uint8_t marker = Byte(s, pos++);
    if (marker == kEoi) break;  // anything after EOI is dropped: trailers can hold metadata
    if (marker == kSoi || marker == 0x00) return std::nullopt;
    if (IsRst(marker) || marker == 0x01) {  // stand-alone markers have no length
      out += '\xFF';
      out += static_cast<char>(marker);
      continue;
    }
    if (pos + 2 > s.size()) return std::nullopt;
    const size_t length = ReadBe16(s, pos);
    if (length < 2 || pos + length > s.size()) return std::nullopt;
    const std::string_view segment = s.substr(pos - 2, length + 2);
    pos += length;
    if (!IsJpegMetadata(marker, segment.substr(4))) out += segment;
    if (marker != kSos) continue;
    const size_t end = SkipEntropyData(s, pos);
    if (end == std::string_view::npos) return std::nullopt;
    out += s.substr(pos, end - pos);
    pos = end;
  }
  out += "\xFF\xD9";
  return out;
}

// ---------------------------------------------------------------------------------------------
// PNG: signature, then length/type/data/CRC chunks from IHDR to IEND.

bool IsPngMetadata(std::string_view type) {
  static constexpr std::array<std::string_view, 5> kDropped = {"tEXt", "zTXt", "iTXt", "eXIf",
                                                               "tIME"};
  for (std::string_view t : kDropped) {
    if (type == t) return true;
  }
  return false;
}

bool IsChunkType(std::string_view type) {
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return true;
}

std::optional<std::string> StripPng(std::string_view s) {
  std::string out(kPngSignature);
  size_t pos = kPngSignature.size();
  bool first = true;
  while (true) {
    if (pos + 12 > s.size()) return std::nullopt;
    const uint32_t length = ReadBe32(s, pos);
    const std::string_view type = s.substr(pos + 4, 4);
    if (length > 0x7FFFFFFF || s.size() - pos - 12 < length || !IsChunkType(type)) {
      return std::nullopt;
    }
    if (first && type != "IHDR") return std::nullopt;
    first = false;
    const std::string_view chunk = s.substr(pos, 12 + length);
    pos += chunk.size();
    if (!IsPngMetadata(type)) out += chunk;
    if (type == "IEND") return out;  // bytes after IEND are dropped
  }
}

// ---------------------------------------------------------------------------------------------
// WebP: a RIFF container of chunks (FourCC, little-endian size, data, pad to even size).

constexpr uint8_t kVp8xExifFlag = 0x08;
constexpr uint8_t kVp8xXmpFlag = 0x04;

bool IsWebpImageChunk(std::string_view fourcc) {
  return fourcc == "VP8 " || fourcc == "VP8L" || fourcc == "VP8X";
}

std::optional<std::string> StripWebp(std::string_view s) {
  const uint64_t riff_end = uint64_t{8} + ReadLe32(s, 4);
  if (riff_end < 12 || riff_end > s.size()) return std::nullopt;
  s = s.substr(0, riff_end);  // bytes after the RIFF are not part of the image
  std::string out(s.substr(0, 12));
  bool has_image = false;
  for (size_t pos = 12; pos < s.size();) {
    if (pos + 8 > s.size()) return std::nullopt;
    const std::string_view fourcc = s.substr(pos, 4);
    const uint32_t size = ReadLe32(s, pos + 4);
    if (s.size() - pos - 8 < size) return std::nullopt;
    const size_t padded = size + (size & 1);
    // Some writers omit the pad byte of the last chunk; it is restored below.
    std::string chunk(s.substr(pos, 8 + size));
    if (size & 1) chunk.push_back('\0');
    pos += 8 + padded;
    has_image = has_image || IsWebpImageChunk(fourcc);
    if (fourcc == "EXIF" || fourcc == "XMP ") continue;
    if (fourcc == "VP8X" && size > 0)
      chunk[8] &= static_cast<char>(~(kVp8xExifFlag | kVp8xXmpFlag));
    out += chunk;
  }
  if (!has_image) return std::nullopt;
  WriteLe32(&out, 4, static_cast<uint32_t>(out.size() - 8));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dimensions, read from the header without decoding: a 74-byte PNG can claim 10^6 × 10^6 pixels,
// and every browser that shows it would try to allocate them.

struct Size {
  uint64_t width = 0;
  uint64_t height = 0;
};

bool IsJpegFrameHeader(uint8_t m) {
  return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

std::optional<Size> JpegSize(std::string_view s) {
  size_t pos = 2;
  while (pos + 4 <= s.size()) {
    if (Byte(s, pos) != 0xFF) return std::nullopt;
    while (pos < s.size() && Byte(s, pos) == 0xFF) ++pos;
    if (pos >= s.size()) return std::nullopt;
    const uint8_t marker = Byte(s, pos++);
    if (IsRst(marker) || marker == 0x01) continue;
    if (marker == kEoi || marker == kSos || pos + 2 > s.size()) return std::nullopt;
    const size_t length = ReadBe16(s, pos);
    if (length < 2 || pos + length > s.size()) return std::nullopt;
    if (IsJpegFrameHeader(marker)) {
      if (length < 7) return std::nullopt;
      return Size{ReadBe16(s, pos + 5), ReadBe16(s, pos + 3)};
    }
    pos += length;
  }
  return std::nullopt;
}

std::optional<Size> PngSize(std::string_view s) {
  if (s.size() < 24 || s.substr(12, 4) != "IHDR") return std::nullopt;
  return Size{ReadBe32(s, 16), ReadBe32(s, 20)};
}

uint32_t ReadLe24(std::string_view s, size_t i) {
  return Byte(s, i) | (Byte(s, i + 1) << 8) | (Byte(s, i + 2) << 16);
}

std::optional<Size> WebpSize(std::string_view s) {
  for (size_t pos = 12; pos + 8 <= s.size();) {
    const std::string_view fourcc = s.substr(pos, 4);
    const uint32_t size = ReadLe32(s, pos + 4);
    const size_t data = pos + 8;
    if (s.size() - data < size) return std::nullopt;
    if (fourcc == "VP8X" && size >= 10) {
      return Size{uint64_t{ReadLe24(s, data + 4)} + 1, uint64_t{ReadLe24(s, data + 7)} + 1};
    }
    if (fourcc == "VP8L" && size >= 5) {
      const uint32_t bits = ReadLe32(s, data + 1);
      return Size{(bits & 0x3FFF) + 1u, ((bits >> 14) & 0x3FFF) + 1u};
    }
    if (fourcc == "VP8 " && size >= 10) {
      // After the frame tag and start code: 14-bit width and height, little-endian.
      return Size{Byte(s, data + 6) | (Byte(s, data + 7) & 0x3Fu) << 8,
                  Byte(s, data + 8) | (Byte(s, data + 9) & 0x3Fu) << 8};
    }
    pos = data + size + (size & 1);
  }
  return std::nullopt;
}

bool SizeAcceptable(const std::optional<Size>& size) {
  return size && size->width > 0 && size->height > 0 && size->width <= kMaxImageSide &&
         size->height <= kMaxImageSide && size->width * size->height <= kMaxImagePixels;
}

}  // namespace

std::optional<ImageType> DetectImageType(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xFF\xD8\xFF") return ImageType::kJpeg;
  if (bytes.substr(0, kPngSignature.size()) == kPngSignature) return ImageType::kPng;
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") {
    return ImageType::kWebp;
  }
  return std::nullopt;
}

std::string_view MimeOf(ImageType type) {
  switch (type) {
    case ImageType::kJpeg:
      return "image/jpeg";
    case ImageType::kPng:
      return "image/png";
    case ImageType::kWebp:
      return "image/webp";
  }
  return "application/octet-stream";
}

std::string_view ExtensionOf(ImageType type) {
  switch (type) {
    case ImageType::kJpeg:
      return "jpg";
    case ImageType::kPng:
      return "png";
    case ImageType::kWebp:
      return "webp";
  }
  return "bin";
}

std::optional<std::string> StripImageMetadata(std::string_view bytes) {
  const std::optional<ImageType> type = DetectImageType(bytes);
  if (!type) return std::nullopt;
  std::optional<std::string> out;
  switch (*type) {
    case ImageType::kJpeg:
      out = StripJpeg(bytes);
      break;
    case ImageType::kPng:
      out = StripPng(bytes);
      break;
    case ImageType::kWebp:
      out = StripWebp(bytes);
      break;
  }
  if (!out) return std::nullopt;
  // The size is read from what is kept, so that stripping twice gives the same answer (bytes past
  // a WebP's RIFF or a PNG's IEND are dropped and cannot decide).
  const auto size = *type == ImageType::kJpeg  ? JpegSize(*out)
                    : *type == ImageType::kPng ? PngSize(*out)
                                               : WebpSize(*out);
  if (!SizeAcceptable(size)) return std::nullopt;
  return out;
}

}  // namespace kenes::files
