#include <stdexcept>

#include "features/attachments/attachment_repository.hpp"

namespace kenes::attachments {

int64_t AttachmentRepository::Insert(db::Tx& tx, const Attachment& a,
                                     std::optional<int64_t> uploaded_by) {
  return tx
      .QueryOne(
          "INSERT INTO appeal_attachments (appeal_id, kind, stored_name, original_name, mime, "
          "size_bytes, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "
          "id",
          {a.appeal_id, KindName(a.kind), a.stored_name, a.original_name, a.mime, a.size_bytes,
           uploaded_by, a.created_at})
      ->Int("id");
}

std::vector<Attachment> AttachmentRepository::List(db::Tx& tx, int64_t appeal_id) {
  std::vector<Attachment> out;
  for (const auto& r : tx.Query(
           "SELECT id, appeal_id, kind, stored_name, original_name, mime, size_bytes, created_at "
           "FROM appeal_attachments WHERE appeal_id = $1 ORDER BY id",
           {appeal_id})) {
    // A kind this version does not know is a row written by hand or by a newer version.
    auto kind = ParseKind(r.Str("kind"));
    if (!kind)
      throw std::runtime_error("attachment " + std::to_string(r.Int("id")) + " has unknown kind");
    out.push_back({r.Int("id"), r.Int("appeal_id"), *kind, r.Str("stored_name"),
                   r.Str("original_name"), r.Str("mime"), r.Int("size_bytes"),
                   r.Str("created_at")});
  }
  return out;
}

int64_t AttachmentRepository::Count(db::Tx& tx, int64_t appeal_id) {
  return tx
      .QueryOne("SELECT COUNT(*) AS n FROM appeal_attachments WHERE appeal_id = $1", {appeal_id})
      ->Int("n");
}

void AttachmentRepository::StoredNames(db::Tx& tx, std::unordered_set<std::string>& names) {
  for (const auto& r : tx.Query("SELECT stored_name FROM appeal_attachments")) {
    names.insert(r.Str("stored_name"));
  }
}

}  // namespace kenes::attachments
