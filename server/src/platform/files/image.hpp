#pragma once
// Uploaded images: the type is decided by content (magic bytes), never by name or header, and
// metadata (EXIF with GPS, XMP, comments, text chunks) is removed without re-encoding the pixels.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::files {

enum class ImageType { kJpeg, kPng, kWebp };

std::optional<ImageType> DetectImageType(std::string_view bytes);
std::string_view MimeOf(ImageType type);       // image/jpeg, image/png, image/webp
std::string_view ExtensionOf(ImageType type);  // jpg, png, webp

// Larger images are refused: staff browsers would try to decode them.
inline constexpr uint64_t kMaxImageSide = 12000;
inline constexpr uint64_t kMaxImagePixels = 50'000'000;

// Returns the image without metadata, or nullopt if the file is not a well-formed image of its
// detected type (truncated, bad segment lengths, missing end marker…) or its header claims more
// than kMaxImageSide pixels a side or kMaxImagePixels in all.
// JPEG: drops APP1..APP15 and COM segments (keeps APP0/JFIF and everything else).
// PNG: drops tEXt, zTXt, iTXt, eXIf, tIME chunks; verifies chunk structure (not CRCs of kept ones).
// WebP: drops EXIF and XMP chunks and clears their flags in VP8X; fixes the RIFF size.
std::optional<std::string> StripImageMetadata(std::string_view bytes);

}  // namespace kenes::files
