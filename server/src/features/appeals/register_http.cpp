#include "features/appeals/register_http.hpp"

#include "platform/http/endpoint.hpp"

namespace kenes::appeals {

using http::Json;
using http::Schema;

struct RegisterQuery {
  RegisterState state = RegisterState::kDraft;
  std::optional<int64_t> cursor, limit;
};
void Describe(Schema<RegisterQuery>& s) {
  s.Enum("state", &RegisterQuery::state, ParseRegisterState);
  s.Add("cursor", &RegisterQuery::cursor, {.lo = 0});
  s.Add("limit", &RegisterQuery::limit, {.lo = 0});
}

struct RegisterEditBody {
  std::optional<std::string> subject, answer_text;
};
void Describe(Schema<RegisterEditBody>& s) {
  s.Add("subject", &RegisterEditBody::subject, {.max = kMaxRegisterSubject});
  s.Add("answer_text", &RegisterEditBody::answer_text, {.max = kMaxRegisterAnswer});
}

namespace {

using http::Call;
using http::Endpoint;
using http::NoBody;

Json Opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

// For the maslikhat's staff: the masked copy as it is or will be published, never the original.
Json EntryJson(const RegisterEntry& e) {
  return Json{{"appeal_id", e.appeal_id},
              {"maslikhat_id", e.maslikhat_id},
              {"number", e.number},
              {"type", e.type},
              {"category", e.category},
              {"registered_on", e.registered_on},
              {"state", RegisterStateName(e.state)},
              {"subject", e.subject},
              {"answer_text", e.answer_text},
              {"reviewed_at", Opt(e.reviewed_at)}};
}

}  // namespace

void RegisterRegisterRoutes(http::Routes& routes, const std::shared_ptr<RegisterService>& svc) {
  routes.Add(Endpoint<RegisterQuery, RegisterPage>{
      .method = "GET",
      .path = "/api/v1/maslikhats/{id}/register-entries",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const RegisterQuery& q) {
            return svc->Queue(c.actor, c.Id(), q.state, q.cursor.value_or(0),
                              static_cast<int>(q.limit.value_or(20)));
          },
      .to_json =
          [](const RegisterPage& page) {
            Json items = Json::array();
            for (const auto& e : page.items) items.push_back(EntryJson(e));
            return Json{{"items", items},
                        {"next_cursor",
                         page.next_after ? Json(std::to_string(*page.next_after)) : Json(nullptr)}};
          }});
  routes.Add(Endpoint<RegisterEditBody, RegisterEntry>{
      .method = "PATCH",
      .path = "/api/v1/register-entries/{id}",
      .access = http::Access::kSignedIn,
      .handle =
          [svc](const Call& c, const RegisterEditBody& b) {
            return svc->Edit(c.actor, c.Id(), RegisterEdit{b.subject, b.answer_text});
          },
      .to_json = EntryJson});
  routes.Add(Endpoint<NoBody, RegisterEntry>{
      .method = "POST",
      .path = "/api/v1/register-entries/{id}/approve",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Approve(c.actor, c.Id()); },
      .to_json = EntryJson});
  routes.Add(Endpoint<NoBody, RegisterEntry>{
      .method = "POST",
      .path = "/api/v1/register-entries/{id}/withdraw",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Withdraw(c.actor, c.Id()); },
      .to_json = EntryJson});
}

}  // namespace kenes::appeals
