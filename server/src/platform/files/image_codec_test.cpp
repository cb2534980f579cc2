#include "platform/files/image_codec.hpp"

#include <zlib.h>

#include <array>
#include <string>

#include <gtest/gtest.h>
#include <webp/encode.h>

namespace kenes::files {
namespace {

using namespace std::string_literals;

// A picture: the left half red, the right half blue (distinct after JPEG's loss).
Pixels Halves(int w, int h, int channels = 3) {
  Pixels p;
  p.width = w;
  p.height = h;
  p.channels = channels;
  p.data.resize(size_t(w) * h * channels);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      uint8_t* px = &p.data[(size_t(y) * w + x) * channels];
      px[0] = x < w / 2 ? 230 : 20;
      px[1] = 20;
      px[2] = x < w / 2 ? 20 : 230;
      if (channels == 4) px[3] = 255;
    }
  }
  return p;
}

bool Reddish(const Pixels& p, int x, int y) {
  const uint8_t* px = &p.data[(size_t(y) * p.width + x) * p.channels];
  return px[0] > 150 && px[2] < 100;
}

std::string Be16(uint32_t v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 0xFF)}; }

// APP1 Exif, big-endian TIFF: IFD0 with Orientation, and a GPS latitude string the test looks for.
std::string ExifSegment(int orientation) {
  std::string tiff = "MM\0\x2A\0\0\0\x08"s;
  tiff += Be16(1);  // one entry
  tiff += Be16(0x0112) + Be16(3) + "\0\0\0\x01"s + Be16(orientation) + "\0\0"s;
  tiff += "\0\0\0\0"s;  // no next IFD
  tiff += "GPS 43.2389N 76.8897E";
  const std::string payload = "Exif\0\0"s + tiff;
  return "\xFF\xE1"s + Be16(payload.size() + 2) + payload;
}

// A JPEG with EXIF after SOI, a comment and bytes after the end marker.
std::string JpegWithExif(const Pixels& p, int orientation) {
  const std::string clean = EncodeJpeg(p);
  const std::string comment = "taken at home";
  return clean.substr(0, 2) + ExifSegment(orientation) + "\xFF\xFE"s + Be16(comment.size() + 2) +
         comment + clean.substr(2) + "TRAILING-SECRET";
}

TEST(ImageCodec, AJpegWithExifGpsComesOutWithNothingButPixels) {
  const std::string upload = JpegWithExif(Halves(64, 32), 1);
  ASSERT_NE(upload.find("GPS 43.2389N"), std::string::npos);
  const std::array<int, 3> widths = {480, 960, 1600};
  auto r = MakeRenditions(upload, widths);
  ASSERT_TRUE(r.renditions);
  EXPECT_EQ(r.renditions->type, ImageType::kJpeg);
  ASSERT_EQ(r.renditions->sizes.size(), 1u);  // never enlarged: only its own 64 px
  const Rendition& out = r.renditions->sizes[0];
  EXPECT_EQ(out.width, 64);
  EXPECT_EQ(out.height, 32);
  for (const char* gone : {"Exif", "GPS", "43.2389", "taken at home", "TRAILING"}) {
    EXPECT_EQ(out.bytes.find(gone), std::string::npos) << gone;
  }
  EXPECT_EQ(DetectImageType(out.bytes), ImageType::kJpeg);
}

TEST(ImageCodec, SizesAreTheWidthsBelowThePictureAndItsOwn) {
  const std::array<int, 3> widths = {480, 960, 1600};
  auto r = MakeRenditions(EncodeJpeg(Halves(1200, 600)), widths);
  ASSERT_TRUE(r.renditions);
  ASSERT_EQ(r.renditions->sizes.size(), 3u);
  EXPECT_EQ(r.renditions->sizes[0].width, 480);
  EXPECT_EQ(r.renditions->sizes[0].height, 240);
  EXPECT_EQ(r.renditions->sizes[1].width, 960);
  EXPECT_EQ(r.renditions->sizes[2].width, 1200);
  auto big = MakeRenditions(EncodeJpeg(Halves(2000, 400)), widths);
  ASSERT_TRUE(big.renditions);
  ASSERT_EQ(big.renditions->sizes.size(), 3u);
  EXPECT_EQ(big.renditions->sizes[2].width, 1600);
  EXPECT_EQ(big.renditions->sizes[2].height, 320);
  auto back = DecodeImage(big.renditions->sizes[2].bytes);
  ASSERT_TRUE(back.pixels);
  EXPECT_TRUE(Reddish(*back.pixels, 10, 10));
  EXPECT_FALSE(Reddish(*back.pixels, 1590, 10));
}

TEST(ImageCodec, ExifOrientationIsAppliedToThePixels) {
  // Orientation 6: shown turned 90° clockwise, so the left (red) half is on top.
  auto d = DecodeImage(JpegWithExif(Halves(64, 32), 6));
  ASSERT_TRUE(d.pixels);
  EXPECT_EQ(d.pixels->width, 32);
  EXPECT_EQ(d.pixels->height, 64);
  EXPECT_TRUE(Reddish(*d.pixels, 16, 4));
  EXPECT_FALSE(Reddish(*d.pixels, 16, 60));
  // 8: turned counter-clockwise, the red half at the bottom.
  auto e = DecodeImage(JpegWithExif(Halves(64, 32), 8));
  ASSERT_TRUE(e.pixels);
  EXPECT_FALSE(Reddish(*e.pixels, 16, 4));
  EXPECT_TRUE(Reddish(*e.pixels, 16, 60));
  // 3: upside down, red on the right.
  auto f = DecodeImage(JpegWithExif(Halves(64, 32), 3));
  ASSERT_TRUE(f.pixels);
  EXPECT_EQ(f.pixels->width, 64);
  EXPECT_TRUE(Reddish(*f.pixels, 60, 16));
}

TEST(ImageCodec, APngWithTransparencyStaysPngAnOpaqueOneBecomesJpeg) {
  Pixels p = Halves(40, 20, 4);
  const std::array<int, 1> widths = {480};
  auto opaque = MakeRenditions(EncodePng(p), widths);
  ASSERT_TRUE(opaque.renditions);
  EXPECT_EQ(opaque.renditions->type, ImageType::kJpeg);
  p.data[3] = 0;
  auto clear = MakeRenditions(EncodePng(p) + "tEXtAuthor", widths);
  ASSERT_TRUE(clear.renditions);
  EXPECT_EQ(clear.renditions->type, ImageType::kPng);
  EXPECT_EQ(DetectImageType(clear.renditions->sizes[0].bytes), ImageType::kPng);
  EXPECT_EQ(clear.renditions->sizes[0].bytes.find("Author"), std::string::npos);
}

TEST(ImageCodec, TruncatedFilesAreRefused) {
  const std::string jpeg = EncodeJpeg(Halves(256, 256));
  EXPECT_EQ(DecodeImage(jpeg.substr(0, jpeg.size() / 2)).refusal, ImageRefusal::kBroken);
  EXPECT_FALSE(DecodeImage(jpeg.substr(0, jpeg.size() / 2)).pixels);
  EXPECT_FALSE(DecodeImage(jpeg.substr(0, 40)).pixels);
  const std::string png = EncodePng(Halves(256, 256));
  EXPECT_FALSE(DecodeImage(png.substr(0, png.size() / 2)).pixels);
  EXPECT_FALSE(DecodeImage(png.substr(0, 30)).pixels);
  EXPECT_TRUE(DecodeImage(png).pixels);
}

TEST(ImageCodec, NotAnImageIsSaidSo) {
  EXPECT_EQ(DecodeImage("GIF89a...").refusal, ImageRefusal::kNotAnImage);
  EXPECT_EQ(DecodeImage("").refusal, ImageRefusal::kNotAnImage);
  EXPECT_EQ(DecodeImage("<svg onload=alert(1)>").refusal, ImageRefusal::kNotAnImage);
}

TEST(ImageCodec, HugeDimensionsAreRefusedBeforeDecoding) {
  // A valid small JPEG whose frame header is edited to claim 60000 × 60000: refused from the
  // header, no 10 GB buffer.
  std::string jpeg = EncodeJpeg(Halves(16, 16));
  const size_t sof = jpeg.find("\xFF\xC2"s);  // progressive
  ASSERT_NE(sof, std::string::npos);
  jpeg.replace(sof + 5, 4, Be16(60000) + Be16(60000));
  EXPECT_EQ(DecodeImage(jpeg).refusal, ImageRefusal::kTooLarge);
  // A PNG claiming 20000 × 20000, its header's CRC made right so that only the size is wrong.
  std::string png = EncodePng(Halves(16, 16));
  const std::string w = "\0\0\x4E\x20"s;  // 20000
  png.replace(16, 8, w + w);
  const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(png.data() + 12), 17);
  png.replace(29, 4, Be16(crc >> 16) + Be16(crc & 0xFFFF));
  EXPECT_EQ(DecodeImage(png).refusal, ImageRefusal::kTooLarge);
}

TEST(ImageCodec, ALargeJpegIsDecodedAtAScaleNotInFull) {
  auto d = DecodeImage(EncodeJpeg(Halves(4000, 1000)), 960);
  ASSERT_TRUE(d.pixels);
  EXPECT_EQ(d.pixels->width, 1000);  // a quarter: still at least 960
  auto full = DecodeImage(EncodeJpeg(Halves(4000, 1000)));
  ASSERT_TRUE(full.pixels);
  EXPECT_EQ(full.pixels->width, 4000);
}

TEST(ImageCodec, DownscaleAveragesAndKeepsTransparentEdgesClean) {
  Pixels p;
  p.width = 4;
  p.height = 1;
  p.channels = 4;
  // Opaque white, transparent black (hidden colour), twice.
  p.data = {255, 255, 255, 255, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 0};
  Pixels q = Downscale(p, 2);
  ASSERT_EQ(q.width, 2);
  EXPECT_EQ(q.data[0], 255);  // white, not grey
  EXPECT_NEAR(q.data[3], 128, 1);
}

// WebP in (libwebp's own encoder makes the sample): an opaque one becomes JPEG, one with a
// transparent pixel PNG; a truncated one is refused.
std::string Webp(const Pixels& p) {
  uint8_t* out = nullptr;
  const size_t n = p.channels == 4
                       ? WebPEncodeLosslessRGBA(p.data.data(), p.width, p.height, p.width * 4, &out)
                       : WebPEncodeRGB(p.data.data(), p.width, p.height, p.width * 3, 90, &out);
  std::string bytes(reinterpret_cast<const char*>(out), n);
  WebPFree(out);
  return bytes;
}

TEST(ImageCodec, WebpIsDecodedAndReencoded) {
  const std::array<int, 1> widths = {480};
  const std::string opaque = Webp(Halves(64, 32));
  ASSERT_EQ(DetectImageType(opaque), ImageType::kWebp);
  auto r = MakeRenditions(opaque, widths);
  ASSERT_TRUE(r.renditions);
  EXPECT_EQ(r.renditions->type, ImageType::kJpeg);
  EXPECT_EQ(r.renditions->sizes[0].width, 64);
  Pixels clear = Halves(64, 32, 4);
  clear.data[3] = 0;
  auto c = MakeRenditions(Webp(clear), widths);
  ASSERT_TRUE(c.renditions);
  EXPECT_EQ(c.renditions->type, ImageType::kPng);
  EXPECT_FALSE(DecodeImage(opaque.substr(0, opaque.size() - 20)).pixels);
}

}  // namespace
}  // namespace kenes::files
