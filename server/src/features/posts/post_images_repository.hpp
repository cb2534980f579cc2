#pragma once
// Posts' images in the `post_images` table (migration 0054).

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "features/posts/post_images.hpp"
#include "platform/db/database.hpp"

namespace kenes::posts {

class PostImagesRepository {
 public:
  int64_t Insert(db::Tx& tx, const PostImage& image);
  std::optional<PostImage> Find(db::Tx& tx, int64_t id);
  // Oldest first.
  std::vector<PostImage> ListOf(db::Tx& tx, int64_t post_id);
  int64_t CountOf(db::Tx& tx, int64_t post_id);
  // Every size's file of every image, for the file store's sweep.
  void StoredNames(db::Tx& tx, std::unordered_set<std::string>& names);
};

}  // namespace kenes::posts
