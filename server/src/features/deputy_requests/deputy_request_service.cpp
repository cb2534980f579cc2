#include "features/deputy_requests/deputy_request_service.hpp"

#include <nlohmann/json.hpp>

#include "features/calendar/calendar_service.hpp"
#include "features/deputy_requests/deputy_request_policy.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/text/fold.hpp"

namespace kenes::deputy_requests {

using appeals::AppealService;
using calendar::CivilDate;
using calendar::LocalDate;
using calendar::WorkingCalendar;

Result<std::vector<ExecutiveBody>> DeputyRequestService::Bodies() {
  return db_.Read(
      [&](db::Tx& tx) -> Result<std::vector<ExecutiveBody>> { return repo_.ListBodies(tx); });
}

Result<ExecutiveBody> DeputyRequestService::CreateBody(const Actor& actor, ExecutiveBody body) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!DeputyRequestPolicy::MayCreateBody(actor, body.maslikhat_id)) return Error::Denied();
  Error e = Error::Of(ErrorCode::kInvalidArgument, "invalid body");
  if (body.name_kk.empty()) e.fields["name_kk"] = "required";
  if (body.name_ru.empty()) e.fields["name_ru"] = "required";
  if (!e.fields.empty()) return e;
  return db_.Write([&](db::Tx& tx) -> Result<ExecutiveBody> {
    body.id = repo_.InsertBody(tx, body, FormatIsoUtc(clock_.NowMs()));
    audit::Record(tx, actor, {"appeals.body_created", "executive_body", body.id, "{}"},
                  clock_.NowMs());
    return body;
  });
}

Result<DeputyRequest> DeputyRequestService::Send(const Actor& actor, int64_t appeal_id,
                                                 int64_t body_id, const std::string& text,
                                                 int due_working_days) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  Error invalid = Error::Of(ErrorCode::kInvalidArgument, "invalid deputy request");
  if (text.empty()) invalid.fields["text"] = "required";
  if (text::CodePoints(text) > 20000) invalid.fields["text"] = "too_long";
  if (due_working_days < 1 || due_working_days > 60) invalid.fields["due_working_days"] = "invalid";
  if (!invalid.fields.empty()) return invalid;
  auto deputy = appeals_->ActingDeputy(actor);
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<DeputyRequest> {
    auto appeal = AppealService::Visible(tx, actor, appeal_id, deputy);
    if (!appeal) return Error::NotFound();
    if (!DeputyRequestPolicy::MaySend(appeal->access)) return Error::Denied();
    if (!repo_.FindBody(tx, body_id)) return Error::Invalid("body_id", "invalid");
    CivilDate today = LocalDate(now);
    WorkingCalendar calendar = calendar::CalendarService::Around(tx, today);
    DeputyRequest r;
    r.appeal_id = appeal_id;
    r.maslikhat_id = appeal->maslikhat_id;
    r.body_id = body_id;
    r.author_user_id = *actor.user_id;
    r.text = text;
    r.sent_on = today.ToString();
    r.due_on = calendar.AddWorkingDays(today, due_working_days).ToString();
    r.status = RequestStatus::kSent;
    r.created_at = FormatIsoUtc(now);
    r.id = repo_.InsertRequest(tx, r);
    AppealService::RecordEvent(tx, *appeal, r.created_at, actor.user_id,
                               appeals::EventKind::kDeputyRequest,
                               {{"request_id", r.id}, {"body_id", body_id}});
    audit::Record(tx, actor, {"appeals.deputy_request_sent", "deputy_request", r.id, "{}"}, now);
    return r;
  });
}

Result<std::vector<DeputyRequest>> DeputyRequestService::List(const Actor& actor,
                                                              std::optional<int64_t> appeal_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  auto deputy = appeals_->ActingDeputy(actor);
  const auto bodies = DeputyRequestPolicy::LiaisonBodies(actor);
  return db_.Read([&](db::Tx& tx) -> Result<std::vector<DeputyRequest>> {
    std::vector<DeputyRequest> out;
    if (appeal_id) {
      auto appeal = AppealService::Visible(tx, actor, *appeal_id, deputy);
      if (!appeal || !DeputyRequestPolicy::MaySee(appeal->access)) return Error::NotFound();
      return repo_.ListRequests(tx, appeal_id, std::nullopt, std::nullopt, std::nullopt);
    }
    for (int64_t body : bodies) {
      auto part = repo_.ListRequests(tx, std::nullopt, body, std::nullopt, std::nullopt);
      out.insert(out.end(), part.begin(), part.end());
    }
    if (deputy) {
      auto part = repo_.ListRequests(tx, std::nullopt, std::nullopt, actor.user_id, std::nullopt);
      out.insert(out.end(), part.begin(), part.end());
    }
    for (int64_t maslikhat : DeputyRequestPolicy::StaffMaslikhats(actor)) {
      auto part = repo_.ListRequests(tx, std::nullopt, std::nullopt, std::nullopt, maslikhat);
      out.insert(out.end(), part.begin(), part.end());
    }
    return out;
  });
}

Result<DeputyRequest> DeputyRequestService::Answer(const Actor& actor, int64_t request_id,
                                                   const std::string& text) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (text.empty()) return Error::Invalid("text", "required");
  if (text::CodePoints(text) > 20000) return Error::Invalid("text", "too_long");
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<DeputyRequest> {
    auto r = repo_.FindRequest(tx, request_id);
    if (!r || !DeputyRequestPolicy::MayAnswer(actor, *r)) return Error::NotFound();
    if (r->status == RequestStatus::kAnswered) {
      Error e = Error::Of(ErrorCode::kConflict, "already answered");
      e.fields["status"] = "answered";
      return e;
    }
    r->status = RequestStatus::kAnswered;
    r->answer_text = text;
    r->answered_at = FormatIsoUtc(now);
    r->answered_by = actor.user_id;
    repo_.AnswerRequest(tx, *r);
    auto appeal = AppealService::Facts(tx, r->appeal_id);
    if (!appeal) return Error::NotFound();
    AppealService::RecordEvent(tx, *appeal, *r->answered_at, actor.user_id,
                               appeals::EventKind::kDeputyRequestAnswered, {{"request_id", r->id}});
    audit::Record(tx, actor, {"appeals.deputy_request_answered", "deputy_request", r->id, "{}"},
                  now);
    notifications::Post(tx, r->author_user_id, "request_answered", r->appeal_id, appeal->number,
                        now);
    return *r;
  });
}

}  // namespace kenes::deputy_requests
