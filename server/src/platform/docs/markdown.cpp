#include "platform/docs/markdown.hpp"

#include <cctype>
#include <memory>
#include <mutex>

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

}  // namespace

bool SafeUrl(std::string_view url) {
  if (url.empty()) return false;
  if (url[0] == '/') return url.size() == 1 || url[1] != '/';
  if (url[0] == '#') return true;
  return StartsWithNoCase(url, "https://") || StartsWithNoCase(url, "http://") ||
         StartsWithNoCase(url, "mailto:");
}

std::string RenderMarkdown(std::string_view markdown) {
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

}  // namespace kenes::docs
