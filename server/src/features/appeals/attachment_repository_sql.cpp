// AppealRepository: files attached to appeals and to their answers.
#include "features/appeals/appeal_repository.hpp"

namespace kenes::appeals {

int64_t AppealRepository::InsertAttachment(db::Tx& tx, int64_t appeal_id, const std::string& kind,
                                           const std::string& stored, const std::string& original,
                                           const std::string& mime, int64_t size,
                                           std::optional<int64_t> by, const std::string& at) {
  return tx
      .QueryOne(
          "INSERT INTO appeal_attachments (appeal_id, kind, stored_name, original_name, mime, "
          "size_bytes, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "
          "id",
          {appeal_id, kind, stored, original, mime, size, by, at})
      ->Int("id");
}

std::vector<AttachmentRow> AppealRepository::Attachments(db::Tx& tx, int64_t appeal_id) {
  std::vector<AttachmentRow> out;
  for (const auto& r : tx.Query(
           "SELECT id, appeal_id, kind, stored_name, original_name, mime, size_bytes, created_at "
           "FROM appeal_attachments WHERE appeal_id = $1 ORDER BY id",
           {appeal_id})) {
    out.push_back({r.Int("id"), r.Int("appeal_id"), r.Str("kind"), r.Str("stored_name"),
                   r.Str("original_name"), r.Str("mime"), r.Int("size_bytes"),
                   r.Str("created_at")});
  }
  return out;
}

int64_t AppealRepository::AttachmentCount(db::Tx& tx, int64_t appeal_id) {
  return tx
      .QueryOne("SELECT COUNT(*) AS n FROM appeal_attachments WHERE appeal_id = $1", {appeal_id})
      ->Int("n");
}

}  // namespace kenes::appeals
