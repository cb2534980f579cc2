#pragma once
// Appeals domain: types, channels, statuses and the allowed transitions. No I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::appeals {

// Where an appeal is in its handling. Names ("in_consideration") only at the JSON and SQL edges.
enum class AppealStatus {
  kRegistered,
  kAssigned,
  kInConsideration,
  kForwarded,
  kExtended,
  kAnswered,
  kClosed,
  kReopened,
  kNotConsidered,  // anonymous, or without substance ("left without consideration")
};
std::string_view StatusName(AppealStatus status);
std::optional<AppealStatus> ParseStatus(std::string_view name);

// What a handler (or the applicant, for reopen) does to an appeal.
// kForwardPart: a part goes to the competent body, the rest stays (the status does not change).
// kMarkUrgent / kUnmarkUrgent: staff mark a registered appeal urgent (a same-day forwarding term,
// the urgent queue) or take the mark back before it is forwarded; the status does not change.
enum class AppealAction {
  kAssign,
  kStart,
  kForward,
  kExtend,
  kAnswer,
  kClose,
  kReopen,
  kLeave,
  kForwardPart,
  kMarkUrgent,
  kUnmarkUrgent
};
std::string_view ActionName(AppealAction action);
std::optional<AppealAction> ParseAction(std::string_view name);

// The closed sets an appeal carries. Their names ("complaint", "paper") are the wire and database
// values; they are parsed and printed only at the JSON and SQL edges.
enum class AppealType { kStatement, kComplaint, kProposal, kReport, kResponse, kRequest };
std::string_view TypeName(AppealType type);
std::optional<AppealType> ParseType(std::string_view name);

// How the appeal reached the maslikhat.
enum class Channel { kWeb, kPaper, kOral, kPhone, kEmail, kReception };
std::string_view ChannelName(Channel channel);
std::optional<Channel> ParseChannel(std::string_view name);

// Whom the applicant addresses; it decides the maslikhat and the handler.
enum class Addressee { kDeputy, kCommission, kMaslikhat };
std::string_view AddresseeName(Addressee addressee);
std::optional<Addressee> ParseAddressee(std::string_view name);

// How the applicant wants to hear back.
enum class ContactPreference { kEmail, kPhone, kPost, kAccount };
std::string_view ContactPreferenceName(ContactPreference preference);
std::optional<ContactPreference> ParseContactPreference(std::string_view name);

// What the answer gave the applicant.
enum class Outcome { kSatisfied, kPartly, kRefused, kExplained };
std::string_view OutcomeName(Outcome outcome);
std::optional<Outcome> ParseOutcome(std::string_view name);

// The languages an appeal is written and answered in (kk, ru, en). Kept as its code, which the
// message catalogs key on; this only says which codes are allowed.
std::optional<std::string> ParseLanguage(std::string_view code);

// Why staff leave an appeal without consideration (APPK Art. 89): chosen from this list, with a
// free-text explanation beside it. Names ("no_essence") only at the JSON and SQL edges.
enum class LeaveGround { kNoEssence, kAnonymous, kRepeated, kNotCompetent, kWithdrawn, kOther };
std::string_view LeaveGroundName(LeaveGround ground);
std::optional<LeaveGround> ParseLeaveGround(std::string_view name);

// "Due soon": a term ending within this many working days (today counts too), on the production
// calendar. One rule for the dashboard, the reminders, lists and the detail (and so the web).
inline constexpr int kDueSoonWorkingDays = 3;
// The forwarding term is 3 working days in all, so it is "due soon" only from the working day
// before it ends: with the answer's horizon every new appeal would be due soon from the start.
inline constexpr int kForwardDueSoonWorkingDays = 1;

// The reader's day and the last days still "due soon" for each term (kDueSoonWorkingDays and
// kForwardDueSoonWorkingDays working days after today on the production calendar), YYYY-MM-DD.
struct DueHorizon {
  std::string today{}, soon{}, forward_soon{};
};

// How an open appeal stands against its two terms on a given day. Not stored: the service works it
// out for today on the production calendar, so the web shows the server's rule, not its own.
struct DueFlags {
  bool overdue = false;           // the answer term has passed
  bool due_soon = false;          // the answer is due within kDueSoonWorkingDays working days
  bool forward_overdue = false;   // still awaiting forwarding after forward_due_on
  bool forward_due_soon = false;  // awaiting forwarding, forward_due_on within the same horizon
};

// A co-signer of a collective appeal, as the filing form lists them.
struct Cosigner {
  std::string name, address;
};
inline constexpr size_t kMaxCosigners = 500;

struct Appeal {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string number;  // talon number, unique per maslikhat and year: "{maslikhat}-{year}-{seq}"
  int year = 0;
  int seq = 0;
  AppealType type = AppealType::kStatement;
  Channel channel = Channel::kWeb;
  AppealStatus status = AppealStatus::kRegistered;
  std::string language;  // kk, ru, en
  std::string subject;
  std::string body;
  std::string problem_address;
  Addressee addressee = Addressee::kMaslikhat;
  std::optional<int64_t> okrug_id, deputy_id, commission_id;
  std::optional<int64_t> applicant_user_id;
  std::string applicant_name;
  std::optional<std::string> applicant_iin;
  std::string applicant_email, applicant_phone, applicant_address;
  ContactPreference contact_preference = ContactPreference::kEmail;
  bool anonymous = false;
  bool urgent_redirect = false;  // anonymous report of a crime or security threat
  bool collective = false;
  std::vector<Cosigner> cosigners;
  std::string category;
  bool public_consent = false;
  std::optional<int64_t> repeat_of;
  std::string received_at;  // UTC ISO
  std::optional<int64_t> received_by;
  std::string registered_on, due_on, forward_due_on;  // local dates
  std::optional<Outcome> outcome;
  std::optional<std::string> answer_text, answered_at;
  std::optional<bool> feedback_solved;
  std::optional<std::string> feedback_comment;
  std::string created_at, updated_at;
  std::string leave_ground{};  // LeaveGroundName once left without consideration, else ""
  DueFlags due{};              // not stored: DueFlagsOf for the reader's day
};

// What a row of an appeal's history records: its registration, each staff action
// (AppealAction), the applicant's feedback, a category set, and what other features did with
// it (a deputy request made and answered, a file attached).
enum class EventKind {
  kRegister,
  kAssign,
  kStart,
  kForward,
  kExtend,
  kAnswer,
  kClose,
  kReopen,
  kLeave,
  kForwardPart,
  kMarkUrgent,
  kUnmarkUrgent,
  kFeedback,
  kCategorize,
  kDeputyRequest,
  kDeputyRequestAnswered,
  kAttach
};
std::string_view EventKindName(EventKind kind);  // "register", "assign", ..., "attach"
std::optional<EventKind> ParseEventKind(std::string_view name);
EventKind EventKindOf(AppealAction action);

struct AppealEvent {
  int64_t id = 0;
  int64_t appeal_id = 0;
  std::string at;
  std::optional<int64_t> actor_user_id;
  EventKind action = EventKind::kRegister;
  std::optional<AppealStatus> from_status;  // none before registration
  std::optional<AppealStatus> to_status;
  std::string reason;
  std::string details_json = "{}";
};

// A decision to extend an appeal's term (migration 0020) and its notice to the applicant, due
// within kExtensionNoticeWorkingDays of the decision (docs/appeals-deadlines.md rule 6).
// A part of an appeal forwarded to the competent body (migration 0037); the rest stays with us.
struct PartForwarding {
  int64_t id = 0;
  int64_t appeal_id = 0;
  std::string forward_to{};  // the competent body, as staff named it
  std::string part{};        // which part, in staff's words
  std::string reason{};
  int64_t decided_by = 0;
  std::string forwarded_on{}, forwarded_at{};  // local date; UTC ISO
  std::string forward_due_on{};                // the forwarding term it was held to
  std::string notice_channel{};                // account, email, letter, none
  std::optional<int64_t> notice_task_id{};
  bool Late() const { return forwarded_on > forward_due_on; }
};

struct Extension {
  int64_t id = 0;
  int64_t appeal_id = 0;
  int64_t decided_by = 0;
  std::string decided_by_name{};  // the decider's name at the time
  std::string decided_as{};       // chair, deputy_chair, head_of_apparatus (core/role.hpp names)
  std::string reason{};
  std::string decided_on{}, decided_at{};       // local date; UTC ISO
  std::string previous_due_on{}, new_due_on{};  // local dates
  std::string notice_channel{};                 // account, email, letter, none
  std::string notice_due_on{};                  // local date
  std::optional<std::string> notice_sent_at{};  // UTC ISO
  std::optional<int64_t> notice_task_id{};      // the staff task of a letter
  bool notice_overdue = false;  // not stored: unsent after notice_due_on (the service says)
};
inline constexpr int kExtensionNoticeWorkingDays = 3;

// The status an action leads to from `from`, or nullopt when the transition is not allowed.
std::optional<AppealStatus> Transition(AppealStatus from, AppealAction action);
bool IsOpen(AppealStatus status);  // the deadline still runs
// The forwarding term runs while an appeal is registered and nobody has decided on it: neither
// taken into work (assign, start) nor forwarded (docs/appeals.md, "overdue").
bool AwaitsForwarding(AppealStatus status);
// A term due today is due soon; one due yesterday is overdue (docs/appeals-deadlines.md rule 5).
DueFlags DueFlagsOf(const Appeal& appeal, const DueHorizon& horizon);

}  // namespace kenes::appeals
