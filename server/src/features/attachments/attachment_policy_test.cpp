// AttachmentPolicy as a table: the actor's access to the appeal (the appeals feature's answer) ×
// the appeal's status × the kind of file → may see, may attach. A failing row names itself.
#include "features/attachments/attachment_policy.hpp"

#include <gtest/gtest.h>

namespace kenes::attachments {
namespace {

using appeals::AppealStatus;
using K = AttachmentKind;
using S = AppealStatus;

TEST(AttachmentPolicyTable, AccessStatusAndKind) {
  struct Row {
    Access access;
    const char* who;
    AppealStatus status;
    AttachmentKind kind;
    bool see, attach;
  };
  const Row rows[] = {
      {Access::kApplicant, "applicant", S::kRegistered, K::kAppeal, true, true},
      {Access::kApplicant, "applicant", S::kInConsideration, K::kAppeal, true, true},
      {Access::kApplicant, "applicant", S::kReopened, K::kAppeal, true, true},
      {Access::kApplicant, "applicant", S::kAnswered, K::kAppeal, true, false},  // not open
      {Access::kApplicant, "applicant", S::kClosed, K::kAppeal, true, false},
      {Access::kApplicant, "applicant", S::kRegistered, K::kAnswer, true, false},
      {Access::kStaff, "staff", S::kAnswered, K::kAnswer, true, true},
      {Access::kStaff, "staff", S::kClosed, K::kAppeal, true, true},
      {Access::kStaff, "staff", S::kInConsideration, K::kAnswer, true, true},
      {Access::kDeputy, "deputy", S::kInConsideration, K::kAnswer, true, true},
      {Access::kDeputy, "deputy", S::kAnswered, K::kAppeal, true, true},
      {Access::kNone, "no access (another maslikhat, a liaison, an admin)", S::kInConsideration,
       K::kAppeal, false, false},
      {Access::kNone, "no access", S::kRegistered, K::kAnswer, false, false},
  };
  for (const auto& r : rows) {
    const bool attach = AttachmentPolicy::MayAttach(r.access, r.kind) &&
                        AttachmentPolicy::MayAttachInStatus(r.access, r.status);
    EXPECT_EQ(AttachmentPolicy::MaySee(r.access), r.see) << r.who;
    EXPECT_EQ(attach, r.attach) << r.who << " × " << appeals::StatusName(r.status) << " × "
                                << KindName(r.kind);
  }
}

TEST(AttachmentKind, NamesAreTheWireAndDatabaseWords) {
  for (auto k : {K::kAppeal, K::kAnswer}) EXPECT_EQ(ParseKind(KindName(k)), k);
  EXPECT_EQ(KindName(K::kAnswer), "answer");
  EXPECT_FALSE(ParseKind("photo"));
}

}  // namespace
}  // namespace kenes::attachments
