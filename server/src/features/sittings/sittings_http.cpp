#include "features/sittings/sittings_http.hpp"

#include "platform/http/endpoint.hpp"
#include "platform/http/field.hpp"

namespace kenes::sittings {

using http::Json;
using http::Schema;

void Describe(Schema<AgendaInput>& s) {
  s.Add("id", &AgendaInput::id, {.lo = 1});
  s.Add("title_kk", &AgendaInput::title_kk, {.required = true, .max = kMaxTitleChars});
  s.Add("title_ru", &AgendaInput::title_ru, {.required = true, .max = kMaxTitleChars});
  s.Add("rapporteur", &AgendaInput::rapporteur, {.max = 300});
}

// The body of a new sitting (Creating: the number, day and place are required) or of a change.
template <bool Creating>
struct SittingBody {
  std::optional<int> convocation, number;
  std::optional<SittingKind> kind;
  std::optional<bool> closed;
  std::optional<std::string> held_on, starts_at, place, broadcast_url, video_url, announced_on;
  std::optional<int> elected_deputies, quorum_num, quorum_den;
  std::vector<AgendaInput> agenda;  // a change replaces the agenda when it sends a non-empty one
  std::optional<bool> quorum_more_than;
  std::optional<int64_t> commission_id;  // only when announcing

  SittingInput Input() const {
    SittingInput in{convocation,      number,     kind,          closed,       held_on,
                    starts_at,        place,      broadcast_url, video_url,    announced_on,
                    elected_deputies, quorum_num, quorum_den,    std::nullopt, quorum_more_than,
                    commission_id};
    if (Creating || !agenda.empty()) in.agenda = agenda;
    return in;
  }
};

template <bool Creating>
void DescribeSitting(Schema<SittingBody<Creating>>& s) {
  using B = SittingBody<Creating>;
  s.Add("convocation", &B::convocation, {.required = Creating, .lo = 1, .hi = 99});
  s.Add("number", &B::number, {.required = Creating, .lo = 1, .hi = 999});
  s.Enum("kind", &B::kind, ParseKind);
  s.Add("closed", &B::closed);
  s.Add("held_on", &B::held_on, {.required = Creating, .max = 10});
  s.Add("starts_at", &B::starts_at, {.required = Creating, .max = 5});
  s.Add("place", &B::place, {.required = Creating, .max = 500});
  s.Add("broadcast_url", &B::broadcast_url, {.max = 2000});
  s.Add("video_url", &B::video_url, {.max = 2000});
  s.Add("announced_on", &B::announced_on, {.max = 10});
  s.Add("elected_deputies", &B::elected_deputies, {.lo = 1, .hi = 1000});
  s.Add("quorum_num", &B::quorum_num, {.lo = 1, .hi = 100});
  s.Add("quorum_den", &B::quorum_den, {.lo = 1, .hi = 100});
  s.List("agenda", &B::agenda, {.max = kMaxAgendaItems});
  s.Add("quorum_more_than", &B::quorum_more_than);
  if constexpr (Creating) s.Add("commission_id", &B::commission_id, {.lo = 1});
}

void Describe(Schema<SittingBody<true>>& s) { DescribeSitting(s); }
void Describe(Schema<SittingBody<false>>& s) { DescribeSitting(s); }

void Describe(Schema<Stay>& s) {
  s.Add("deputy_id", &Stay::deputy_id, {.required = true, .lo = 1});
  s.Add("arrived_at_item_id", &Stay::arrived_at_item_id, {.lo = 1});
  s.Add("left_before_item_id", &Stay::left_before_item_id, {.lo = 1});
}

struct AttendanceBody {
  std::vector<int64_t> present;
  std::vector<Stay> moves;  // who arrived at or left before an agenda item
};
void Describe(Schema<AttendanceBody>& s) {
  s.Add("present", &AttendanceBody::present, {.required = false, .max = 1000});
  s.List("moves", &AttendanceBody::moves, {.max = 1000});
}

void Describe(Schema<VoteInput>& s) {
  s.Add("deputy_id", &VoteInput::deputy_id, {.required = true, .lo = 1});
  s.Enum("vote", &VoteInput::vote, ParseVote, {.required = true});
}

// A new decision (Creating: the number and titles are required) or a change to one.
template <bool Creating>
struct DecisionBody {
  http::Field<int64_t> agenda_item_id, act_id;  // null clears
  std::optional<std::string> number, title_kk, title_ru, text_kk, text_ru, adopted_on;
  std::optional<DecisionStatus> status;
  std::optional<int> votes_for, votes_against, votes_abstained;
  std::vector<VoteInput> by_name;

  DecisionInput Input() const {
    return DecisionInput{.agenda_item_id = agenda_item_id.patch(),
                         .act_id = act_id.patch(),
                         .number = number,
                         .title_kk = title_kk,
                         .title_ru = title_ru,
                         .text_kk = text_kk,
                         .text_ru = text_ru,
                         .adopted_on = adopted_on,
                         .status = status,
                         .votes_for = votes_for,
                         .votes_against = votes_against,
                         .votes_abstained = votes_abstained,
                         .by_name = by_name};
  }
};

template <bool Creating>
void DescribeDecision(Schema<DecisionBody<Creating>>& s) {
  using B = DecisionBody<Creating>;
  s.Add("agenda_item_id", &B::agenda_item_id, {.lo = 1});
  s.Add("act_id", &B::act_id, {.lo = 1});
  s.Add("number", &B::number, {.required = Creating, .max = 100});
  s.Add("title_kk", &B::title_kk, {.required = Creating, .max = kMaxTitleChars});
  s.Add("title_ru", &B::title_ru, {.required = Creating, .max = kMaxTitleChars});
  s.Add("text_kk", &B::text_kk, {.max = kMaxDecisionTextChars});
  s.Add("text_ru", &B::text_ru, {.max = kMaxDecisionTextChars});
  s.Add("adopted_on", &B::adopted_on, {.max = 10});
  s.Enum("status", &B::status, ParseDecisionStatus);
  s.Add("votes_for", &B::votes_for, {.lo = 0, .hi = 1000});
  s.Add("votes_against", &B::votes_against, {.lo = 0, .hi = 1000});
  s.Add("votes_abstained", &B::votes_abstained, {.lo = 0, .hi = 1000});
  s.List("by_name", &B::by_name, {.max = 1000});
}

void Describe(Schema<DecisionBody<true>>& s) { DescribeDecision(s); }
void Describe(Schema<DecisionBody<false>>& s) { DescribeDecision(s); }

struct DecisionsQuery {
  int64_t act = 0;
};
void Describe(Schema<DecisionsQuery>& s) {
  s.Add("act", &DecisionsQuery::act, {.required = true, .lo = 1});
}

struct SittingsQuery {
  std::optional<int64_t> maslikhat, commission;
};
void Describe(Schema<SittingsQuery>& s) {
  s.Add("maslikhat", &SittingsQuery::maslikhat, {.lo = 1});
  s.Add("commission", &SittingsQuery::commission, {.lo = 1});
}

namespace {

using http::Call;
using http::Endpoint;

Json OptId(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

Json SittingJson(const Sitting& s) {
  return Json{{"id", s.id},
              {"maslikhat_id", s.maslikhat_id},
              {"convocation", s.convocation},
              {"number", s.number},
              {"kind", KindName(s.kind)},
              {"closed", s.closed},
              {"held_on", s.held_on},
              {"starts_at", s.starts_at},
              {"place", s.place},
              {"broadcast_url", s.broadcast_url},
              {"video_url", s.video_url},
              {"announced_on", s.announced_on},
              {"elected_deputies", s.elected_deputies},
              {"quorum_num", s.quorum.num},
              {"quorum_den", s.quorum.den},
              {"quorum_more_than", s.quorum_more_than},
              {"announcement_post_id", OptId(s.announcement_post_id)},
              {"results_post_id", OptId(s.results_post_id)},
              {"commission_id", OptId(s.commission_id)},
              {"commission", s.commission_id ? Json{{"name_kk", s.commission_name_kk},
                                                    {"name_ru", s.commission_name_ru}}
                                             : Json(nullptr)}};
}

Json DetailJson(const SittingDetail& d) {
  Json j = SittingJson(d.sitting);
  Json agenda = Json::array();
  for (size_t i = 0; i < d.agenda.size(); ++i) {
    const auto& a = d.agenda[i];
    Json item = {{"id", a.id},
                 {"position", a.position},
                 {"title_kk", a.title_kk},
                 {"title_ru", a.title_ru},
                 {"rapporteur", a.rapporteur}};
    if (i < d.item_quorum.size()) {
      item["quorum"] = {{"present", d.item_quorum[i].present},
                        {"needed", d.quorum_needed},
                        {"quorate", d.item_quorum[i].quorate}};
    }
    agenda.push_back(std::move(item));
  }
  Json attendance = Json::array();
  for (const auto& a : d.attendance) {
    attendance.push_back({{"deputy_id", a.deputy_id},
                          {"name_kk", a.name_kk},
                          {"name_ru", a.name_ru},
                          {"present", a.present},
                          {"arrived_at_item_id", OptId(a.arrived_at_item_id)},
                          {"left_before_item_id", OptId(a.left_before_item_id)}});
  }
  Json decisions = Json::array();
  for (const auto& x : d.decisions) {
    Json by_name = Json::array();
    for (const auto& v : x.by_name)
      by_name.push_back({{"deputy_id", v.deputy_id}, {"vote", VoteName(v.vote)}});
    decisions.push_back({{"id", x.id},
                         {"agenda_item_id", OptId(x.agenda_item_id)},
                         {"number", x.number},
                         {"adopted_on", x.adopted_on},
                         {"title_kk", x.title_kk},
                         {"title_ru", x.title_ru},
                         {"text_kk", x.text_kk},
                         {"text_ru", x.text_ru},
                         {"status", DecisionStatusName(x.status)},
                         {"votes_for", x.votes_for},
                         {"votes_against", x.votes_against},
                         {"votes_abstained", x.votes_abstained},
                         {"by_name", by_name},
                         {"act_id", OptId(x.act_id)},
                         {"act", x.act_id ? Json{{"number", x.act_number},
                                                 {"title_kk", x.act_title_kk},
                                                 {"title_ru", x.act_title_ru}}
                                          : Json(nullptr)}});
  }
  j["agenda"] = agenda;
  j["attendance"] = attendance;
  j["quorum"] = {{"present", d.present},
                 {"elected", d.sitting.elected_deputies},
                 {"needed", d.quorum_needed},
                 {"quorate", d.quorate}};
  j["decisions"] = decisions;
  return j;
}

}  // namespace

void RegisterSittingRoutes(http::Routes& routes, const std::shared_ptr<SittingsService>& svc) {
  routes.Add(Endpoint<SittingsQuery, std::vector<Sitting>>{
      .method = "GET",
      .path = "/api/v1/public/sittings",
      .access = http::Access::kPublic,
      .handle = [svc](const Call&,
                      const SittingsQuery& q) { return svc->List(q.maslikhat, q.commission); },
      .to_json =
          [](const std::vector<Sitting>& list) {
            Json items = Json::array();
            for (const auto& s : list) items.push_back(SittingJson(s));
            return Json{{"items", items}};
          }});
  routes.Add(Endpoint<DecisionsQuery, std::vector<DecisionOfAct>>{
      .method = "GET",
      .path = "/api/v1/public/sitting-decisions",
      .access = http::Access::kPublic,
      .handle = [svc](const Call&, const DecisionsQuery& q) { return svc->DecisionsOfAct(q.act); },
      .to_json =
          [](const std::vector<DecisionOfAct>& list) {
            Json items = Json::array();
            for (const auto& x : list) {
              items.push_back({{"id", x.decision.id},
                               {"sitting_id", x.decision.sitting_id},
                               {"number", x.decision.number},
                               {"adopted_on", x.decision.adopted_on},
                               {"title_kk", x.decision.title_kk},
                               {"title_ru", x.decision.title_ru},
                               {"status", DecisionStatusName(x.decision.status)},
                               {"convocation", x.convocation},
                               {"sitting_number", x.sitting_number},
                               {"held_on", x.held_on}});
            }
            return Json{{"items", items}};
          }});
  routes.Add(Endpoint<http::NoBody, SittingDetail>{
      .method = "GET",
      .path = "/api/v1/public/sittings/{id}",
      .access = http::Access::kPublic,
      .handle = [svc](const Call& c) { return svc->Get(c.Id()); },
      .to_json = DetailJson});
  routes.Add(Endpoint<SittingBody<true>, SittingDetail>{
      .method = "POST",
      .path = "/api/v1/maslikhats/{id}/sittings",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [svc](
                    const Call& c,
                    const SittingBody<true>& b) { return svc->Create(c.actor, c.Id(), b.Input()); },
      .to_json = DetailJson});
  routes.Add(Endpoint<SittingBody<false>, SittingDetail>{
      .method = "PATCH",
      .path = "/api/v1/sittings/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const SittingBody<false>& b) {
            return svc->Update(c.actor, c.Id(), b.Input());
          },
      .to_json = DetailJson});
  routes.Add(Endpoint<AttendanceBody, SittingDetail>{
      .method = "PUT",
      .path = "/api/v1/sittings/{id}/attendance",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const AttendanceBody& b) {
            return svc->SetAttendance(c.actor, c.Id(), b.present, b.moves);
          },
      .to_json = DetailJson});
  routes.Add(Endpoint<DecisionBody<true>, SittingDetail>{
      .method = "POST",
      .path = "/api/v1/sittings/{id}/decisions",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle =
          [svc](const Call& c, const DecisionBody<true>& b) {
            return svc->AddDecision(c.actor, c.Id(), b.Input());
          },
      .to_json = DetailJson});
  routes.Add(Endpoint<DecisionBody<false>, SittingDetail>{
      .method = "PATCH",
      .path = "/api/v1/sittings/{id}/decisions/{decision_id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const DecisionBody<false>& b) {
            return svc->UpdateDecision(c.actor, c.Id(), c.Id("decision_id"), b.Input());
          },
      .to_json = DetailJson});
}

}  // namespace kenes::sittings
