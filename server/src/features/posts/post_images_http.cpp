// Posts' images: the upload (the body is the file itself, as for deputies' photos; the alt text in
// the query) and the served sizes.
#include "features/posts/posts_http.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::posts {

using http::Json;

namespace {

Json PostImageJson(const PostImage& image) {
  Json sizes = Json::array();
  for (const auto& s : image.sizes) {
    sizes.push_back(
        {{"width", s.width}, {"height", s.height}, {"url", ImageUrl(image.id, s.width)}});
  }
  const ImageSize& shown = DefaultSize(image);
  const std::string url = ImageUrl(image.id, shown.width);
  return {{"id", image.id},
          {"post_id", image.post_id},
          {"mime", image.mime},
          {"alt", image.alt},
          {"url", url},
          {"width", shown.width},
          {"height", shown.height},
          {"sizes", sizes},
          {"markdown", "![" + docs::MarkdownLiteral(image.alt) + "](" + url + ")"}};
}

}  // namespace

void RegisterPostImageRoutes(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                             size_t max_bytes) {
  routes.Add(http::Endpoint<http::NoBody, PostImage>{
      .method = "POST",
      .path = "/api/v1/posts/{id}/images",
      .access = http::Access::kSignedIn,
      // Decoding and re-encoding a photo takes a CPU for a moment: capped like other heavy work.
      .cost = http::Cost::kHeavy,
      .status = 201,
      .handle = [svc, max_bytes](const http::Call& c) -> Result<PostImage> {
        auto alt = c.req.query.find("alt");
        return svc->AddImage(c.actor, c.Id(), c.req.body,
                             alt == c.req.query.end() ? std::string() : alt->second, max_bytes);
      },
      .to_json = PostImageJson});
  routes.Add(http::Endpoint<http::NoBody, http::Response>{
      .method = "GET",
      .path = "/api/v1/post-images/{id}/{width}",
      .handle = [svc](const http::Call& c) -> Result<http::Response> {
        const int64_t width = c.Id("width");
        if (width > 100000) return Error::NotFound();
        auto image = svc->ImageFile(c.actor, c.Id(), static_cast<int>(width));
        if (!image.ok()) return image.take_error();
        http::Response res;
        res.SetHeader("Content-Type", image->mime);
        res.SetHeader("X-Content-Type-Options", "nosniff");
        // A size's bytes never change; an unpublished post's images stay out of shared caches.
        res.SetHeader("Cache-Control",
                      image->is_public ? "public, max-age=604800, immutable" : "private, no-cache");
        res.body = std::move(image->bytes);
        return res;
      }});
}

}  // namespace kenes::posts
