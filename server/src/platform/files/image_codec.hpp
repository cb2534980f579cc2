#pragma once
// Uploaded pictures re-encoded from their pixels alone (posts' images, docs/informing.md): the
// upload is decoded (JPEG with libjpeg-turbo, PNG with libpng, WebP with libwebp) and new files are
// written from the decoded pixels, so nothing of the upload but its picture survives — no EXIF
// (GPS, camera serial), XMP, ICC profile, comments, text chunks or bytes after the end marker, and
// no crafted segment reaches a reader's browser. Sizes are checked in the header before any pixel
// is decoded, so a small file claiming a huge picture (a decompression bomb) costs nothing.
//
// Decisions: the output is JPEG (quality 82) unless the picture has a transparent pixel, then PNG;
// a JPEG's EXIF orientation is applied to the pixels (a phone's portrait photo stays upright, as
// browsers show the original); colours are taken as sRGB (an ICC profile is dropped, so a Display
// P3 photo loses a little saturation); CMYK JPEGs and animated WebPs are refused as unsupported.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/files/image.hpp"

namespace kenes::files {

// Decoded pixels, rows top to bottom without padding: RGB (3 channels) or RGBA (4, straight alpha).
struct Pixels {
  int width = 0, height = 0;
  int channels = 3;
  std::vector<uint8_t> data{};
};

enum class ImageRefusal {
  kNotAnImage,   // not JPEG, PNG or WebP by its content
  kTooLarge,     // the header claims more than kMaxImageSide or kMaxImagePixels
  kBroken,       // truncated or malformed
  kUnsupported,  // a real image Kenes does not decode (CMYK JPEG, animated WebP)
};

// At most this many pixels are held decoded: a JPEG larger than that is decoded at a half, a
// quarter or an eighth of its size (libjpeg's DCT scaling), other types are refused as too large.
inline constexpr uint64_t kMaxDecodedPixels = 24'000'000;

struct DecodeResult {
  std::optional<Pixels> pixels{};
  ImageRefusal refusal = ImageRefusal::kBroken;
};

// Decodes `bytes`, upright (EXIF orientation applied). A JPEG is decoded at the smallest DCT scale
// that keeps its width at least `min_width` (0: full size), so large photos cost a fraction.
DecodeResult DecodeImage(std::string_view bytes, int min_width = 0);

// Area-averaged to `width` (never wider than the source) and the height in proportion.
Pixels Downscale(const Pixels& src, int width);

bool HasTransparency(const Pixels& p);
// A transparent picture's pixels are laid on white.
std::string EncodeJpeg(const Pixels& p, int quality = 82);
std::string EncodePng(const Pixels& p);

struct Rendition {
  int width = 0, height = 0;
  std::string bytes{};
};

struct Renditions {
  ImageType type = ImageType::kJpeg;  // kJpeg or kPng
  std::vector<Rendition> sizes{};     // narrowest first
};

struct RenditionsResult {
  std::optional<Renditions> renditions{};
  ImageRefusal refusal = ImageRefusal::kBroken;
};

// The upload at each of `widths` (ascending) narrower than the picture, and at its own width when
// that is below the largest: never enlarged. A 1200 px photo for {480, 960, 1600} gives 480, 960
// and 1200.
RenditionsResult MakeRenditions(std::string_view upload, std::span<const int> widths);

}  // namespace kenes::files
