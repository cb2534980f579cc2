#pragma once
// Appeal use cases: intake with a talon, routing, transitions on working-day deadlines, answers,
// feedback. One transaction each; notifications go out through the job outbox.

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal.hpp"
#include "features/appeals/appeal_export.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "features/calendar/calendar_service.hpp"
#include "features/catalog/catalog_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/identity/identity_service.hpp"
#include "platform/audit/read_recorder.hpp"
#include "platform/cache/read_cache.hpp"
#include "platform/crypto/stored_iins.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

// Deadlines are counted on the production calendar (features/calendar).
using calendar::CivilDate;
using calendar::kLocalUtcOffsetMinutes;
using calendar::LocalDate;
using calendar::LocalMinuteOfDay;
using calendar::RegistrationDate;
using calendar::WorkingCalendar;

struct IntakeInput {
  AppealType type = AppealType::kStatement;
  std::string language;
  std::string subject;
  std::string body;
  std::string problem_address;
  Addressee addressee = Addressee::kMaslikhat;
  std::optional<int64_t> deputy_id, commission_id, maslikhat_id;
  ContactPreference contact_preference = ContactPreference::kEmail;
  bool collective = false;
  std::vector<Cosigner> cosigners;
  bool public_consent = false;
  std::optional<int64_t> repeat_of;
  // Staff registration on behalf of a person:
  std::optional<Channel> channel;
  bool anonymous = false;
  bool urgent_redirect = false;
  std::string applicant_name, applicant_email, applicant_phone, applicant_address;
  std::optional<std::string> applicant_iin;
  std::optional<int64_t> received_at_ms;  // paper received earlier; default now
  // Set only by server code, never from a request: an appeal registered from a personal
  // reception visit (features/reception), whose policy has checked that the actor hosts the
  // reception, for the visitor's account when they have one.
  bool from_reception = false;
  std::optional<int64_t> applicant_user_id;
};

struct TransitionInput {
  AppealAction action = AppealAction::kAssign;
  std::string reason;
  std::optional<int64_t> deputy_id, commission_id;  // assign
  std::optional<std::string> extend_until;          // extend: new due date
  std::optional<std::string> answer_text;           // answer
  std::optional<Outcome> outcome;                   // answer
  std::optional<std::string> forward_to;            // forward, forward_part: the competent body
  std::optional<std::string> part{};                // forward_part: which part goes there
  std::optional<LeaveGround> ground{};              // leave: the legal ground
};

struct AppealView {
  Appeal appeal;
  std::vector<AppealEvent> events;
  Access access = Access::kNone;
  bool overdue = false;
  std::vector<Extension> extensions{};             // the decisions, with their notices' state
  std::vector<PartForwarding> part_forwardings{};  // parts forwarded elsewhere (staff, applicant)
  bool may_extend = false;  // the reader may extend the term (AppealPolicy::ExtendsAs)
};

struct AppealPage {
  std::vector<Appeal> items;
  std::optional<int64_t> next_after;
};

// An appeal's extension decisions, with each notice's state now: a letter counts as sent once its
// staff task is done; an unsent notice past its due date is overdue.
std::vector<Extension> ExtensionsOf(db::Tx& tx, int64_t appeal_id, int64_t now_ms);

// The horizon of today on the production calendar, for DueFlagsOf.
DueHorizon DueHorizonOn(db::Tx& tx, int64_t now_ms);
// Sets each appeal's `due` for the horizon's day.
void MarkDue(std::vector<Appeal>& appeals, const DueHorizon& horizon);

// What another feature (deputy requests, attachments) knows of an appeal it works on.
struct AppealFacts {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string number;
  AppealStatus status = AppealStatus::kRegistered;
  Access access = Access::kNone;  // the actor's, where an actor was asked about
};

class AppealService {
 public:
  AppealService(db::Database& db, const Clock& clock, const Config& config,
                audit::ReadRecorder& reads, std::shared_ptr<directory::DirectoryService> directory,
                std::shared_ptr<identity::IdentityService> identity)
      : db_(db),
        clock_(clock),
        config_(config),
        reads_(reads),
        directory_(std::move(directory)),
        identity_(std::move(identity)) {}

  Result<Appeal> File(const Actor& actor, IntakeInput in);
  // Staff reads are audited as `audit_action` (the view, or the talon printed from it).
  Result<AppealView> Get(const Actor& actor, int64_t id,
                         const std::string& audit_action = "appeals.applicant_viewed");
  // The printable talon (PDF, in the appeal's language) for those who may see the appeal.
  Result<std::string> TalonPdf(const Actor& actor, int64_t id);
  Result<AppealPage> List(const Actor& actor, AppealFilter filter);
  Result<AppealView> Act(const Actor& actor, int64_t id, const TransitionInput& in);
  Result<AppealView> Feedback(const Actor& actor, int64_t id, bool solved,
                              const std::string& comment);

  // Up to kMaxExport rows of a staff-filtered list, for CSV/XLSX export.
  Result<std::vector<Appeal>> ExportRows(const Actor& actor, AppealFilter filter);
  // The language of an export without ?lang=: the signed-in person's, else Russian.
  std::string ExportLanguage(const Actor& actor);
  // Deputies, commissions, okrugs and categories an export of the maslikhat names, in language.
  ExportNames NamesForExport(int64_t maslikhat_id, const std::string& language);
  // The opt-in public register: answered appeals whose applicants agreed, without personal data.
  Result<AppealPage> PublicRegister(std::optional<int64_t> maslikhat_id,
                                    std::optional<int64_t> okrug_id, int64_t after_id, int limit);

  // Staff file an appeal under a category of the installation's taxonomy.
  Result<AppealView> Categorize(const Actor& actor, int64_t id, const std::string& category);
  // Writes the search terms of newly filed appeals (at most max_appeals of them), in batches;
  // returns how many were indexed.
  int IndexPending(int max_appeals = std::numeric_limits<int>::max());
  // Queues the indexing job (kIndexJob, appeal_jobs.hpp) at run_at_ms unless it is already queued.
  void ScheduleIndexing(int64_t run_at_ms);
  // The category key of each of these appeals ("" while not yet categorized), for other features'
  // statistics (reception counts its visits' appeals by category). No access check: callers have
  // checked theirs, and only keys go back.
  Result<std::map<int64_t, std::string>> CategoriesOf(const std::vector<int64_t>& appeal_ids);

  // For features that work on an appeal inside their own transaction (appeal_facts.cpp) ---------

  // The deputy record the actor acts as, if any: read before the caller's transaction, because
  // deputies belong to the directory.
  std::optional<int64_t> ActingDeputy(const Actor& actor);
  // The appeal as the actor may see it; nullopt when there is none or the actor has no access
  // (both say 404). acting_deputy: from ActingDeputy.
  static std::optional<AppealFacts> Visible(db::Tx& tx, const Actor& actor, int64_t appeal_id,
                                            std::optional<int64_t> acting_deputy);
  // The appeal without an access check (access kNone), for a caller that has checked its own
  // (an executive body's liaison answering the deputy request made from it).
  static std::optional<AppealFacts> Facts(db::Tx& tx, int64_t appeal_id);
  // Writes into the appeal's history what another feature did with it (the status stays).
  static void RecordEvent(db::Tx& tx, const AppealFacts& appeal, const std::string& at,
                          std::optional<int64_t> actor_user_id, EventKind action,
                          const nlohmann::json& details);

 private:
  void AuditSearch(const Actor& actor, const AppealFilter& filter, const AppealPage& page,
                   int64_t now);
  // A reopened appeal is considered again on a full new term: kAnswerWorkingDays from the day it
  // was reopened (docs/appeals-deadlines.md). Returns the due date it replaces.
  std::string RestartAnswerTerm(db::Tx& tx, Appeal& a, int64_t now);
  // The appeal as `access` shows it, read inside the use case's own transaction.
  AppealView ViewIn(db::Tx& tx, const Appeal& a, Access access, int64_t now);
  AppealView ViewAfterChange(db::Tx& tx, const Actor& actor, const Appeal& a, Access before,
                             std::optional<int64_t> deputy, int64_t now);
  // forward_to: the body a forwarded appeal went to (not personal data), for its notice;
  // explanation: staff's words beside the ground of a "leave". An applicant with neither an
  // account nor an e-mail (paper, oral, phone) is told by letter or call: a staff task.
  void Notify(db::Tx& tx, const Appeal& a, const std::string& event,
              const std::string& forward_to = "", const std::string& explanation = "");
  // The one way a notice that cannot go electronically reaches the applicant: a staff task
  // (tasks::AddTask) to post it, or to call when there is a phone and no address. Returns its id.
  static int64_t AddLetterTask(db::Tx& tx, const Appeal& a, const std::string& message,
                               int64_t now);

  // Extensions (appeal_extension.cpp) ----------------------------------------------------------

  // The maslikhat whose chair the directory names the deputy the actor acts as, if any; read
  // before a transaction, because the directory is another feature's.
  std::optional<int64_t> ChairOf(std::optional<int64_t> acting_deputy);
  // The name the decider is known by now, stored with the decision.
  std::string DeciderName(const Actor& actor, std::optional<int64_t> acting_deputy);
  // Stores the decision and sends the applicant's notice: in the account at once, by e-mail
  // through the job outbox, or, for an applicant with neither, as a letter task for staff.
  void RecordExtension(db::Tx& tx, const Appeal& a, Extension e, int64_t now);
  // The forwarding term an appeal is held to: its forward_due_on, or (an appeal from before the
  // term was stored) 3 working days from registration.
  static std::string ForwardTermOf(db::Tx& tx, const Appeal& a);
  // Stores a part's forwarding and tells the applicant which body it went to.
  void RecordPartForwarding(db::Tx& tx, const Appeal& a, PartForwarding p, int64_t now);
  // The account linked to a deputy, for in-app notices; read before a write transaction because
  // accounts of deputies belong to the directory.
  std::optional<int64_t> DeputyUser(std::optional<int64_t> deputy_id);
  // The account of the deputy handling the appeal now.
  std::optional<int64_t> HandlerUser(int64_t appeal_id);

  // List pages until the next commit (at most a second; ADR 0012): staff lists and searches are
  // read far more often than appeals change. Policy checks run before every look-up.
  cache::ReadCache<AppealPage> pages_{512, 1000};
  // Views until the next commit, per appeal and reader (ADR 0025): the same queue's appeals are
  // opened again and again. Every view still writes its audit row; only the reading is saved.
  cache::ReadCache<AppealView> views_{4096, 1000};

  db::Database& db_;
  const Clock& clock_;
  const Config& config_;
  audit::ReadRecorder& reads_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<identity::IdentityService> identity_;
  AppealRepository repo_;
};

// The key of a kept view (ADR 0025): the appeal and the reader with every role and scope.
std::string ViewCacheKey(const Actor& actor, int64_t appeal_id);

inline constexpr int kAnswerWorkingDays = 15;
inline constexpr int kMaxExport = 10000;
// New appeals become searchable within this time of filing.
inline constexpr int64_t kIndexEveryMs = 1000;
// At most this many appeals are indexed a run: in a burst of intake the index trails behind and
// catches up afterwards, instead of taking the writer from the filings.
inline constexpr int kIndexPerRun = 1000;
inline constexpr int kForwardWorkingDays = 3;
// APPK: an extension of "not more than two months", read as a ceiling on the whole term: at most
// two calendar months after the registration date (docs/appeals-deadlines.md rule 6).
inline constexpr int kMaxExtensionMonths = 2;

// For a person's own data (features/privacy, appeal_privacy.cpp) ------------------------------

// Every appeal the account filed (or staff registered for it), oldest first.
std::vector<Appeal> AppealsOfApplicant(db::Database& db, int64_t user_id);
// An appeal's status and a local date as documents print them (StatusWord, DottedDate).
std::string PrintedStatus(AppealStatus status, std::string_view language);
std::string PrintedDate(std::string_view iso_date);
// Retention (appeal_retention_repository_sql.cpp): clears the personal data of finished appeals
// registered before `registered_before` (YYYY-MM-DD): the applicant's name, IIN, contacts and
// address, the co-signers, the text and its search terms, the link to the account. The subject,
// dates, status and category stay for statistics. Returns how many appeals were anonymised.
int AnonymiseFinishedAppealsBefore(db::Database& db, const std::string& registered_before);

// Where applicants' IINs are stored, for the start-up step that checks the key and seals those
// still in clear (app/iin_protection.cpp, docs/adr/0018-iin-encryption.md).
crypto::IinColumn ApplicantIinColumn();

}  // namespace kenes::appeals
