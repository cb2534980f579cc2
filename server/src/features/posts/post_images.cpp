#include "features/posts/post_images.hpp"

#include <charconv>

namespace kenes::posts {
namespace {

constexpr std::string_view kPrefix = "/api/v1/post-images/";

std::optional<int64_t> Number(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

}  // namespace

std::string ImageUrl(int64_t id, int width) {
  return std::string(kPrefix) + std::to_string(id) + "/" + std::to_string(width);
}

std::optional<std::pair<int64_t, int>> ParseImageUrl(std::string_view url) {
  if (!url.starts_with(kPrefix)) return std::nullopt;
  url.remove_prefix(kPrefix.size());
  const size_t slash = url.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto id = Number(url.substr(0, slash));
  auto width = Number(url.substr(slash + 1));
  if (!id || !width || *width > 100000) return std::nullopt;
  return std::make_pair(*id, static_cast<int>(*width));
}

const ImageSize& DefaultSize(const PostImage& image) {
  const ImageSize* best = &image.sizes.front();
  for (const auto& s : image.sizes) {
    if (s.width <= kImageDefaultWidth) best = &s;
  }
  return *best;
}

const ImageSize* SizeOf(const PostImage& image, int width) {
  for (const auto& s : image.sizes) {
    if (s.width == width) return &s;
  }
  return nullptr;
}

std::string JoinSizes(const std::vector<ImageSize>& sizes) {
  std::string out;
  for (const auto& s : sizes) {
    if (!out.empty()) out += ',';
    out += std::to_string(s.width) + "x" + std::to_string(s.height) + ":" + s.file;
  }
  return out;
}

std::optional<std::vector<ImageSize>> SplitSizes(std::string_view text) {
  std::vector<ImageSize> out;
  while (!text.empty()) {
    size_t comma = text.find(',');
    std::string_view item = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    const size_t x = item.find('x'), colon = item.find(':');
    if (x == std::string_view::npos || colon == std::string_view::npos || colon < x) {
      return std::nullopt;
    }
    auto w = Number(item.substr(0, x));
    auto h = Number(item.substr(x + 1, colon - x - 1));
    if (!w || !h || colon + 1 >= item.size()) return std::nullopt;
    out.push_back(
        ImageSize{static_cast<int>(*w), static_cast<int>(*h), std::string(item.substr(colon + 1))});
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace kenes::posts
