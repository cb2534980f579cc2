#pragma once
// Pictures in posts: uploaded by whoever may write the post, re-encoded from their pixels at
// responsive widths (platform/files/image_codec.hpp), each size a file in the file store, and
// referred to from the post's Markdown as /api/v1/post-images/{id}/{width}. Served to anyone while
// the post is public, before that only to those who may write it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::posts {

inline constexpr std::array<int, 3> kImageWidths = {480, 960, 1600};
inline constexpr int kImageDefaultWidth = 960;  // what the Markdown links to, when there is one
inline constexpr size_t kMaxImagesPerPost = 30;
inline constexpr size_t kMaxAltChars = 300;

struct ImageSize {
  int width = 0, height = 0;
  std::string file{};  // the file store's name
};

struct PostImage {
  int64_t id = 0;
  int64_t post_id = 0;
  std::string mime{};              // image/jpeg or image/png
  std::vector<ImageSize> sizes{};  // narrowest first, never empty
  std::string alt{};
  std::optional<int64_t> created_by{};
  std::string created_at{};
};

// "/api/v1/post-images/12/960"
std::string ImageUrl(int64_t id, int width);
// The image and width an URL of that shape names (site-relative, nothing after it).
std::optional<std::pair<int64_t, int>> ParseImageUrl(std::string_view url);
// The size Markdown links to: the widest up to kImageDefaultWidth, else the narrowest.
const ImageSize& DefaultSize(const PostImage& image);
const ImageSize* SizeOf(const PostImage& image, int width);

// "480x320:a.jpg,960x640:b.jpg" and back; nullopt for anything else.
std::string JoinSizes(const std::vector<ImageSize>& sizes);
std::optional<std::vector<ImageSize>> SplitSizes(std::string_view text);

}  // namespace kenes::posts
