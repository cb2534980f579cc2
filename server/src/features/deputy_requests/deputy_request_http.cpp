#include "features/deputy_requests/deputy_request_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::deputy_requests {

// Found by argument-dependent lookup from the edge, so beside ExecutiveBody, not in the anonymous
// namespace.
void Describe(http::Schema<ExecutiveBody>& s) {
  s.Add("maslikhat_id", &ExecutiveBody::maslikhat_id);
  s.Add("name_kk", &ExecutiveBody::name_kk, {.required = true, .min = 1, .max = 300});
  s.Add("name_ru", &ExecutiveBody::name_ru, {.required = true, .min = 1, .max = 300});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;

struct NewRequest {
  int64_t body_id = 0;
  std::string text;
  int due_working_days = kDefaultRequestWorkingDays;
};

void Describe(http::Schema<NewRequest>& s) {
  s.Add("body_id", &NewRequest::body_id, {.required = true});
  s.Add("text", &NewRequest::text, {.required = true, .min = 1, .max = 20000});
  s.Add("due_working_days", &NewRequest::due_working_days);
}

struct AnswerRequest {
  std::string text;
};

void Describe(http::Schema<AnswerRequest>& s) {
  s.Add("text", &AnswerRequest::text, {.required = true, .min = 1, .max = 20000});
}

struct RequestsQuery {
  std::optional<int64_t> appeal_id;
};

void Describe(http::Schema<RequestsQuery>& s) {
  s.Add("appeal_id", &RequestsQuery::appeal_id, {.lo = 0});
}

template <class T>
Json Nullable(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json RequestJson(const DeputyRequest& r) {
  return {{"id", r.id},
          {"appeal_id", r.appeal_id},
          {"maslikhat_id", r.maslikhat_id},
          {"body_id", r.body_id},
          {"text", r.text},
          {"sent_on", r.sent_on},
          {"due_on", r.due_on},
          {"status", StatusName(r.status)},
          {"answer_text", Nullable(r.answer_text)},
          {"answered_at", Nullable(r.answered_at)}};
}

Json BodyJson(const ExecutiveBody& b) {
  return Json{{"id", b.id},
              {"maslikhat_id", Nullable(b.maslikhat_id)},
              {"name_kk", b.name_kk},
              {"name_ru", b.name_ru}};
}

Json BodiesJson(const std::vector<ExecutiveBody>& list) {
  Json items = Json::array();
  for (const auto& b : list) items.push_back(BodyJson(b));
  return Json{{"items", items}};
}

Json RequestsJson(const std::vector<DeputyRequest>& list) {
  Json items = Json::array();
  for (const auto& d : list) items.push_back(RequestJson(d));
  return Json{{"items", items}};
}

}  // namespace

void RegisterDeputyRequestRoutes(http::Routes& routes,
                                 const std::shared_ptr<DeputyRequestService>& requests) {
  routes.Add(Endpoint<NoBody, std::vector<ExecutiveBody>>{
      .method = "GET",
      .path = "/api/v1/executive-bodies",
      .handle = [requests](const Call&) { return requests->Bodies(); },
      .to_json = BodiesJson});

  routes.Add(Endpoint<ExecutiveBody, ExecutiveBody>{
      .method = "POST",
      .path = "/api/v1/executive-bodies",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle = [requests](const Call& c,
                           ExecutiveBody b) { return requests->CreateBody(c.actor, std::move(b)); },
      .to_json = BodyJson});

  routes.Add(Endpoint<NewRequest, DeputyRequest>{
      .method = "POST",
      .path = "/api/v1/appeals/{id}/deputy-requests",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle =
          [requests](const Call& c, const NewRequest& in) {
            return requests->Send(c.actor, c.Id(), in.body_id, in.text, in.due_working_days);
          },
      .to_json = RequestJson});

  routes.Add(Endpoint<RequestsQuery, std::vector<DeputyRequest>>{
      .method = "GET",
      .path = "/api/v1/deputy-requests",
      .access = http::Access::kSignedIn,
      .handle = [requests](const Call& c,
                           const RequestsQuery& q) { return requests->List(c.actor, q.appeal_id); },
      .to_json = RequestsJson});

  routes.Add(Endpoint<AnswerRequest, DeputyRequest>{
      .method = "POST",
      .path = "/api/v1/deputy-requests/{id}/answer",
      .access = http::Access::kSignedIn,
      .handle = [requests](
                    const Call& c,
                    const AnswerRequest& in) { return requests->Answer(c.actor, c.Id(), in.text); },
      .to_json = RequestJson});
}

}  // namespace kenes::deputy_requests
