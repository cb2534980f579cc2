#pragma once
// The appeal_attachments table. The only code that runs its SQL (attachment_repository_sql.cpp).

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "features/attachments/attachment.hpp"
#include "platform/db/database.hpp"

namespace kenes::attachments {

class AttachmentRepository {
 public:
  int64_t Insert(db::Tx& tx, const Attachment& a, std::optional<int64_t> uploaded_by);
  std::vector<Attachment> List(db::Tx& tx, int64_t appeal_id);
  int64_t Count(db::Tx& tx, int64_t appeal_id);
  // Every attachment's file, for the file store's sweep.
  void StoredNames(db::Tx& tx, std::unordered_set<std::string>& names);
};

}  // namespace kenes::attachments
