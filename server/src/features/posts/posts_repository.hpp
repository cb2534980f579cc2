#pragma once
// Posts in the `posts` and `post_texts` tables (migration 0022), and their search terms in
// `post_terms` (migration 0055), written with every change of their texts.

#include <optional>
#include <string>
#include <vector>

#include "features/posts/posts.hpp"
#include "platform/db/database.hpp"

namespace kenes::posts {

// Which public posts a list or a feed shows, newest first; `before` is the cursor (the last
// item's publish_at and id).
struct PublicFilter {
  std::optional<int64_t> maslikhat_id{}, deputy_id{}, commission_id{}, okrug_id{};
  std::optional<std::string> tag{};
  std::optional<PostKind> kind{};
  std::optional<int64_t> event_id{}, sitting_id{};
  std::optional<std::string> topic{};
  std::optional<std::string> before_at{};
  int64_t before_id = 0;
  // Per query word, its alternative stems (text::QueryTerms); every word must match.
  std::vector<std::vector<std::string>> terms{};
};

class PostsRepository {
 public:
  int64_t Insert(db::Tx& tx, int64_t maslikhat_id, const PostDraft& d,
                 std::optional<int64_t> created_by, const std::string& now);
  void Update(db::Tx& tx, int64_t id, const PostDraft& d, const std::string& now);
  void SetState(db::Tx& tx, int64_t id, PostState state, const std::optional<std::string>& at,
                const std::string& now);
  // With every text, bodies included.
  std::optional<Post> Find(db::Tx& tx, int64_t id);
  // Texts without bodies: lists and feeds show titles and summaries.
  std::vector<Post> ListPublic(db::Tx& tx, const PublicFilter& f, const std::string& now, int limit,
                               bool with_bodies);
  // Every state, newest first; only `deputy_id`'s deputy posts when given.
  std::vector<Post> ListAll(db::Tx& tx, int64_t maslikhat_id, std::optional<int64_t> deputy_id,
                            int limit);
  // Writes the search terms of up to `max` posts that have none yet (posts older than migration
  // 0055); returns how many.
  int IndexUnindexed(db::Tx& tx, int max);

 private:
  void LoadTexts(db::Tx& tx, std::vector<Post>& posts, bool with_bodies);
};

}  // namespace kenes::posts
