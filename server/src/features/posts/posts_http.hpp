#pragma once

#include <memory>
#include <string>

#include "features/posts/posts_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::posts {

// Public reads (/api/v1/public/posts…), the staff's list, editor and state changes
// (/api/v1/maslikhats/{id}/posts, /api/v1/posts/{id}…), the Markdown preview.
void RegisterPostRoutes(http::Routes& routes, const std::shared_ptr<PostService>& svc);
// POST /api/v1/posts/{id}/images (the file as the body, ?alt=) and GET
// /api/v1/post-images/{id}/{width} (post_images_http.cpp).
void RegisterPostImageRoutes(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                             size_t max_bytes);
// RSS and Atom per maslikhat, deputy, commission and okrug (…/posts.rss, …/posts.atom).
void RegisterPostFeeds(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                       const std::string& public_url);

// GET /posts/{id}: the web app's page with the post's Open Graph tags (posts_page_http.cpp).
void RegisterPostPage(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                      const std::string& web_root, const std::string& public_url);
// The <meta property="og:…"> tags of a post, every value escaped; with its first image as
// og:image (absolute URL) and a large Twitter/X card when it has one.
std::string OpenGraphTags(const PostView& v, const std::string& public_url,
                          const std::optional<PreviewImage>& image = std::nullopt);

}  // namespace kenes::posts
