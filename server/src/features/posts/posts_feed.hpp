#pragma once
// A feed written as RSS 2.0 or Atom (RFC 4287). Titles and summaries are text, escaped; the body
// goes in as the rendered (already inert) HTML, escaped once more as the formats require.

#include <string>
#include <string_view>

#include "features/posts/posts_service.hpp"

namespace kenes::posts {

std::string Rss(const Feed& feed, const std::string& public_url);
// The rendered HTML with its site paths (src, href and every srcset entry starting with one "/")
// made absolute on `public_url`: a feed reader has no site to resolve them against.
std::string AbsoluteUrls(std::string_view html, const std::string& public_url);
std::string Atom(const Feed& feed, const std::string& public_url);

}  // namespace kenes::posts
