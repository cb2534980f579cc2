// AppealService's changes after filing: a staff action through the state machine (assign, start,
// forward, extend, answer, close, reopen, leave, part forwarding, the urgent mark) with its
// notices, the applicant's feedback on the answer, and the category staff file it under.
#include <set>

#include <nlohmann/json.hpp>

#include "features/appeals/acting_deputy.hpp"
#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::appeals {
namespace {

Actor Public() { return Actor{}; }

}  // namespace

Result<AppealView> AppealService::Act(const Actor& actor, int64_t id, const TransitionInput& in) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  using A = AppealAction;
  auto deputy = ActingDeputyId(actor, *directory_);
  // Assignment targets are checked against the directory before the write transaction.
  std::optional<int64_t> target_maslikhat;
  std::optional<int64_t> told_user;  // the deputy told of an assignment or a reopening
  if (in.action == A::kAssign && in.deputy_id) {
    auto d = directory_->GetDeputy(Public(), *in.deputy_id);
    if (!d.ok()) return Error::InvalidFields({{"deputy_id", "invalid"}});
    target_maslikhat = d->deputy.maslikhat_id;
    told_user = d->deputy.user_id;
  } else if (in.action == A::kAssign && in.commission_id) {
    auto c = directory_->GetCommission(Public(), *in.commission_id);
    if (!c.ok()) return Error::InvalidFields({{"commission_id", "invalid"}});
    target_maslikhat = c->commission.maslikhat_id;
  } else if (in.action == A::kReopen) {
    told_user = HandlerUser(id);
  }
  // Who extends, as the decision records them: read before the write transaction.
  const auto chair_of = ChairOf(deputy);
  const bool records_decider =
      in.action == A::kExtend || in.action == A::kMarkUrgent || in.action == A::kUnmarkUrgent;
  const std::string decider = records_decider ? DeciderName(actor, deputy) : std::string();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<AppealView> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    Access access = AppealPolicy::AccessTo(actor, *a, deputy);
    if (access == Access::kNone) return Error::NotFound();
    // Extending is for the chair, the deputy chair and the head of the apparatus alone.
    const auto extends_as =
        AppealPolicy::ExtendsAs(actor, a->maslikhat_id, chair_of == a->maslikhat_id);
    if (in.action == A::kExtend ? !extends_as : !AppealPolicy::MayAct(access, in.action)) {
      return Error::Denied();
    }
    auto next = Transition(a->status, in.action);
    if (!next) {
      Error e = Error::Of(ErrorCode::kConflict,
                          "transition not allowed from " + std::string(StatusName(a->status)));
      e.fields["action"] = "not_allowed";
      return e;
    }
    std::map<std::string, std::string> f;
    nlohmann::json details = nlohmann::json::object();
    const AppealStatus from = a->status;
    Extension extension;
    PartForwarding part;
    if (in.action == A::kAssign) {
      if (target_maslikhat && *target_maslikhat != a->maslikhat_id) {
        f[in.deputy_id ? "deputy_id" : "commission_id"] = "invalid";
      }
      a->deputy_id = in.deputy_id;
      a->commission_id = in.commission_id;
      a->addressee = in.deputy_id       ? Addressee::kDeputy
                     : in.commission_id ? Addressee::kCommission
                                        : Addressee::kMaslikhat;
      details = {{"addressee", AddresseeName(a->addressee)}};
    } else if (in.action == A::kForward) {
      if (!in.forward_to || in.forward_to->empty())
        f["forward_to"] = "required";
      else
        details = {{"forward_to", *in.forward_to}};
    } else if (in.action == A::kForwardPart) {
      // A part goes to the competent body; the rest stays with its status and answer term.
      auto blank = [](const std::optional<std::string>& s) {
        return !s || s->find_first_not_of(" \t\r\n") == std::string::npos;
      };
      if (blank(in.forward_to)) f["forward_to"] = "required";
      if (blank(in.part)) f["part"] = "required";
      if (blank(in.reason)) f["reason"] = "required";
      if (f.empty()) {
        part.appeal_id = id;
        part.forward_to = *in.forward_to;
        part.part = *in.part;
        part.reason = in.reason;
        part.decided_by = actor.user_id.value_or(0);
        part.forwarded_on = LocalDate(now).ToString();
        part.forwarded_at = FormatIsoUtc(now);
        part.forward_due_on = ForwardTermOf(tx, *a);
        details = {{"forward_to", part.forward_to},
                   {"part", part.part},
                   {"forward_due_on", part.forward_due_on},
                   {"late", part.Late()}};
      }
    } else if (in.action == A::kMarkUrgent || in.action == A::kUnmarkUrgent) {
      // A crime or a threat found in an appeal after registration: forwarded the same day.
      const bool mark = in.action == A::kMarkUrgent;
      if (in.reason.find_first_not_of(" \t\r\n") == std::string::npos) f["reason"] = "required";
      if (a->urgent_redirect == mark) {
        Error e = Error::Of(ErrorCode::kConflict, mark ? "already urgent" : "not urgent");
        e.fields["action"] = "not_allowed";
        return e;
      }
      if (f.empty()) {
        const std::string previous = a->forward_due_on;
        a->urgent_redirect = mark;
        if (mark) {
          // The day of the decision (the next working day when it falls on a day off).
          const CivilDate today = LocalDate(now);
          a->forward_due_on =
              RegistrationDate(now, calendar::CalendarService::Around(tx, today)).ToString();
        } else {
          Appeal ordinary = *a;
          ordinary.forward_due_on.clear();
          a->forward_due_on = ForwardTermOf(tx, ordinary);
        }
        details = {{"urgent", mark},
                   {"previous_forward_due_on", previous},
                   {"forward_due_on", a->forward_due_on},
                   {"decided_by_name", decider}};
      }
    } else if (in.action == A::kExtend) {
      auto until = in.extend_until ? CivilDate::Parse(*in.extend_until) : std::nullopt;
      auto registered = CivilDate::Parse(a->registered_on);
      if (!until) {
        f["extend_until"] = in.extend_until ? "invalid" : "required";
      } else if (until->ToString() <= a->due_on ||
                 *until > registered->AddMonths(kMaxExtensionMonths)) {
        f["extend_until"] = "invalid";
      } else if (!calendar::CalendarService::Around(tx, *registered).IsWorkingDay(*until)) {
        // A term cannot end on a day the maslikhat does not work.
        f["extend_until"] = "not_working_day";
      } else {
        extension.appeal_id = id;
        extension.decided_by = actor.user_id.value_or(0);
        extension.decided_by_name = decider;
        extension.decided_as = std::string(RoleName(*extends_as));
        extension.reason = in.reason;
        extension.decided_on = LocalDate(now).ToString();
        extension.decided_at = FormatIsoUtc(now);
        extension.previous_due_on = a->due_on;
        extension.new_due_on = until->ToString();
        details = {{"previous_due_on", a->due_on},
                   {"new_due_on", extension.new_due_on},
                   {"decided_by_name", decider},
                   {"decided_as", extension.decided_as},
                   {"decided_on", extension.decided_on}};
        a->due_on = until->ToString();
      }
      if (in.reason.empty() || in.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        f["reason"] = "required";
      }
    } else if (in.action == A::kAnswer) {
      if (!in.answer_text || in.answer_text->empty())
        f["answer_text"] = "required";
      else if (text::CodePoints(*in.answer_text) > 20000)
        f["answer_text"] = "too_long";
      if (!in.outcome) f["outcome"] = "required";
      a->answer_text = in.answer_text;
      a->outcome = in.outcome;
      a->answered_at = FormatIsoUtc(now);
    } else if (in.action == A::kLeave || in.action == A::kReopen) {
      if (in.reason.empty()) f["reason"] = "required";
      if (in.action == A::kLeave) {
        // The law's ground, from the list; the reason explains it in the applicant's words.
        if (!in.ground) {
          f["ground"] = "required";
        } else {
          a->leave_ground = std::string(LeaveGroundName(*in.ground));
          details = {{"ground", a->leave_ground}};
        }
      }
      if (in.action == A::kReopen && f.empty()) {
        details = {{"previous_due_on", RestartAnswerTerm(tx, *a, now)}};
      }
    }
    if (!f.empty()) return Error::InvalidFields(f);
    a->status = *next;
    a->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *a);
    const std::string action(ActionName(in.action));
    repo_.AddEvent(tx, {0, id, a->updated_at, actor.user_id, EventKindOf(in.action), from, *next,
                        in.reason, details.dump()});
    audit::Record(tx, actor, {"appeals." + action, "appeal", id, "{}"}, now);
    if (in.action == A::kExtend) {
      RecordExtension(tx, *a, extension, now);
    } else if (in.action == A::kForwardPart) {
      RecordPartForwarding(tx, *a, part, now);
    } else if (in.action == A::kMarkUrgent || in.action == A::kUnmarkUrgent) {
      repo_.SetUrgent(tx, id, a->urgent_redirect, a->forward_due_on);
    } else if (in.action == A::kForward || in.action == A::kAnswer || in.action == A::kLeave) {
      Notify(tx, *a, action, in.action == A::kForward ? in.forward_to.value_or("") : "",
             in.action == A::kLeave ? in.reason : "");
    }
    if (told_user && told_user != actor.user_id &&
        (in.action == A::kAssign || in.action == A::kReopen)) {
      notifications::Post(tx, *told_user, in.action == A::kAssign ? "assigned" : "reopened", id,
                          a->number, now);
    }
    if (in.action == A::kAnswer && (!a->applicant_email.empty() || a->applicant_user_id)) {
      // Asked at once with the answer, and again after some days if the person has not said.
      const int64_t later = now + int64_t{config_.appeals.feedback_ask_days} * 24 * 3600 * 1000;
      jobs::Enqueue(tx, kNotifyJob, {{"appeal_id", id}, {"event", "feedback_ask"}}, now, later);
    }
    AppealView v = ViewAfterChange(tx, actor, *a, access, deputy, now);
    v.may_extend = extends_as.has_value();
    return v;
  });
}

Result<AppealView> AppealService::Feedback(const Actor& actor, int64_t id, bool solved,
                                           const std::string& comment) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!solved && comment.empty()) return Error::InvalidFields({{"comment", "required"}});
  const std::optional<int64_t> handler = solved ? std::nullopt : HandlerUser(id);
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<AppealView> {
    auto a = repo_.Find(tx, id);
    if (!a || !AppealPolicy::MayGiveFeedback(actor, *a)) return Error::NotFound();
    if (a->status != AppealStatus::kAnswered && a->status != AppealStatus::kClosed) {
      Error e = Error::Of(ErrorCode::kConflict, "no answer to rate yet");
      e.fields["status"] = "not_answered";
      return e;
    }
    a->feedback_solved = solved;
    a->feedback_comment = comment;
    a->updated_at = FormatIsoUtc(now);
    const AppealStatus from = a->status;
    nlohmann::json details = {{"solved", solved}};
    // "Not solved" is a complaint about the answer: the appeal goes back to work, on a new term.
    if (!solved) {
      a->status = AppealStatus::kReopened;
      details["previous_due_on"] = RestartAnswerTerm(tx, *a, now);
    }
    repo_.Update(tx, *a);
    repo_.AddEvent(tx, {0, id, a->updated_at, actor.user_id,
                        solved ? EventKind::kFeedback : EventKind::kReopen, from, a->status,
                        comment, details.dump()});
    audit::Record(tx, actor, {"appeals.feedback", "appeal", id, "{}"}, now);
    if (handler && !solved) notifications::Post(tx, *handler, "reopened", id, a->number, now);
    return ViewIn(tx, *a, Access::kApplicant, now);
  });
}

Result<AppealView> AppealService::Categorize(const Actor& actor, int64_t id,
                                             const std::string& category) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<AppealView> {
    auto a = repo_.Find(tx, id);
    if (!a || !AppealPolicy::MayCategorize(actor, *a)) return Error::NotFound();
    if (!category.empty() && !catalog::CatalogService::IsCategory(tx, category)) {
      return Error::InvalidFields({{"category", "invalid"}});
    }
    std::string previous = a->category;
    a->category = category;
    a->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *a);
    repo_.AddEvent(
        tx, {0, id, a->updated_at, actor.user_id, EventKind::kCategorize, a->status, a->status, "",
             nlohmann::json{{"from", previous}, {"to", category}}.dump()});
    audit::Record(tx, actor, {"appeals.categorize", "appeal", id, "{}"}, now);
    // Only the maslikhat's staff categorize (MayCategorize), and categorizing moves no one's
    // access. (A chair known only from the directory sees the button again on the next read.)
    AppealView v = ViewIn(tx, *a, Access::kStaff, now);
    v.may_extend = AppealPolicy::ExtendsAs(actor, a->maslikhat_id, false).has_value();
    return v;
  });
}

Result<std::map<int64_t, std::string>> AppealService::CategoriesOf(
    const std::vector<int64_t>& appeal_ids) {
  return db_.Read([&](db::Tx& tx) -> Result<std::map<int64_t, std::string>> {
    std::map<int64_t, std::string> out;
    for (const int64_t id : appeal_ids) {
      if (out.count(id)) continue;
      if (auto a = repo_.Find(tx, id)) out.emplace(id, a->category);
    }
    return out;
  });
}

}  // namespace kenes::appeals
