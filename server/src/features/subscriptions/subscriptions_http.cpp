#include "features/subscriptions/subscriptions_http.hpp"

#include <algorithm>

#include "platform/http/endpoint.hpp"

namespace kenes::subscriptions {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;

struct LangQuery {
  std::string lang = "ru";
};
void Describe(http::Schema<LangQuery>& s) { s.Add("lang", &LangQuery::lang, {.max = 2}); }

struct NewFollow {
  std::optional<TargetKind> target_kind;
  std::optional<int64_t> target_id;
  std::optional<std::string> tag;
  std::optional<Delivery> delivery;
  std::string lang = "ru";
};
void Describe(http::Schema<NewFollow>& s) {
  s.Enum("target_kind", &NewFollow::target_kind, &ParseTargetKind, {.required = true});
  s.Add("target_id", &NewFollow::target_id, {.lo = 1});
  s.Add("tag", &NewFollow::tag, {.max = kMaxTagChars * 4});
  s.Enum("delivery", &NewFollow::delivery, &ParseDelivery, {.required = true});
  s.Add("lang", &NewFollow::lang, {.max = 2});
  s.Check([](http::FieldSource& src, const NewFollow& f) {
    if (f.target_kind == TargetKind::kTag && !f.tag) src.Fail("tag", "required");
    if (f.target_kind && f.target_kind != TargetKind::kTag && !f.target_id) {
      src.Fail("target_id", "required");
    }
  });
}

struct FollowChange {
  std::optional<Delivery> delivery;
  std::string lang = "ru";
};
void Describe(http::Schema<FollowChange>& s) {
  s.Enum("delivery", &FollowChange::delivery, &ParseDelivery, {.required = true});
  s.Add("lang", &FollowChange::lang, {.max = 2});
}

struct TokenQuery {
  std::string token;
};
void Describe(http::Schema<TokenQuery>& s) {
  s.Add("token", &TokenQuery::token, {.required = true, .max = kMaxTokenChars});
}

Json TargetJson(const Target& t) {
  return Json{{"kind", TargetKindName(t.kind)},
              {"id", t.id ? Json(*t.id) : Json(nullptr)},
              {"tag", t.kind == TargetKind::kTag ? Json(t.tag) : Json(nullptr)}};
}

Json SubscriptionJson(const Subscription& s) {
  return Json{{"id", s.id},
              {"target", TargetJson(s.target)},
              {"name", s.name},
              {"delivery", DeliveryName(s.delivery)},
              {"created_at", s.created_at}};
}

Json LinkJson(const LinkView& v) {
  return Json{{"scope", v.scope.subscription_id ? "subscription" : DeliveryName(*v.scope.digest)},
              {"subscription", v.subscription ? SubscriptionJson(*v.subscription) : Json(nullptr)},
              {"language", v.language},
              {"mail_stopped", v.mail_stopped}};
}

// A person who opens the mail's List-Unsubscribe address in a browser sees the web's page.
bool WantsPage(const http::Request& req) {
  auto accept = req.Header("accept");
  return accept && accept->find("text/html") != std::string::npos &&
         accept->find("application/json") == std::string::npos;
}

// Only a token's letters go into the Location header.
bool TokenShaped(const std::string& token) {
  return std::all_of(token.begin(), token.end(), [](char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || ch == '.';
  });
}

}  // namespace

void RegisterSubscriptionRoutes(http::Routes& routes,
                                const std::shared_ptr<SubscriptionService>& svc) {
  routes.Add(Endpoint<LangQuery, std::vector<Subscription>>{
      .method = "GET",
      .path = "/api/v1/me/subscriptions",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c, const LangQuery& q) { return svc->List(c.actor, q.lang); },
      .to_json =
          [](const std::vector<Subscription>& list) {
            Json items = Json::array();
            for (const auto& s : list) items.push_back(SubscriptionJson(s));
            return Json{{"items", items}, {"limit", kMaxPerPerson}};
          }});

  routes.Add(Endpoint<NewFollow, Subscription>{
      .method = "POST",
      .path = "/api/v1/me/subscriptions",
      .access = http::Access::kSignedIn,
      .status = 201,
      .handle =
          [svc](const Call& c, NewFollow f) {
            Target t{.kind = *f.target_kind, .id = f.target_id, .tag = f.tag.value_or("")};
            return svc->Follow(c.actor, std::move(t), *f.delivery, f.lang);
          },
      .to_json = SubscriptionJson});

  routes.Add(Endpoint<FollowChange, Subscription>{.method = "PATCH",
                                                  .path = "/api/v1/me/subscriptions/{id}",
                                                  .access = http::Access::kSignedIn,
                                                  .handle =
                                                      [svc](const Call& c, FollowChange ch) {
                                                        return svc->Change(c.actor, c.Id(),
                                                                           *ch.delivery, ch.lang);
                                                      },
                                                  .to_json = SubscriptionJson});

  routes.Add(Endpoint<http::NoBody, Unit>{
      .method = "DELETE",
      .path = "/api/v1/me/subscriptions/{id}",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->Unfollow(c.actor, c.Id()); }});

  // The unsubscribe link's page asks what the link stops; no session needed.
  routes.Add(Endpoint<TokenQuery, http::Response>{
      .method = "GET",
      .path = "/api/v1/unsubscribe",
      .handle = [svc](const Call& c, const TokenQuery& q) -> Result<http::Response> {
        if (WantsPage(c.req) && TokenShaped(q.token)) {
          http::Response res;
          res.status = 303;
          res.SetHeader("Location", "/unsubscribe?token=" + q.token);
          return res;
        }
        auto v = svc->Unsubscribe(q.token, false);
        if (!v.ok()) return v.error();
        return http::JsonResponse(200, LinkJson(*v));
      }});

  // The click, from the page or straight from a mail client (RFC 8058: "List-Unsubscribe=One-Click"
  // posted as a form, without cookies): the token in the URL is the whole authority.
  routes.Add(Endpoint<http::NoBody, LinkView>{.method = "POST",
                                              .path = "/api/v1/unsubscribe",
                                              .handle = [svc](const Call& c) -> Result<LinkView> {
                                                auto q = http::DecodeFields<TokenQuery>(
                                                    http::FieldSource::Query(c.req.query));
                                                if (!q.ok()) return q.error();
                                                return svc->Unsubscribe(q->token, true);
                                              },
                                              .to_json = LinkJson,
                                              .csrf = http::Csrf::kSignedLink});
}

}  // namespace kenes::subscriptions
