#pragma once
// Files attached to an appeal and to its answer: types and limits. No I/O.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::attachments {

// Material of the appeal, or the answer's annexes. The names ("appeal", "answer") are the wire
// and database values.
enum class AttachmentKind { kAppeal, kAnswer };
std::string_view KindName(AttachmentKind kind);
std::optional<AttachmentKind> ParseKind(std::string_view name);

struct Attachment {
  int64_t id = 0;
  int64_t appeal_id = 0;
  AttachmentKind kind = AttachmentKind::kAppeal;
  std::string stored_name, original_name, mime;
  int64_t size_bytes = 0;
  std::string created_at;
};

inline constexpr size_t kMaxAttachmentBytes = 5 << 20;
inline constexpr int kMaxAttachments = 10;

}  // namespace kenes::attachments
