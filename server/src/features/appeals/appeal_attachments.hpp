#pragma once
// Attachments of an appeal and of its answer: type decided by content (JPEG, PNG, WebP, PDF),
// size-limited, image metadata stripped, stored outside the web root under random names, and
// served only to those who may see the appeal, as downloads.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"

namespace kenes::appeals {

struct Attachment {
  int64_t id = 0;
  int64_t appeal_id = 0;
  std::string kind;  // appeal, answer
  std::string stored_name, original_name, mime;
  int64_t size_bytes = 0;
  std::string created_at;
};

inline constexpr size_t kMaxAttachmentBytes = 5 << 20;
inline constexpr int kMaxAttachments = 10;

class AppealAttachments {
 public:
  AppealAttachments(db::Database& db, const Clock& clock,
                    std::shared_ptr<directory::DirectoryService> directory,
                    std::shared_ptr<files::FileStore> store)
      : db_(db), clock_(clock), directory_(std::move(directory)), store_(std::move(store)) {}

  Result<Attachment> Add(const Actor& actor, int64_t appeal_id, const std::string& kind,
                         const std::string& original_name, const std::string& bytes);
  Result<std::vector<Attachment>> List(const Actor& actor, int64_t appeal_id);
  // The attachment and its bytes; staff downloads are audited like other views.
  Result<std::pair<Attachment, std::string>> Download(const Actor& actor, int64_t appeal_id,
                                                      int64_t attachment_id);

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<files::FileStore> store_;
  AppealRepository repo_;
};

}  // namespace kenes::appeals
