#include "platform/files/image_codec.hpp"

#include <jpeglib.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
// jpeglib.h first: jerror.h needs its types.
#include <jerror.h>
#include <png.h>

#include <webp/decode.h>

namespace kenes::files {
namespace {

bool SizeAllowed(uint64_t width, uint64_t height) {
  return width > 0 && height > 0 && width <= kMaxImageSide && height <= kMaxImageSide &&
         width * height <= kMaxImagePixels;
}

DecodeResult Refuse(ImageRefusal why) { return DecodeResult{std::nullopt, why}; }

// ---- EXIF orientation ---------------------------------------------------------------------------

// The Orientation tag (0x0112) of IFD0 in an APP1 "Exif" payload; 1 (as stored) when absent or
// malformed.
int ExifOrientation(const uint8_t* data, size_t size) {
  if (size < 14 || std::memcmp(data, "Exif\0\0", 6) != 0) return 1;
  const uint8_t* tiff = data + 6;
  const size_t n = size - 6;
  const bool le = tiff[0] == 'I' && tiff[1] == 'I';
  if (!le && !(tiff[0] == 'M' && tiff[1] == 'M')) return 1;
  auto u16 = [&](size_t at) -> uint32_t {
    return le ? tiff[at] | (tiff[at + 1] << 8) : (tiff[at] << 8) | tiff[at + 1];
  };
  auto u32 = [&](size_t at) -> uint32_t {
    return le ? u16(at) | (u16(at + 2) << 16) : (u16(at) << 16) | u16(at + 2);
  };
  const uint32_t ifd = u32(4);
  if (ifd > n || n - ifd < 2) return 1;
  const uint32_t count = u16(ifd);
  for (uint32_t i = 0; i < count; ++i) {
    const size_t e = ifd + 2 + size_t{12} * i;
    if (e + 12 > n) return 1;
    if (u16(e) == 0x0112 && u16(e + 2) == 3) {
      const uint32_t v = u16(e + 8);
      return v >= 1 && v <= 8 ? static_cast<int>(v) : 1;
    }
  }
  return 1;
}

// The pixels as the orientation says they are shown (EXIF 2.3, tag 0x0112).
Pixels Orient(Pixels src, int orientation) {
  if (orientation <= 1 || orientation > 8) return src;
  const bool swap = orientation >= 5;
  Pixels out;
  out.channels = src.channels;
  out.width = swap ? src.height : src.width;
  out.height = swap ? src.width : src.height;
  out.data.resize(src.data.size());
  const int w = src.width, h = src.height, c = src.channels;
  for (int oy = 0; oy < out.height; ++oy) {
    for (int ox = 0; ox < out.width; ++ox) {
      int sx = ox, sy = oy;
      switch (orientation) {
        case 2:
          sx = w - 1 - ox;
          break;
        case 3:
          sx = w - 1 - ox;
          sy = h - 1 - oy;
          break;
        case 4:
          sy = h - 1 - oy;
          break;
        case 5:
          sx = oy;
          sy = ox;
          break;
        case 6:
          sx = oy;
          sy = h - 1 - ox;
          break;
        case 7:
          sx = w - 1 - oy;
          sy = h - 1 - ox;
          break;
        case 8:
          sx = w - 1 - oy;
          sy = ox;
          break;
        default:
          break;
      }
      std::memcpy(&out.data[(size_t{static_cast<size_t>(oy)} * out.width + ox) * c],
                  &src.data[(size_t{static_cast<size_t>(sy)} * w + sx) * c], c);
    }
  }
  return out;
}

// ---- JPEG ---------------------------------------------------------------------------------------

struct JpegErrors {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  bool truncated = false;
};

void JpegFail(j_common_ptr cinfo) {
  std::longjmp(reinterpret_cast<JpegErrors*>(cinfo->err)->jump, 1);
}

// Warnings: a file cut short is decoded by libjpeg as grey to the end; Kenes refuses it instead.
// Other warnings (extraneous bytes some cameras write) are tolerated.
void JpegMessage(j_common_ptr cinfo, int level) {
  auto* err = reinterpret_cast<JpegErrors*>(cinfo->err);
  if (level < 0 && (err->mgr.msg_code == JWRN_JPEG_EOF || err->mgr.msg_code == JWRN_HIT_MARKER)) {
    err->truncated = true;
  }
}

DecodeResult DecodeJpeg(std::string_view bytes, int min_width) {
  jpeg_decompress_struct cinfo{};
  JpegErrors err{};
  cinfo.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = JpegFail;
  err.mgr.emit_message = JpegMessage;
  // Declared before setjmp: a longjmp back here leaves them as they were.
  Pixels pixels;
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return Refuse(ImageRefusal::kBroken);
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  jpeg_save_markers(&cinfo, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(&cinfo, TRUE);
  if (!SizeAllowed(cinfo.image_width, cinfo.image_height)) {
    jpeg_destroy_decompress(&cinfo);
    return Refuse(ImageRefusal::kTooLarge);
  }
  if (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK) {
    jpeg_destroy_decompress(&cinfo);
    return Refuse(ImageRefusal::kUnsupported);
  }
  int orientation = 1;
  for (jpeg_saved_marker_ptr m = cinfo.marker_list; m != nullptr; m = m->next) {
    if (m->marker == JPEG_APP0 + 1) {
      orientation = ExifOrientation(m->data, m->data_length);
      if (orientation != 1) break;
    }
  }
  const uint64_t shown_width = orientation >= 5 ? cinfo.image_height : cinfo.image_width;
  const uint64_t all = uint64_t{cinfo.image_width} * cinfo.image_height;
  unsigned denom = 1;
  while (denom < 8 && ((min_width > 0 &&
                        shown_width / (uint64_t{denom} * 2) >= static_cast<uint64_t>(min_width)) ||
                       all / (uint64_t{denom} * denom) > kMaxDecodedPixels)) {
    denom *= 2;
  }
  cinfo.scale_num = 1;
  cinfo.scale_denom = denom;
  cinfo.out_color_space = JCS_RGB;
  jpeg_start_decompress(&cinfo);
  if (uint64_t{cinfo.output_width} * cinfo.output_height > kMaxDecodedPixels) {
    jpeg_destroy_decompress(&cinfo);
    return Refuse(ImageRefusal::kTooLarge);
  }
  pixels.width = static_cast<int>(cinfo.output_width);
  pixels.height = static_cast<int>(cinfo.output_height);
  pixels.channels = 3;
  pixels.data.resize(size_t{cinfo.output_width} * cinfo.output_height * 3);
  while (cinfo.output_scanline < cinfo.output_height && !err.truncated) {
    JSAMPROW row = &pixels.data[size_t{cinfo.output_scanline} * cinfo.output_width * 3];
    jpeg_read_scanlines(&cinfo, &row, 1);
  }
  if (!err.truncated) jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  if (err.truncated) return Refuse(ImageRefusal::kBroken);
  return DecodeResult{Orient(std::move(pixels), orientation), ImageRefusal::kBroken};
}

// RGB rows to JPEG bytes; empty only when libjpeg fails (out of memory), whose default handler
// would end the process. Only the compressor's state lives past setjmp.
struct JpegOut {
  jpeg_compress_struct cinfo{};
  JpegErrors err{};
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
};

std::string CompressJpeg(const uint8_t* rgb, int width, int height, int quality) {
  JpegOut o;
  o.cinfo.err = jpeg_std_error(&o.err.mgr);
  o.err.mgr.error_exit = JpegFail;
  if (setjmp(o.err.jump)) {
    jpeg_destroy_compress(&o.cinfo);
    std::free(o.buffer);
    return {};
  }
  jpeg_create_compress(&o.cinfo);
  jpeg_mem_dest(&o.cinfo, &o.buffer, &o.size);
  o.cinfo.image_width = width;
  o.cinfo.image_height = height;
  o.cinfo.input_components = 3;
  o.cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&o.cinfo);
  jpeg_set_quality(&o.cinfo, quality, TRUE);
  o.cinfo.optimize_coding = TRUE;
  jpeg_simple_progression(&o.cinfo);
  jpeg_start_compress(&o.cinfo, TRUE);
  while (o.cinfo.next_scanline < o.cinfo.image_height) {
    JSAMPROW row = const_cast<uint8_t*>(rgb + size_t(o.cinfo.next_scanline) * width * 3);
    jpeg_write_scanlines(&o.cinfo, &row, 1);
  }
  jpeg_finish_compress(&o.cinfo);
  std::string out(reinterpret_cast<const char*>(o.buffer), o.size);
  jpeg_destroy_compress(&o.cinfo);
  std::free(o.buffer);
  return out;
}

// ---- PNG ----------------------------------------------------------------------------------------

DecodeResult DecodePng(std::string_view bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
    return Refuse(ImageRefusal::kBroken);
  }
  if (!SizeAllowed(image.width, image.height) ||
      uint64_t{image.width} * image.height > kMaxDecodedPixels) {
    png_image_free(&image);
    return Refuse(ImageRefusal::kTooLarge);
  }
  const bool alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  image.format = alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
  Pixels p;
  p.width = static_cast<int>(image.width);
  p.height = static_cast<int>(image.height);
  p.channels = alpha ? 4 : 3;
  p.data.resize(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, p.data.data(), 0, nullptr)) {
    png_image_free(&image);
    return Refuse(ImageRefusal::kBroken);
  }
  return DecodeResult{std::move(p), ImageRefusal::kBroken};
}

// ---- WebP ---------------------------------------------------------------------------------------

DecodeResult DecodeWebp(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  WebPBitstreamFeatures f;
  if (WebPGetFeatures(data, bytes.size(), &f) != VP8_STATUS_OK) {
    return Refuse(ImageRefusal::kBroken);
  }
  if (f.has_animation) return Refuse(ImageRefusal::kUnsupported);
  if (!SizeAllowed(f.width, f.height) ||
      uint64_t(f.width) * uint64_t(f.height) > kMaxDecodedPixels) {
    return Refuse(ImageRefusal::kTooLarge);
  }
  Pixels p;
  p.width = f.width;
  p.height = f.height;
  p.channels = f.has_alpha ? 4 : 3;
  p.data.resize(size_t(f.width) * size_t(f.height) * p.channels);
  const int stride = f.width * p.channels;
  const uint8_t* ok =
      f.has_alpha ? WebPDecodeRGBAInto(data, bytes.size(), p.data.data(), p.data.size(), stride)
                  : WebPDecodeRGBInto(data, bytes.size(), p.data.data(), p.data.size(), stride);
  if (ok == nullptr) return Refuse(ImageRefusal::kBroken);
  return DecodeResult{std::move(p), ImageRefusal::kBroken};
}

// ---- Resampling ---------------------------------------------------------------------------------

// Which source pixels cover one output pixel along an axis, and how much of each.
struct Span {
  int first = 0;
  std::vector<float> weights{};
};

std::vector<Span> AreaSpans(int src, int dst) {
  std::vector<Span> spans(dst);
  const double scale = static_cast<double>(src) / dst;
  for (int i = 0; i < dst; ++i) {
    const double lo = i * scale, hi = (i + 1) * scale;
    Span& s = spans[i];
    s.first = static_cast<int>(lo);
    const int last = std::min(src - 1, static_cast<int>(hi - 1e-9));
    for (int j = s.first; j <= last; ++j) {
      const double cover = std::min<double>(hi, j + 1) - std::max<double>(lo, j);
      s.weights.push_back(static_cast<float>(cover / scale));
    }
  }
  return spans;
}

}  // namespace

DecodeResult DecodeImage(std::string_view bytes, int min_width) {
  auto type = DetectImageType(bytes);
  if (!type) return Refuse(ImageRefusal::kNotAnImage);
  switch (*type) {
    case ImageType::kJpeg:
      return DecodeJpeg(bytes, min_width);
    case ImageType::kPng:
      return DecodePng(bytes);
    case ImageType::kWebp:
      return DecodeWebp(bytes);
  }
  return Refuse(ImageRefusal::kNotAnImage);
}

Pixels Downscale(const Pixels& src, int width) {
  width = std::clamp(width, 1, src.width);
  const int height = std::max(
      1, static_cast<int>((static_cast<int64_t>(src.height) * width + src.width / 2) / src.width));
  if (width == src.width && height == src.height) return src;
  const int c = src.channels;
  const bool alpha = c == 4;
  const auto xs = AreaSpans(src.width, width);
  const auto ys = AreaSpans(src.height, height);
  // Rows are narrowed one at a time and added into the output rows they fall in; colours are
  // weighted by alpha so that transparent pixels' hidden colour does not bleed into the edges.
  std::vector<float> acc(size_t(width) * height * c, 0.0f), row(size_t(width) * c);
  size_t oy = 0;
  for (int sy = 0; sy < src.height; ++sy) {
    const uint8_t* in = &src.data[size_t(sy) * src.width * c];
    for (int ox = 0; ox < width; ++ox) {
      float sum[4] = {0, 0, 0, 0};
      const Span& s = xs[ox];
      for (size_t k = 0; k < s.weights.size(); ++k) {
        const uint8_t* px = in + size_t(s.first + k) * c;
        const float a = alpha ? static_cast<float>(px[3]) / 255.0f : 1.0f;
        for (int ch = 0; ch < 3; ++ch) sum[ch] += s.weights[k] * static_cast<float>(px[ch]) * a;
        if (alpha) sum[3] += s.weights[k] * static_cast<float>(px[3]);
      }
      std::copy(sum, sum + c, &row[size_t(ox) * c]);
    }
    while (oy < ys.size() && ys[oy].first + static_cast<int>(ys[oy].weights.size()) <= sy) ++oy;
    for (size_t y = oy; y < ys.size() && ys[y].first <= sy; ++y) {
      const size_t k = sy - ys[y].first;
      if (k >= ys[y].weights.size()) continue;
      const float w = ys[y].weights[k];
      float* out = &acc[y * width * c];
      for (size_t i = 0; i < row.size(); ++i) out[i] += w * row[i];
    }
  }
  Pixels out;
  out.width = width;
  out.height = height;
  out.channels = c;
  out.data.resize(acc.size());
  for (size_t i = 0; i < acc.size(); i += c) {
    const float a = alpha ? acc[i + 3] / 255.0f : 1.0f;
    for (int ch = 0; ch < c; ++ch) {
      float v = acc[i + ch];
      if (ch < 3) v = a > 0 ? v / a : 0;
      out.data[i + ch] = static_cast<uint8_t>(std::clamp(v + 0.5f, 0.0f, 255.0f));
    }
  }
  return out;
}

bool HasTransparency(const Pixels& p) {
  if (p.channels != 4) return false;
  for (size_t i = 3; i < p.data.size(); i += 4) {
    if (p.data[i] != 255) return true;
  }
  return false;
}

std::string EncodeJpeg(const Pixels& p, int quality) {
  if (p.channels != 4) return CompressJpeg(p.data.data(), p.width, p.height, quality);
  std::vector<uint8_t> rgb(size_t(p.width) * p.height * 3);
  for (size_t i = 0, j = 0; i < p.data.size(); i += 4, j += 3) {
    const unsigned a = p.data[i + 3];
    for (int ch = 0; ch < 3; ++ch) rgb[j + ch] = (p.data[i + ch] * a + 255 * (255 - a)) / 255;
  }
  return CompressJpeg(rgb.data(), p.width, p.height, quality);
}

std::string EncodePng(const Pixels& p) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = p.width;
  image.height = p.height;
  image.format = p.channels == 4 ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&image, nullptr, &size, 0, p.data.data(), 0, nullptr)) return {};
  std::string out(size, '\0');
  if (!png_image_write_to_memory(&image, out.data(), &size, 0, p.data.data(), 0, nullptr)) {
    return {};
  }
  out.resize(size);
  return out;
}

RenditionsResult MakeRenditions(std::string_view upload, std::span<const int> widths) {
  const int largest = widths.empty() ? 0 : widths.back();
  DecodeResult d = DecodeImage(upload, largest);
  if (!d.pixels) return RenditionsResult{std::nullopt, d.refusal};
  const Pixels& full = *d.pixels;
  Renditions r;
  r.type = HasTransparency(full) ? ImageType::kPng : ImageType::kJpeg;
  std::vector<int> chosen;
  for (int w : widths) {
    if (w < full.width) chosen.push_back(w);
  }
  chosen.push_back(std::min(full.width, largest));
  std::sort(chosen.begin(), chosen.end());
  chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
  for (int w : chosen) {
    Pixels p = Downscale(full, w);
    std::string bytes = r.type == ImageType::kPng ? EncodePng(p) : EncodeJpeg(p);
    if (bytes.empty()) return RenditionsResult{std::nullopt, ImageRefusal::kBroken};
    r.sizes.push_back(Rendition{p.width, p.height, std::move(bytes)});
  }
  return RenditionsResult{std::move(r), ImageRefusal::kBroken};
}

}  // namespace kenes::files
