#include "features/attachments/attachment_policy.hpp"

namespace kenes::attachments {

bool AttachmentPolicy::MaySee(Access access) { return access != Access::kNone; }

bool AttachmentPolicy::MayAttach(Access access, AttachmentKind kind) {
  if (access == Access::kNone) return false;
  return !(kind == AttachmentKind::kAnswer && access == Access::kApplicant);
}

bool AttachmentPolicy::MayAttachInStatus(Access access, appeals::AppealStatus status) {
  return access != Access::kApplicant || appeals::IsOpen(status);
}

}  // namespace kenes::attachments
