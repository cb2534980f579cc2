// GET /posts/{id}: the web app's index.html, as for any client route, with Open Graph tags naming
// the post in its <head>, so that a link shared in Telegram or WhatsApp previews with its title
// and summary, and the post's first image (those crawlers run no JavaScript). A post that is not
// public gets the page without tags (the app then shows its own not-found). A server without a web
// root (the app served by another) answers a bare page with the tags, for the crawlers a proxy
// sends here.
#include <memory>

#include "features/posts/posts_feed.hpp"
#include "features/posts/posts_http.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/http/endpoint.hpp"
#include "platform/http/static_files.hpp"

namespace kenes::posts {

struct PageQuery {
  std::string lang = "kk";
};
// A page answers whatever the query: an unknown language is the post's first one.
void Describe(http::Schema<PageQuery>& s) { s.Add("lang", &PageQuery::lang, {.max = 20}); }

std::string OpenGraphTags(const PostView& v, const std::string& public_url,
                          const std::optional<PreviewImage>& image) {
  auto meta = [](const char* property, const std::string& content) {
    return std::string("<meta property=\"") + property + "\" content=\"" +
           docs::EscapeMarkup(content) + "\" />";
  };
  const std::string url = public_url + "/posts/" + std::to_string(v.post.id);
  std::string tags = meta("og:type", "article") + meta("og:title", v.text.title) +
                     meta("og:url", url) +
                     meta("og:locale", v.text.lang == "kk"   ? "kk_KZ"
                                       : v.text.lang == "ru" ? "ru_RU"
                                                             : "en_US");
  if (!v.text.summary.empty()) tags += meta("og:description", v.text.summary);
  if (v.post.publish_at) tags += meta("article:published_time", *v.post.publish_at);
  if (image) {
    tags += meta("og:image", public_url + image->url) +
            meta("og:image:width", std::to_string(image->width)) +
            meta("og:image:height", std::to_string(image->height));
    tags += "<meta name=\"twitter:card\" content=\"summary_large_image\" />";
  }
  return tags;
}

void RegisterPostPage(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                      const std::string& web_root, const std::string& public_url) {
  std::shared_ptr<http::StaticFiles> files;
  if (!web_root.empty()) files = std::make_shared<http::StaticFiles>(web_root);
  routes.Add(http::Endpoint<PageQuery, http::Response>{
      .method = "GET",
      .path = "/posts/{id}",
      .handle = [svc, files, public_url](const http::Call& c,
                                         const PageQuery& q) -> Result<http::Response> {
        // Uncompressed: the tags go into the text.
        auto page = files ? files->Serve("/index.html") : std::nullopt;
        if (!page) {
          page = http::Response{};
          page->SetHeader("Content-Type", "text/html; charset=utf-8");
          page->body =
              "<!doctype html><html><head><meta charset=\"utf-8\" /><title>Kenes</title></head>"
              "<body></body></html>";
        }
        auto post = svc->PublicGet(c.Id(), q.lang);
        if (!post.ok()) return std::move(*page);
        const size_t head = page->body.find("</head>");
        if (head != std::string::npos) {
          page->body.insert(head, OpenGraphTags(*post, public_url, svc->FirstImage(*post)));
        }
        return std::move(*page);
      }});
}

}  // namespace kenes::posts
