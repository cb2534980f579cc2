// AppealService: filing (numbering, terms on the production calendar, repeats, notices) and the
// view of one appeal as its reader may see it (kept until the next commit, audited per view).
// Staff actions, feedback and categories are in appeal_actions.cpp; reads of many in
// appeal_reads.cpp.
#include "features/appeals/appeal_service.hpp"

#include <cstdio>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "features/appeals/acting_deputy.hpp"
#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_policy.hpp"
#include "features/appeals/appeal_talon.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/text/fold.hpp"
#include "platform/text/stem.hpp"

namespace kenes::appeals {
namespace {

std::string TalonNumber(int64_t maslikhat_id, int year, int seq) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%lld-%d-%05d", static_cast<long long>(maslikhat_id), year, seq);
  return buf;
}

Actor Public() { return Actor{}; }

}  // namespace

// The applicant hears of registration, forwarding, extension, an answer and being left without
// consideration: by e-mail (through the job outbox) and in their account.
void AppealService::Notify(db::Tx& tx, const Appeal& a, const std::string& event,
                           const std::string& forward_to, const std::string& explanation) {
  if (a.anonymous) return;  // nobody to tell (docs/appeals.md)
  if (!a.applicant_user_id && a.applicant_email.empty()) {
    const Notice n =
        event == "leave" ? LeaveNotice(a, explanation) : NoticeFor(a, event, forward_to);
    AddLetterTask(tx, a, n.body, clock_.NowMs());
    return;
  }
  static const std::map<std::string, std::string_view> kKindOf = {{"registered", "registered"},
                                                                  {"forward", "forwarded"},
                                                                  {"extend", "extended"},
                                                                  {"answer", "answered"},
                                                                  {"leave", "left"}};
  if (a.applicant_user_id) {
    // The ground of "left" travels as its code; the web names it in the reader's language.
    notifications::Post(tx, *a.applicant_user_id, kKindOf.at(event), a.id, a.number, clock_.NowMs(),
                        event == "leave" ? a.leave_ground : "");
  }
  if (a.applicant_email.empty()) return;
  // Only ids travel through the queue; the job reads the rest when it runs.
  nlohmann::json payload = {{"appeal_id", a.id}, {"event", event}};
  if (!forward_to.empty()) payload["forward_to"] = forward_to;
  jobs::Enqueue(tx, kNotifyJob, payload, clock_.NowMs());
}

std::optional<int64_t> AppealService::DeputyUser(std::optional<int64_t> deputy_id) {
  if (!deputy_id) return std::nullopt;
  auto d = directory_->GetDeputy(Public(), *deputy_id);
  return d.ok() ? d->deputy.user_id : std::nullopt;
}

std::optional<int64_t> AppealService::HandlerUser(int64_t appeal_id) {
  auto deputy_id = db_.Read([&](db::Tx& tx) -> std::optional<int64_t> {
    auto a = repo_.Find(tx, appeal_id);
    return a ? a->deputy_id : std::nullopt;
  });
  return DeputyUser(deputy_id);
}

Result<Appeal> AppealService::File(const Actor& actor, IntakeInput in) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const bool on_behalf = in.channel.has_value();
  std::map<std::string, std::string> f;
  // The closed sets arrive parsed (the edge names an unknown word "invalid"); the language is a
  // code the message catalogs key on, so it is checked here for callers inside the server too.
  if (!ParseLanguage(in.language)) f["language"] = "invalid";
  if (in.subject.empty()) f["subject"] = "required";
  if (text::CodePoints(in.subject) > 300) f["subject"] = "too_long";
  if (in.body.empty()) f["body"] = "required";
  if (text::CodePoints(in.body) > 20000) f["body"] = "too_long";
  if (!on_behalf && (in.anonymous || in.urgent_redirect)) f["anonymous"] = "invalid";
  // Only staff entering a paper or phone appeal say when it arrived; a citizen's is received now.
  if (!on_behalf && in.received_at_ms) f["received_at_ms"] = "invalid";
  if (in.urgent_redirect && !in.anonymous) f["urgent_redirect"] = "invalid";
  if (on_behalf && !in.anonymous && in.applicant_name.empty()) f["applicant_name"] = "required";
  if (in.applicant_iin && !IsValidIin(*in.applicant_iin)) f["applicant_iin"] = "invalid_checksum";
  if (in.cosigners.size() > kMaxCosigners) f["cosigners"] = "too_many";
  if (in.collective && in.cosigners.empty()) f["cosigners"] = "required";

  // Routing: the addressee decides the maslikhat.
  Appeal a;
  std::optional<int64_t> deputy_user;  // the addressed deputy's account, told of a new appeal
  a.addressee = in.addressee;
  if (in.addressee == Addressee::kDeputy) {
    auto d = in.deputy_id ? directory_->PublishedDeputy(*in.deputy_id) : std::nullopt;
    if (!d) {
      f["deputy_id"] = in.deputy_id ? "invalid" : "required";
    } else {
      a.deputy_id = d->id;
      a.okrug_id = d->okrug_id;
      a.maslikhat_id = d->maslikhat_id;
      deputy_user = d->user_id;
    }
  } else if (in.addressee == Addressee::kCommission) {
    auto c = in.commission_id ? directory_->GetCommission(Public(), *in.commission_id)
                              : Result<directory::CommissionView>(Error::NotFound());
    if (!c.ok()) {
      f["commission_id"] = in.commission_id ? "invalid" : "required";
    } else {
      a.commission_id = c->commission.id;
      a.maslikhat_id = c->commission.maslikhat_id;
    }
  } else {
    auto m = in.maslikhat_id ? directory_->GetMaslikhat(Public(), *in.maslikhat_id)
                             : Result<directory::MaslikhatView>(Error::NotFound());
    if (!m.ok())
      f["maslikhat_id"] = in.maslikhat_id ? "invalid" : "required";
    else
      a.maslikhat_id = m->maslikhat.id;
  }
  if (!f.empty()) return Error::InvalidFields(f);
  if (on_behalf && !in.from_reception && !AppealPolicy::MayFileOnBehalf(actor, a.maslikhat_id))
    return Error::NotFound();

  if (on_behalf) {
    a.channel = *in.channel;
    a.anonymous = in.anonymous;
    a.urgent_redirect = in.urgent_redirect;
    a.applicant_name = in.applicant_name;
    a.applicant_email = in.applicant_email;
    a.applicant_phone = in.applicant_phone;
    a.applicant_address = in.applicant_address;
    a.applicant_iin = in.applicant_iin;
    a.received_by = actor.user_id;
    if (in.from_reception) a.applicant_user_id = in.applicant_user_id;
  } else {
    auto me = identity_->Me(actor);
    if (!me.ok()) return me.error();
    a.channel = Channel::kWeb;
    a.applicant_user_id = me->id;
    a.applicant_name = me->display_name;
    a.applicant_email = me->email.value_or("");
    a.applicant_phone = me->phone.value_or("");
    a.applicant_address = in.applicant_address;
    a.applicant_iin = me->iin;
  }
  const int64_t now = clock_.NowMs();
  const int64_t received = in.received_at_ms.value_or(now);
  // A year back is far more than any paper appeal waits for registration; 0 (1970) is a typo or
  // an attempt to backdate the deadline.
  constexpr int64_t kMaxBackdateMs = 366LL * 24 * 3600 * 1000;
  if (received > now || received < now - kMaxBackdateMs)
    return Error::InvalidFields({{"received_at", "invalid"}});
  a.type = in.type;
  a.language = in.language;
  a.subject = in.subject;
  a.body = in.body;
  a.problem_address = in.problem_address;
  a.contact_preference = in.contact_preference;
  a.collective = in.collective;
  a.cosigners = std::move(in.cosigners);
  a.public_consent = in.public_consent;
  a.received_at = FormatIsoUtc(received);
  a.created_at = a.updated_at = FormatIsoUtc(now);
  // Anonymous appeals are registered but not considered, unless they report a crime or a threat.
  a.status =
      a.anonymous && !a.urgent_redirect ? AppealStatus::kNotConsidered : AppealStatus::kRegistered;

  return db_.Write([&](db::Tx& tx) -> Result<Appeal> {
    WorkingCalendar calendar = calendar::CalendarService::Around(tx, LocalDate(received));
    CivilDate registered = RegistrationDate(received, calendar);
    a.registered_on = registered.ToString();
    a.due_on = calendar.AddWorkingDays(registered, kAnswerWorkingDays).ToString();
    // An urgent report (a crime, a threat to life, health or public safety) is forwarded the day
    // it is registered, not within the ordinary 3 working days (docs/appeals-deadlines.md).
    a.forward_due_on = a.urgent_redirect
                           ? a.registered_on
                           : calendar.AddWorkingDays(registered, kForwardWorkingDays).ToString();
    a.year = registered.year;
    if (in.repeat_of) {
      auto earlier = repo_.Find(tx, *in.repeat_of);
      bool same_person =
          earlier && (on_behalf || earlier->applicant_user_id == a.applicant_user_id);
      if (!earlier || earlier->maslikhat_id != a.maslikhat_id || !same_person) {
        return Error::InvalidFields({{"repeat_of", "invalid"}});
      }
      a.repeat_of = earlier->id;
    } else if (a.applicant_user_id) {
      // Same person, same matter: the same subject, however it was capitalised or spaced.
      const std::string key = text::Fold(a.subject);
      for (const auto& [earlier_id, subject] :
           repo_.RecentSubjects(tx, a.maslikhat_id, *a.applicant_user_id, 50)) {
        if (text::Fold(subject) == key) {
          a.repeat_of = earlier_id;
          break;
        }
      }
    }
    a.seq = repo_.NextSeq(tx, a.maslikhat_id, a.year);
    a.number = TalonNumber(a.maslikhat_id, a.year, a.seq);
    // Search terms are written by the appeals.index job (IndexPending), not here: each appeal's
    // terms touch tens of random index pages, which the intake transaction should not pay for.
    a.id = repo_.Insert(tx, a);
    // The position of the official who registered it, for the talon (APPK Art. 64).
    const nlohmann::json registered_by =
        on_behalf
            ? nlohmann::json{{"received_as", AppealPolicy::RegistersAs(actor, a.maslikhat_id)}}
            : nlohmann::json::object();
    repo_.AddEvent(
        tx, {0, a.id, a.created_at, actor.user_id, EventKind::kRegister, std::nullopt, a.status,
             a.anonymous && !a.urgent_redirect ? "anonymous" : "", registered_by.dump()});
    audit::Record(tx, actor, {"appeals.registered", "appeal", a.id, "{}"}, now);
    Notify(tx, a, "registered");
    if (deputy_user && a.status == AppealStatus::kRegistered) {
      notifications::Post(tx, *deputy_user, "assigned", a.id, a.number, now);
    }
    return a;
  });
}

// The reader in a kept view's key is the account and every role it holds with its scope: what a
// view shows depends on nothing else but the database, whose every commit ends the entry.
std::string ViewCacheKey(const Actor& actor, int64_t appeal_id) {
  std::string key = std::to_string(appeal_id);
  key += '/';
  key += std::to_string(actor.user_id.value_or(0));
  for (const auto& r : actor.roles) {
    key += '/';
    key += std::to_string(static_cast<int>(r.role));
    key += ':';
    key += std::to_string(static_cast<int>(r.scope_type));
    key += ':';
    key += r.scope_id ? std::to_string(*r.scope_id) : "-";
  }
  return key;
}

Result<AppealView> AppealService::Get(const Actor& actor, int64_t id,
                                      const std::string& audit_action) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  const std::optional<uint64_t> commits = db_.CommitCount();
  std::string key;
  if (commits) {
    key = ViewCacheKey(actor, id);
    if (auto kept = views_.Find(key, *commits, now)) {
      Result<AppealView> view = std::move(*kept);
      // Every staff view of an applicant's identity is on record before it is shown (ADR 0023).
      if (AppealPolicy::AuditsView(view->access)) {
        reads_.Record(actor, {audit_action, "appeal", id, "{}"}, now);
      }
      return view;
    }
  }
  auto deputy = ActingDeputyId(actor, *directory_);
  const auto chair_of = ChairOf(deputy);
  auto view = db_.Read([&](db::Tx& tx) -> Result<AppealView> {
    auto a = repo_.Find(tx, id);
    if (!a) return Error::NotFound();
    Access access = AppealPolicy::AccessTo(actor, *a, deputy);
    if (access == Access::kNone) return Error::NotFound();
    AppealView v = ViewIn(tx, *a, access, now);
    v.may_extend =
        AppealPolicy::ExtendsAs(actor, a->maslikhat_id, chair_of == a->maslikhat_id).has_value();
    return v;
  });
  if (commits && view.ok()) views_.Put(std::move(key), *commits, now, view.value());
  // Every staff view of an applicant's identity is on record before it is shown (ADR 0023).
  if (view.ok() && AppealPolicy::AuditsView(view->access)) {
    reads_.Record(actor, {audit_action, "appeal", id, "{}"}, now);
  }
  return view;
}

std::string AppealService::RestartAnswerTerm(db::Tx& tx, Appeal& a, int64_t now) {
  const CivilDate today = LocalDate(now);
  std::string previous = a.due_on;
  a.due_on = calendar::CalendarService::Around(tx, today)
                 .AddWorkingDays(today, kAnswerWorkingDays)
                 .ToString();
  return previous;
}

AppealView AppealService::ViewIn(db::Tx& tx, const Appeal& a, Access access, int64_t now) {
  AppealView v{a, repo_.Events(tx, a.id), access, false};
  const DueHorizon horizon = DueHorizonOn(tx, now);
  v.appeal.due = DueFlagsOf(a, horizon);
  v.overdue = v.appeal.due.overdue;
  v.extensions = ExtensionsOf(tx, a.id, now);
  v.part_forwardings = repo_.PartForwardings(tx, a.id);
  return v;
}

AppealView AppealService::ViewAfterChange(db::Tx& tx, const Actor& actor, const Appeal& a,
                                          Access before, std::optional<int64_t> deputy,
                                          int64_t now) {
  // The reader's access after the change; if the change took the appeal out of their hands (a
  // forward, an assignment elsewhere), they still see what they just did, at the access they had.
  Access after = AppealPolicy::AccessTo(actor, a, deputy);
  return ViewIn(tx, a, after == Access::kNone ? before : after, now);
}

}  // namespace kenes::appeals
