#pragma once

#include <memory>
#include <string>

#include "features/posts/posts_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::posts {

// Public reads (/api/v1/public/posts…), the staff's list, editor and state changes
// (/api/v1/maslikhats/{id}/posts, /api/v1/posts/{id}…), the Markdown preview.
void RegisterPostRoutes(http::Routes& routes, const std::shared_ptr<PostService>& svc);
// RSS and Atom per maslikhat, deputy, commission and okrug (…/posts.rss, …/posts.atom).
void RegisterPostFeeds(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                       const std::string& public_url);

// GET /posts/{id}: the web app's page with the post's Open Graph tags (posts_page_http.cpp).
void RegisterPostPage(http::Routes& routes, const std::shared_ptr<PostService>& svc,
                      const std::string& web_root, const std::string& public_url);
// The <meta property="og:…"> tags of a post, every value escaped.
std::string OpenGraphTags(const PostView& v, const std::string& public_url);

}  // namespace kenes::posts
