#pragma once
// Attachments of an appeal and of its answer: type decided by content (JPEG, PNG, WebP, PDF),
// size-limited, image metadata stripped, stored outside the web root under random names, and
// served only to those who may see the appeal (appeals' service says who), as downloads.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/attachments/attachment.hpp"
#include "features/attachments/attachment_repository.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"

namespace kenes::attachments {

class AttachmentService {
 public:
  AttachmentService(db::Database& db, const Clock& clock,
                    std::shared_ptr<appeals::AppealService> appeals,
                    std::shared_ptr<files::FileStore> store)
      : db_(db), clock_(clock), appeals_(std::move(appeals)), store_(std::move(store)) {}

  Result<Attachment> Add(const Actor& actor, int64_t appeal_id, AttachmentKind kind,
                         const std::string& original_name, const std::string& bytes);
  Result<std::vector<Attachment>> List(const Actor& actor, int64_t appeal_id);
  // The attachment and its bytes; staff downloads are audited like other views.
  Result<std::pair<Attachment, std::string>> Download(const Actor& actor, int64_t appeal_id,
                                                      int64_t attachment_id);

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<appeals::AppealService> appeals_;
  std::shared_ptr<files::FileStore> store_;
  AttachmentRepository repo_;
};

}  // namespace kenes::attachments
