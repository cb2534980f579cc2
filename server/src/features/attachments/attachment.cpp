#include "features/attachments/attachment.hpp"

namespace kenes::attachments {

std::string_view KindName(AttachmentKind kind) {
  return kind == AttachmentKind::kAnswer ? "answer" : "appeal";
}

std::optional<AttachmentKind> ParseKind(std::string_view name) {
  if (name == "appeal") return AttachmentKind::kAppeal;
  if (name == "answer") return AttachmentKind::kAnswer;
  return std::nullopt;
}

}  // namespace kenes::attachments
