#pragma once
// A feed written as RSS 2.0 or Atom (RFC 4287). Titles and summaries are text, escaped; the body
// goes in as the rendered (already inert) HTML, escaped once more as the formats require.

#include <string>
#include <string_view>

#include "features/posts/posts_service.hpp"

namespace kenes::posts {

std::string Rss(const Feed& feed, const std::string& public_url);
std::string Atom(const Feed& feed, const std::string& public_url);

}  // namespace kenes::posts
