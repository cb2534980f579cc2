#pragma once
// Who may attach files to an appeal. Who sees the appeal (and so its files) is the appeals
// feature's answer (appeals::Access); this says what that access allows. Table test:
// attachment_policy_test.cpp.

#include "features/appeals/appeal_service.hpp"
#include "features/attachments/attachment.hpp"

namespace kenes::attachments {

using appeals::Access;

struct AttachmentPolicy {
  // Everyone who sees the appeal may list and download its files.
  static bool MaySee(Access access);
  // The answer's annexes are not the applicant's to add.
  static bool MayAttach(Access access, AttachmentKind kind);
  // The applicant adds files only while the appeal is open; the staff and the deputy at any time.
  static bool MayAttachInStatus(Access access, appeals::AppealStatus status);
};

}  // namespace kenes::attachments
