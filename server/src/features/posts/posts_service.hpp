#pragma once
// Posts' use cases: one method each, one transaction each, audited writes. Public reads serve
// published posts only (a scheduled post from its minute on); a draft, another maslikhat's
// post or one the actor may not write is 404 to them.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/posts/post_images.hpp"
#include "features/posts/post_images_repository.hpp"
#include "features/posts/post_links.hpp"
#include "features/posts/posts.hpp"
#include "features/posts/posts_policy.hpp"
#include "features/posts/posts_repository.hpp"
#include "platform/cache/read_cache.hpp"
#include "platform/db/database.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/files/file_store.hpp"

namespace kenes::posts {

// What a change sets; an absent member keeps the stored value, `texts` replaces all versions.
struct PostPatch {
  std::optional<PostKind> kind{};
  std::optional<std::optional<int64_t>> deputy_id{}, commission_id{}, okrug_id{};
  std::optional<std::vector<std::string>> tags{};
  std::optional<std::vector<PostText>> texts{};
  std::optional<std::optional<int64_t>> event_id{}, sitting_id{};
  std::optional<std::optional<std::string>> topic{};
};

struct PublicQuery {
  PublicFilter filter{};
  std::string q{};  // words to find (stemmed into filter.terms by PublicList); empty: every post
  std::string lang = "ru";
  int limit = 20;
};

// A post as one reader sees it: one language's version, and which languages exist.
struct PostView {
  Post post{};
  PostText text{};
  std::vector<std::string> available{};
  PostState state = PostState::kDraft;  // effective: a scheduled post due is "published"
  PostLinks links{};                    // filled for one public post's page only
};

// A deputy's own posts (GET /api/v1/me/posts), with what the web needs to write a new one.
struct OwnPosts {
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
  std::vector<PostView> items{};
};

struct PostPage {
  std::vector<PostView> items{};
  std::optional<std::string> next_cursor{};
};

// A feed's channel and its newest posts.
struct Feed {
  std::string title{}, link{}, self{}, lang{};
  std::string updated{};  // ISO; the newest post's time, or the maslikhat's when it has none
  std::vector<PostView> items{};
};

// One size of a post's image, as served.
struct ServedImage {
  std::string bytes{}, mime{};
  bool is_public = false;  // the post is public: caches may keep it
};

// A public post's picture for link previews (og:image): site-relative URL and size.
struct PreviewImage {
  std::string url{};
  int width = 0, height = 0;
};

// The <img> of a post's own images with srcset (platform/docs/markdown.hpp); other URLs as before.
docs::ImageResolver ResolverOf(std::vector<PostImage> images);

enum class FeedScope { kMaslikhat, kDeputy, kCommission, kOkrug };

// The keys of kept public pages (ADR 0026): every field of the query, length-prefixed so that no
// two queries share one; a post page by its id and language.
std::string PublicListKey(const PublicQuery& q);
std::string PublicPageKey(int64_t id, const std::string& lang);

class PostService {
 public:
  PostService(db::Database& db, const Clock& clock,
              std::shared_ptr<directory::DirectoryService> directory,
              std::shared_ptr<files::FileStore> store)
      : db_(db), clock_(clock), directory_(std::move(directory)), store_(std::move(store)) {}

  // Set once at start, before any request (app/post_link_sources.cpp).
  void SetLinkSources(LinkSources sources) { links_ = std::move(sources); }

  Result<PostPage> PublicList(const PublicQuery& q);
  Result<PostView> PublicGet(int64_t id, const std::string& lang);
  Result<Feed> FeedOf(FeedScope scope, int64_t id, const std::string& lang,
                      const std::string& public_url);

  Result<std::vector<PostView>> List(const Actor& actor, int64_t maslikhat_id);
  // The signed-in deputy's own posts in every state; 404 to anyone not linked to a deputy.
  Result<OwnPosts> Mine(const Actor& actor);
  Result<PostView> Get(const Actor& actor, int64_t id);
  Result<PostView> Create(const Actor& actor, int64_t maslikhat_id, PostDraft draft);
  Result<PostView> Update(const Actor& actor, int64_t id, const PostPatch& patch);
  Result<PostView> Publish(const Actor& actor, int64_t id);
  Result<PostView> Schedule(const Actor& actor, int64_t id, const std::string& publish_at);
  Result<PostView> Archive(const Actor& actor, int64_t id);

  // The posts.index job: writes the search terms of up to `max_posts` posts that have none
  // (written before migration 0055); returns how many.
  int IndexPending(int max_posts = kIndexPerRun);
  void ScheduleIndexing(int64_t run_at_ms);

  // Images (post_images_service.cpp). An upload is re-encoded at kImageWidths, never enlarged;
  // `max_bytes` is the upload's limit (files.max_photo_bytes).
  Result<PostImage> AddImage(const Actor& actor, int64_t post_id, std::string_view bytes,
                             const std::string& alt, size_t max_bytes);
  Result<ServedImage> ImageFile(const Actor& actor, int64_t image_id, int width);
  // The first of the post's own images its text shows, at its widest size; none without one.
  std::optional<PreviewImage> FirstImage(const PostView& v);

  static constexpr int kMaxListed = 200;
  static constexpr int kMaxPage = 50;
  static constexpr int kFeedItems = 30;
  static constexpr const char* kIndexJob = "posts.index";
  static constexpr int kIndexPerRun = 5000;

 private:
  std::optional<DeputyLink> OwnDeputy(const Actor& actor);
  // The references must be the maslikhat's own; a deputy post names its deputy.
  Status CheckDraft(int64_t maslikhat_id, PostDraft& draft, const docs::ImageResolver& images = {});
  // Each link of another maslikhat is 422 `other_maslikhat`, a missing one `not_found`.
  Status CheckLinks(int64_t maslikhat_id, const PostDraft& draft);
  PostLinks LinksOf(const PostDraft& d, const std::string& lang) const;
  PostView ViewOf(Post post, const std::string& lang, const std::string& now) const;
  Result<PostView> Transition(const Actor& actor, int64_t id, const char* action,
                              const std::function<Status(db::Tx&, const Post&)>& change);

  // Public lists and post pages until the next commit, at most a second (ADR 0012, ADR 0026):
  // read by everyone, changed a few times a day. A scheduled post therefore shows at most a
  // second after its minute, as it would to a reader a second late.
  cache::ReadCache<PostPage> lists_{1024, 1000};
  cache::ReadCache<PostView> pages_{2048, 1000};

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<files::FileStore> store_;
  LinkSources links_;
  PostsRepository repo_;
  PostImagesRepository images_;
};

}  // namespace kenes::posts
