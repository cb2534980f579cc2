#pragma once
// Who sees and handles which appeal, and who may change the appeals feature's settings. Only the
// handling deputy, the maslikhat's staff and the applicant see an appeal; everyone else gets 404.
// Every role check of the appeals feature is here; services ask, and map a "no" to an error.
// Table tests: appeal_policy_test.cpp.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "features/appeals/appeal.hpp"

namespace kenes::appeals {

enum class Access { kNone, kApplicant, kDeputy, kStaff };

class AppealPolicy {
 public:
  // Who the actor is here ----------------------------------------------------------------------

  // Staff or the chair, scoped to this maslikhat (an administrator is not, by that alone).
  static bool IsStaffOf(const Actor& actor, int64_t maslikhat_id);
  // The maslikhats whose staff or chair the actor is, one per grant.
  static std::vector<int64_t> StaffMaslikhats(const Actor& actor);
  // A signed-in account with the deputy role: its linked deputy record (if any) is the deputy it
  // acts as (acting_deputy.hpp looks the record up).
  static bool ActsAsDeputy(const Actor& actor);

  // One appeal ---------------------------------------------------------------------------------

  // actor_deputy_id: the deputy record the actor acts as, if any.
  static Access AccessTo(const Actor& actor, const Appeal& appeal,
                         std::optional<int64_t> actor_deputy_id);
  // A workflow action (appeal.hpp's transitions) by whoever has this access.
  static bool MayAct(Access access, AppealAction action);
  // Staff and deputy views show the applicant's identity: each is on record in the audit log.
  static bool AuditsView(Access access);
  // The category is set by the staff of the appeal's maslikhat.
  static bool MayCategorize(const Actor& actor, const Appeal& appeal);
  // Who may extend the term (APPK Art. 76: the head or a deputy head, by a reasoned decision): the
  // maslikhat's chair (a `chair` grant, or the deputy the directory names its chair:
  // directory_chair), its deputy chair, or the head of its apparatus (grants scoped to the
  // maslikhat). The position the actor decides in, or nullopt: then the answer is 403.
  static std::optional<Role> ExtendsAs(const Actor& actor, int64_t maslikhat_id,
                                       bool directory_chair);
  // "Was it solved?" is answered by the applicant (not by staff who happen to be the applicant).
  static bool MayGiveFeedback(const Actor& actor, const Appeal& appeal);

  // A maslikhat's appeals ----------------------------------------------------------------------

  // Paper, phone and reception appeals are entered by the maslikhat's staff.
  static bool MayFileOnBehalf(const Actor& actor, int64_t maslikhat_id);
  // The position in which the actor registers an appeal for the maslikhat, as the talon names it
  // (APPK Art. 64): chair, deputy_chair, head_of_apparatus or staff; deputy for a deputy hosting a
  // personal reception; "" for anyone else (an administrator).
  static std::string RegistersAs(const Actor& actor, int64_t maslikhat_id);
  // The maslikhat's queue (?maslikhat_id=), its export and its deadline dashboard.
  static bool MayListMaslikhat(const Actor& actor, int64_t maslikhat_id);
  static bool MayExport(const Actor& actor, int64_t maslikhat_id);
  static bool MaySeeDashboard(const Actor& actor, int64_t maslikhat_id);
  // The public register's review queue: read the masked drafts, edit, approve, withdraw.
  static bool MayReviewRegister(const Actor& actor, int64_t maslikhat_id);
};

}  // namespace kenes::appeals
