#include "platform/files/image.hpp"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace kenes::files {
namespace {

using namespace std::string_literals;

// ---------------------------------------------------------------------------------------------
// Builders for tiny synthetic images.

std::string Be16(uint32_t v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 0xFF)}; }

std::string Be32(uint32_t v) { return Be16(v >> 16) + Be16(v & 0xFFFF); }

std::string Le32(uint32_t v) {
  std::string s;
  for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  return s;
}

uint32_t Crc32(std::string_view data) {
  uint32_t crc = 0xFFFFFFFF;
  for (char c : data) {
    crc ^= static_cast<uint8_t>(c);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
  }
  return ~crc;
}

std::string JpegSegment(uint8_t marker, const std::string& payload) {
  return "\xFF"s + static_cast<char>(marker) + Be16(payload.size() + 2) + payload;
}

const std::string kJfif = JpegSegment(0xE0, "JFIF\0\x01\x01\0\0\x01\0\x01\0\0"s);
const std::string kExif = JpegSegment(0xE1, "Exif\0\0MM\0\x2A\0\0\0\x08GPS 43.2389N 76.8897E"s);
const std::string kXmp = JpegSegment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"s);
const std::string kIcc = JpegSegment(0xE2,
                                     "ICC_PROFILE\0\x01\x01"
                                     "fake"s);
const std::string kComment = JpegSegment(0xFE, "taken at home"s);
const std::string kAdobe = JpegSegment(0xEE, "Adobe\0\x64\0\0\0\0\x01"s);
const std::string kDqt = JpegSegment(0xDB, "\0"s + std::string(64, '\x01'));
const std::string kSof0 = JpegSegment(0xC0, "\x08\0\x01\0\x01\x01\x01\x11\0"s);
const std::string kDht = JpegSegment(0xC4, "\0\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"s);
const std::string kSos = JpegSegment(0xDA, "\x01\x01\0\0\x3F\0"s);
// Entropy-coded bytes with a stuffed 0xFF00 and a restart marker, which are not segment starts.
const std::string kScan = "\x12\x34\xFF\x00\x56\xFF\xD0\x78"s;
const std::string kSoi = "\xFF\xD8"s;
const std::string kEoi = "\xFF\xD9"s;

std::string CleanJpeg() { return kSoi + kJfif + kDqt + kSof0 + kDht + kSos + kScan + kEoi; }

std::string PngChunk(std::string_view type, std::string_view data) {
  const std::string body = std::string(type) + std::string(data);
  return Be32(data.size()) + body + Be32(Crc32(body));
}

const std::string kPngSignature = "\x89PNG\r\n\x1a\n"s;
// A 1×1 8-bit greyscale image; the IDAT payload is zlib("\0\0").
const std::string kIhdr = PngChunk("IHDR", "\0\0\0\x01\0\0\0\x01\x08\0\0\0\0"s);
const std::string kIdat = PngChunk("IDAT", "\x78\xDA\x63\x60\0\0\0\x02\0\x01"s);
const std::string kIend = PngChunk("IEND", "");

std::string CleanPng() { return kPngSignature + kIhdr + kIdat + kIend; }

std::string WebpChunk(std::string_view fourcc, std::string_view data) {
  std::string chunk = std::string(fourcc) + Le32(data.size()) + std::string(data);
  if (data.size() % 2 == 1) chunk.push_back('\0');
  return chunk;
}

std::string Riff(const std::string& chunks) {
  return "RIFF" + Le32(4 + chunks.size()) + "WEBP" + chunks;
}

// VP8X: flags, 3 reserved bytes, canvas width-1 and height-1 (24 bits each).
std::string Vp8x(uint8_t flags) {
  return WebpChunk("VP8X", std::string(1, flags) + std::string(9, '\0'));
}

const std::string kVp8l = WebpChunk("VP8L", "\x2F\0\0\0\x10\x07\x10\x11\x11\x88\x88\xFE\x07\0"s);
const std::string kWebpExif = WebpChunk("EXIF", "MM\0\x2A\0\0\0\x08GPS!"s);  // odd size: padded
const std::string kWebpXmp = WebpChunk("XMP ", "<x:xmpmeta/>");
constexpr uint8_t kAlphaFlag = 0x10;
constexpr uint8_t kExifFlag = 0x08;
constexpr uint8_t kXmpFlag = 0x04;

// ---------------------------------------------------------------------------------------------
// Detection.

TEST(ImageDetect, ByMagicBytes) {
  EXPECT_EQ(DetectImageType(CleanJpeg()), ImageType::kJpeg);
  EXPECT_EQ(DetectImageType(CleanPng()), ImageType::kPng);
  EXPECT_EQ(DetectImageType(Riff(Vp8x(0) + kVp8l)), ImageType::kWebp);
}

TEST(ImageDetect, ContentDecidesNotTheName) {
  // What an upload called "photo.jpg" actually holds is all that counts.
  const std::string photo_jpg = CleanPng();
  EXPECT_EQ(DetectImageType(photo_jpg), ImageType::kPng);
  EXPECT_EQ(ExtensionOf(*DetectImageType(photo_jpg)), "png");
  EXPECT_EQ(MimeOf(*DetectImageType(photo_jpg)), "image/png");
}

TEST(ImageDetect, RejectsOtherFormats) {
  EXPECT_FALSE(DetectImageType("GIF89a\x01\0\x01\0\x80\0\0"s));
  EXPECT_FALSE(DetectImageType("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"s));
  EXPECT_FALSE(DetectImageType("RIFF\x24\0\0\0WAVEfmt "s));  // RIFF, but audio
  EXPECT_FALSE(DetectImageType("<svg xmlns='http://www.w3.org/2000/svg'/>"));
  EXPECT_FALSE(DetectImageType(""));
  EXPECT_FALSE(DetectImageType("\xFF\xD8"s));
  EXPECT_FALSE(DetectImageType("\x89PNG"s));
  EXPECT_FALSE(DetectImageType("RIFF\0\0\0\0WEB"s));
}

TEST(ImageDetect, MimeAndExtension) {
  EXPECT_EQ(MimeOf(ImageType::kJpeg), "image/jpeg");
  EXPECT_EQ(MimeOf(ImageType::kPng), "image/png");
  EXPECT_EQ(MimeOf(ImageType::kWebp), "image/webp");
  EXPECT_EQ(ExtensionOf(ImageType::kJpeg), "jpg");
  EXPECT_EQ(ExtensionOf(ImageType::kPng), "png");
  EXPECT_EQ(ExtensionOf(ImageType::kWebp), "webp");
}

// ---------------------------------------------------------------------------------------------
// JPEG.

TEST(ImageJpeg, DropsExifXmpIccAndComments) {
  const std::string dirty =
      kSoi + kJfif + kExif + kXmp + kIcc + kComment + kDqt + kSof0 + kDht + kSos + kScan + kEoi;
  const std::optional<std::string> clean = StripImageMetadata(dirty);
  ASSERT_TRUE(clean);
  EXPECT_EQ(*clean, CleanJpeg());
  EXPECT_EQ(clean->find("GPS"), std::string::npos);
  EXPECT_EQ(clean->find("taken at home"), std::string::npos);
}

TEST(ImageJpeg, CleanInputIsUnchanged) { EXPECT_EQ(StripImageMetadata(CleanJpeg()), CleanJpeg()); }

TEST(ImageJpeg, KeepsAdobeColourTransform) {
  const std::string jpeg = kSoi + kAdobe + kDqt + kSof0 + kDht + kSos + kScan + kEoi;
  EXPECT_EQ(StripImageMetadata(jpeg), jpeg);
}

TEST(ImageJpeg, ProgressiveScansAndMetadataBetweenThem) {
  // A second SOS after the first scan, with a comment squeezed in between.
  const std::string dirty =
      kSoi + kJfif + kDqt + kSof0 + kDht + kSos + kScan + kComment + kDht + kSos + kScan + kEoi;
  const std::string clean =
      kSoi + kJfif + kDqt + kSof0 + kDht + kSos + kScan + kDht + kSos + kScan + kEoi;
  EXPECT_EQ(StripImageMetadata(dirty), clean);
}

TEST(ImageJpeg, DropsTrailingBytesAfterEoi) {
  EXPECT_EQ(StripImageMetadata(CleanJpeg() + "trailer with secrets"), CleanJpeg());
}

TEST(ImageJpeg, RejectsMalformed) {
  const std::string jpeg = CleanJpeg();
  EXPECT_FALSE(StripImageMetadata(jpeg.substr(0, jpeg.size() - 2)));  // no EOI
  EXPECT_FALSE(StripImageMetadata(jpeg.substr(0, 10)));               // cut inside a segment
  EXPECT_FALSE(StripImageMetadata(kSoi + "\xFF"s));
  EXPECT_FALSE(StripImageMetadata(kSoi + "\xFF\xE1\0\x01"s + kEoi));    // length below 2
  EXPECT_FALSE(StripImageMetadata(kSoi + "\xFF\xE1\x7F\xFF"s + kEoi));  // past the end
  EXPECT_FALSE(StripImageMetadata(kSoi + "\x00\x00"s + kEoi));  // no marker where one must be
  EXPECT_FALSE(StripImageMetadata(kSoi + kJfif + kSoi + kEoi));
}

// ---------------------------------------------------------------------------------------------
// PNG.

TEST(ImagePng, DropsTextAndMetadataChunks) {
  const std::string dirty = kPngSignature + kIhdr + PngChunk("tEXt", "Author\0Someone"s) +
                            PngChunk("eXIf", "MM\0\x2A GPS"s) +
                            PngChunk("tIME", "\x07\xE8\x01\x01\0\0\0"s) + kIdat +
                            PngChunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x/>"s) +
                            PngChunk("zTXt", "Comment\0\0x"s) + kIend;
  const std::optional<std::string> clean = StripImageMetadata(dirty);
  ASSERT_TRUE(clean);
  EXPECT_EQ(*clean, CleanPng());
}

TEST(ImagePng, KeepsOtherChunks) {
  const std::string png = kPngSignature + kIhdr + PngChunk("gAMA", "\0\0\xB1\x8F"s) +
                          PngChunk("pHYs", std::string(9, '\x01')) + kIdat + kIend;
  EXPECT_EQ(StripImageMetadata(png), png);
}

TEST(ImagePng, DropsBytesAfterIend) {
  EXPECT_EQ(StripImageMetadata(CleanPng() + "appended"), CleanPng());
}

TEST(ImagePng, RejectsMalformed) {
  const std::string png = CleanPng();
  EXPECT_FALSE(StripImageMetadata(png.substr(0, png.size() - kIend.size())));  // no IEND
  EXPECT_FALSE(StripImageMetadata(png.substr(0, png.size() - 3)));             // truncated IEND
  EXPECT_FALSE(StripImageMetadata(kPngSignature));
  EXPECT_FALSE(StripImageMetadata(kPngSignature + kIdat + kIhdr + kIend));  // IHDR not first
  EXPECT_FALSE(StripImageMetadata(kPngSignature + kIhdr + Be32(0xFFFFFFF0) + "IDAT" + kIend));
  EXPECT_FALSE(StripImageMetadata(kPngSignature + kIhdr + PngChunk("ID@T", "x") + kIend));
}

// ---------------------------------------------------------------------------------------------
// WebP.

TEST(ImageWebp, DropsExifAndXmpClearsFlagsFixesSize) {
  const std::string dirty =
      Riff(Vp8x(kAlphaFlag | kExifFlag | kXmpFlag) + kVp8l + kWebpExif + kWebpXmp);
  const std::optional<std::string> clean = StripImageMetadata(dirty);
  ASSERT_TRUE(clean);
  EXPECT_EQ(*clean, Riff(Vp8x(kAlphaFlag) + kVp8l));
  EXPECT_EQ(clean->find("GPS"), std::string::npos);
  EXPECT_EQ(static_cast<uint8_t>((*clean)[20]), kAlphaFlag);  // the VP8X flags byte
  const uint32_t riff_size = static_cast<uint8_t>((*clean)[4]) | static_cast<uint8_t>((*clean)[5])
                                                                     << 8;
  EXPECT_EQ(riff_size + 8, clean->size());
}

TEST(ImageWebp, SimpleFormatIsUnchanged) {
  const std::string webp = Riff(kVp8l);
  EXPECT_EQ(StripImageMetadata(webp), webp);
}

TEST(ImageWebp, DropsBytesAfterTheRiff) {
  const std::string webp = Riff(Vp8x(0) + kVp8l);
  EXPECT_EQ(StripImageMetadata(webp + "junk"), webp);
}

TEST(ImageWebp, RejectsMalformed) {
  const std::string webp = Riff(Vp8x(kExifFlag) + kVp8l + kWebpExif);
  EXPECT_FALSE(StripImageMetadata(webp.substr(0, webp.size() - 6)));   // RIFF size past the end
  EXPECT_FALSE(StripImageMetadata("RIFF" + Le32(4) + "WEBP"));         // no chunks
  EXPECT_FALSE(StripImageMetadata("RIFF" + Le32(2) + "WEBP"));         // size below "WEBP"
  EXPECT_FALSE(StripImageMetadata(Riff(kWebpExif)));                   // metadata, no image
  EXPECT_FALSE(StripImageMetadata(Riff(kVp8l + "EXIF" + Le32(100))));  // chunk past the end
  EXPECT_FALSE(StripImageMetadata(Riff(kVp8l + "EX")));                // torn chunk header
}

TEST(ImageStrip, RejectsGarbageAndUnsupported) {
  EXPECT_FALSE(StripImageMetadata(""));
  EXPECT_FALSE(StripImageMetadata("not an image at all"));
  EXPECT_FALSE(StripImageMetadata("GIF89a\x01\0\x01\0\x80\0\0"s));
  EXPECT_FALSE(StripImageMetadata("%PDF-1.7\n"));
}

// ---------------------------------------------------------------------------------------------
// Dimensions: a tiny file may claim a huge picture that every browser would try to allocate.

TEST(ImageSize, RefusesHugeClaimedDimensions) {
  const std::string huge_ihdr =
      PngChunk("IHDR", Be32(1'000'000) + Be32(1'000'000) + "\x08\0\0\0\0"s);
  EXPECT_EQ(StripImageMetadata(kPngSignature + huge_ihdr + kIdat + kIend), std::nullopt);
  const std::string wide_ihdr = PngChunk("IHDR", Be32(12001) + Be32(1) + "\x08\0\0\0\0"s);
  EXPECT_EQ(StripImageMetadata(kPngSignature + wide_ihdr + kIdat + kIend), std::nullopt);
  const std::string zero_ihdr = PngChunk("IHDR", Be32(0) + Be32(1) + "\x08\0\0\0\0"s);
  EXPECT_EQ(StripImageMetadata(kPngSignature + zero_ihdr + kIdat + kIend), std::nullopt);
  // 65,535 × 65,535 in a JPEG frame header.
  const std::string huge_sof = JpegSegment(0xC0, "\x08\xFF\xFF\xFF\xFF\x01\x01\x11\0"s);
  EXPECT_EQ(StripImageMetadata(kSoi + kJfif + kDqt + huge_sof + kDht + kSos + kScan + kEoi),
            std::nullopt);
  // 16,777,216 × 1 on a WebP canvas.
  const std::string huge_vp8x = WebpChunk("VP8X", "\0\0\0\0\xFF\xFF\xFF\0\0\0"s);
  EXPECT_EQ(StripImageMetadata(Riff(huge_vp8x + kVp8l)), std::nullopt);
}

TEST(ImageSize, AcceptsOrdinaryPhotos) {
  const std::string photo_ihdr = PngChunk("IHDR", Be32(4000) + Be32(3000) + "\x08\0\0\0\0"s);
  EXPECT_TRUE(StripImageMetadata(kPngSignature + photo_ihdr + kIdat + kIend).has_value());
  const std::string photo_sof = JpegSegment(0xC2, "\x08\x0B\xB8\x0F\xA0\x01\x01\x11\0"s);
  EXPECT_TRUE(
      StripImageMetadata(kSoi + kJfif + kDqt + photo_sof + kDht + kSos + kScan + kEoi).has_value());
}

}  // namespace
}  // namespace kenes::files
