#include "platform/docs/markdown.hpp"

#include <cctype>
#include <memory>
#include <mutex>
#include <vector>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace kenes::docs {
namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// Tables, strikethrough and bare-URL autolinks; no tagfilter (raw HTML is dropped altogether).
cmark_llist* Extensions(cmark_mem* mem) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  cmark_llist* list = nullptr;
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      list = cmark_llist_append(mem, list, ext);
    }
  }
  return list;
}

// Links and images with an unsafe target lose it: a link becomes its text, an image its alt text.
void DisarmLinks(cmark_node* root) {
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
    const char* url = cmark_node_get_url(node);
    if (url == nullptr || !SafeUrl(url)) cmark_node_set_url(node, "");
  }
  cmark_iter_free(iter);
}

// The alt text of an image: the plain text of its description, as cmark's own renderer writes it.
std::string PlainText(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
      if (const char* lit = cmark_node_get_literal(n)) out += lit;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      out += ' ';
    }
  }
  cmark_iter_free(iter);
  return out;
}

std::string ResponsiveImg(const std::string& url, const ResponsiveImage& r, const std::string& alt,
                          const char* title) {
  std::string html = "<img src=\"";
  html += EscapeMarkup(url);
  html += "\" srcset=\"";
  for (size_t i = 0; i < r.srcset.size(); ++i) {
    if (i > 0) html += ", ";
    html += EscapeMarkup(r.srcset[i].first);
    html += " " + std::to_string(r.srcset[i].second) + "w";
  }
  // The reading column is at most 48rem wide; narrower screens show it full width.
  html += "\" sizes=\"(max-width: 48rem) 100vw, 48rem\" width=\"" + std::to_string(r.width) +
          "\" height=\"" + std::to_string(r.height) + "\" alt=\"";
  html += EscapeMarkup(alt);
  html += "\"";
  if (title != nullptr && *title != '\0') {
    html += " title=\"";
    html += EscapeMarkup(title);
    html += "\"";
  }
  html += " loading=\"lazy\" decoding=\"async\" />";
  return html;
}

// Kenes's own pictures become a custom inline node holding the <img> written above (cmark prints
// a custom node's text as it is, in safe mode too: every value in it is escaped here).
void MakeResponsive(cmark_node* root, const ImageResolver& resolve) {
  std::vector<cmark_node*> images;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
      images.push_back(node);
    }
  }
  cmark_iter_free(iter);
  // Innermost first: an image inside another's description is replaced before the outer one is
  // freed with its children.
  for (auto it = images.rbegin(); it != images.rend(); ++it) {
    cmark_node* node = *it;
    const char* url = cmark_node_get_url(node);
    if (url == nullptr || *url == '\0') continue;
    auto r = resolve(url);
    if (!r || r->srcset.empty()) continue;
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    const std::string html = ResponsiveImg(url, *r, PlainText(node), cmark_node_get_title(node));
    cmark_node_set_on_enter(custom, html.c_str());
    cmark_node_set_on_exit(custom, "");
    cmark_node_insert_before(node, custom);
    cmark_node_unlink(node);
    cmark_node_free(node);
  }
}

}  // namespace

bool SafeUrl(std::string_view url) {
  if (url.empty()) return false;
  if (url[0] == '/') return url.size() == 1 || url[1] != '/';
  if (url[0] == '#') return true;
  return StartsWithNoCase(url, "https://") || StartsWithNoCase(url, "http://") ||
         StartsWithNoCase(url, "mailto:");
}

std::string RenderMarkdown(std::string_view markdown, const ImageResolver& images) {
  // Safe is cmark-gfm's default (no CMARK_OPT_UNSAFE): raw HTML becomes a comment, and the
  // library's own check drops javascript:/vbscript:/file:/data: targets; DisarmLinks narrows it.
  const int options =
      CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
  cmark_mem* mem = cmark_get_default_mem_allocator();
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options),
                                                                     cmark_parser_free);
  cmark_llist* extensions = Extensions(mem);
  for (cmark_llist* it = extensions; it != nullptr; it = it->next) {
    cmark_parser_attach_syntax_extension(parser.get(),
                                         static_cast<cmark_syntax_extension*>(it->data));
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                              cmark_node_free);
  DisarmLinks(doc.get());
  if (images) MakeResponsive(doc.get(), images);
  char* html = cmark_render_html_with_mem(doc.get(), options, extensions, mem);
  std::string out = html != nullptr ? html : "";
  mem->free(html);
  cmark_llist_free(mem, extensions);
  return out;
}

std::string MarkdownLiteral(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace kenes::docs
