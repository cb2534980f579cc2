#include "features/posts/post_images_repository.hpp"

namespace kenes::posts {
namespace {

constexpr const char* kColumns =
    "SELECT id, post_id, mime, sizes, alt, created_by, created_at FROM post_images ";

// A row whose sizes do not parse (never written so) is left out rather than served half.
std::optional<PostImage> ImageOf(const db::Row& r) {
  auto sizes = SplitSizes(r.Str("sizes"));
  if (!sizes) return std::nullopt;
  return PostImage{r.Int("id"),  r.Int("post_id"),       r.Str("mime"),      std::move(*sizes),
                   r.Str("alt"), r.OptInt("created_by"), r.Str("created_at")};
}

}  // namespace

int64_t PostImagesRepository::Insert(db::Tx& tx, const PostImage& i) {
  return tx
      .QueryOne(
          "INSERT INTO post_images (post_id, mime, sizes, alt, created_by, created_at) VALUES "
          "($1, $2, $3, $4, $5, $6) RETURNING id",
          {i.post_id, i.mime, JoinSizes(i.sizes), i.alt, i.created_by, i.created_at})
      ->Int("id");
}

std::optional<PostImage> PostImagesRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ImageOf(*r);
}

std::vector<PostImage> PostImagesRepository::ListOf(db::Tx& tx, int64_t post_id) {
  std::vector<PostImage> out;
  for (const auto& r :
       tx.Query(std::string(kColumns) + "WHERE post_id = $1 ORDER BY id LIMIT 1000", {post_id})) {
    if (auto i = ImageOf(r)) out.push_back(std::move(*i));
  }
  return out;
}

int64_t PostImagesRepository::CountOf(db::Tx& tx, int64_t post_id) {
  return tx.QueryOne("SELECT COUNT(*) AS n FROM post_images WHERE post_id = $1", {post_id})
      ->Int("n");
}

void PostImagesRepository::StoredNames(db::Tx& tx, std::unordered_set<std::string>& names) {
  for (const auto& r : tx.Query("SELECT sizes FROM post_images")) {
    // A row that does not parse names no file Kenes can serve; its files go with the sweep.
    if (auto sizes = SplitSizes(r.Str("sizes"))) {
      for (const auto& size : *sizes) names.insert(size.file);
    }
  }
}

}  // namespace kenes::posts
