#include "features/posts/posts_feed.hpp"

#include <array>
#include <cstdio>
#include <ctime>

#include "platform/docs/markdown.hpp"

namespace kenes::posts {
namespace {

// RFC 822 as RSS 2.0 wants it: "Wed, 18 Nov 2026 09:00:00 GMT".
std::string Rfc822(const std::string& iso) {
  const auto ms = ParseUtc(iso);
  if (!ms) return "";
  const std::time_t t = static_cast<std::time_t>(*ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::array<char, 40> buf{};
  std::snprintf(buf.data(), buf.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays.at(tm.tm_wday),
                tm.tm_mday, kMonths.at(tm.tm_mon), tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf.data();
}

// A site path: one "/" then not another (the renderer drops "//host" links).
bool SitePath(std::string_view s, size_t at) {
  return at < s.size() && s[at] == '/' && (at + 1 >= s.size() || s[at + 1] != '/');
}

}  // namespace

std::string AbsoluteUrls(std::string_view html, const std::string& public_url) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    // Attributes are written double-quoted by the renderer; text has its quotes escaped.
    size_t best = std::string_view::npos;
    std::string_view found;
    for (std::string_view attr : {" src=\"", " href=\"", " srcset=\""}) {
      const size_t at = html.find(attr, i);
      if (at < best) {
        best = at;
        found = attr;
      }
    }
    if (best == std::string_view::npos) break;
    const size_t value = best + found.size();
    const size_t end = html.find('"', value);
    if (end == std::string_view::npos) break;
    out.append(html.substr(i, value - i));
    const std::string_view v = html.substr(value, end - value);
    if (found == " srcset=\"") {
      // "url 480w, url 960w": each entry after the start or a ", ".
      size_t k = 0;
      while (k < v.size()) {
        if (SitePath(v, k)) out += public_url;
        const size_t comma = v.find(", ", k);
        const size_t stop = comma == std::string_view::npos ? v.size() : comma + 2;
        out.append(v.substr(k, stop - k));
        k = stop;
      }
    } else {
      if (SitePath(v, 0)) out += public_url;
      out.append(v);
    }
    i = end;
  }
  out.append(html.substr(i));
  return out;
}

namespace {

std::string PostLink(const std::string& public_url, const PostView& v) {
  return public_url + "/posts/" + std::to_string(v.post.id) + "?lang=" + v.text.lang;
}

}  // namespace

std::string Rss(const Feed& feed, const std::string& public_url) {
  std::string x = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                  "\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>";
  x += "<title>" + docs::EscapeMarkup(feed.title) + "</title>";
  x += "<link>" + docs::EscapeMarkup(feed.link) + "</link>";
  x += "<description>" + docs::EscapeMarkup(feed.title) + "</description>";
  x += "<language>" + feed.lang + "</language>";
  x += "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"" +
       docs::EscapeMarkup(feed.self) + "\"/>";
  x += "<lastBuildDate>" + Rfc822(feed.updated) + "</lastBuildDate>";
  for (const auto& v : feed.items) {
    const std::string link = PostLink(public_url, v);
    x += "<item><title>" + docs::EscapeMarkup(v.text.title) + "</title>";
    x += "<link>" + docs::EscapeMarkup(link) + "</link>";
    x += "<guid isPermaLink=\"false\">post-" + std::to_string(v.post.id) + "</guid>";
    x += "<pubDate>" + Rfc822(*v.post.publish_at) + "</pubDate>";
    for (const auto& tag : v.post.draft.tags)
      x += "<category>" + docs::EscapeMarkup(tag) + "</category>";
    x += "<description>" + docs::EscapeMarkup(AbsoluteUrls(v.text.body_html, public_url)) +
         "</description></item>";
  }
  x += "</channel></rss>\n";
  return x;
}

std::string Atom(const Feed& feed, const std::string& public_url) {
  std::string x = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                  "\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                  feed.lang + "\">";
  x += "<id>" + docs::EscapeMarkup(feed.self) + "</id>";
  x += "<title>" + docs::EscapeMarkup(feed.title) + "</title>";
  x += "<updated>" + feed.updated + "</updated>";
  x +=
      "<link rel=\"alternate\" type=\"text/html\" href=\"" + docs::EscapeMarkup(feed.link) + "\"/>";
  x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + docs::EscapeMarkup(feed.self) +
       "\"/>";
  x += "<author><name>" + docs::EscapeMarkup(feed.title) + "</name></author>";
  for (const auto& v : feed.items) {
    const std::string link = PostLink(public_url, v);
    x += "<entry><id>" + docs::EscapeMarkup(public_url) + "/posts/" + std::to_string(v.post.id) +
         "</id>";
    x += "<title type=\"text\">" + docs::EscapeMarkup(v.text.title) + "</title>";
    x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + docs::EscapeMarkup(link) + "\"/>";
    x += "<published>" + *v.post.publish_at + "</published>";
    x += "<updated>" + *v.post.publish_at + "</updated>";
    for (const auto& tag : v.post.draft.tags) {
      x += "<category term=\"" + docs::EscapeMarkup(tag) + "\"/>";
    }
    if (!v.text.summary.empty()) {
      x += "<summary type=\"text\">" + docs::EscapeMarkup(v.text.summary) + "</summary>";
    }
    x += "<content type=\"html\">" +
         docs::EscapeMarkup(AbsoluteUrls(v.text.body_html, public_url)) + "</content></entry>";
  }
  x += "</feed>\n";
  return x;
}

}  // namespace kenes::posts
