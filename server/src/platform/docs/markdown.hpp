#pragma once
// Markdown rendered to HTML on the server with cmark-gfm (docs/adr/0015; posts' bodies): raw HTML
// in the source is dropped, never passed through; links and images keep only http, https and mailto
// targets and site-relative paths ("/posts/3"); anything else (javascript:, data:, vbscript:,
// protocol-relative "//host") loses its target and stays as plain text. The web inserts the result
// as it is, so this function is the one place that makes it inert.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::docs {

// A picture Kenes stores itself, at several widths: rendered with srcset, sizes, width, height and
// loading="lazy", so a phone downloads the small file and the page does not jump while it loads.
struct ResponsiveImage {
  int width = 0, height = 0;                          // of the size the Markdown names
  std::vector<std::pair<std::string, int>> srcset{};  // every size: URL, width
};
// Says, for an image's (already safe) URL, whether it is such a picture; others render as before.
using ImageResolver = std::function<std::optional<ResponsiveImage>(std::string_view url)>;

std::string RenderMarkdown(std::string_view markdown, const ImageResolver& images = {});

// True for a target a rendered link or image may keep.
bool SafeUrl(std::string_view url);

// Someone's line of text (a title, a place) put inside Markdown that Kenes writes: line breaks
// become spaces and the characters that would start markup are escaped, so it reads as written.
std::string MarkdownLiteral(std::string_view text);

// &, <, >, " and ' as entities: for XML text and attribute values, and for HTML.
std::string EscapeMarkup(std::string_view text);

}  // namespace kenes::docs
