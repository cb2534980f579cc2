#include "features/identity/identity_http.hpp"

#include "features/identity/identity_policy.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/http/csrf.hpp"

namespace kenes::identity {
namespace {

using http::BodyReader;
using http::ErrorResponse;
using http::Fail;
using http::Json;
using http::JsonResponse;
using http::Request;
using http::Response;

constexpr const char* kSessionCookie = "kenes_session";
constexpr const char* kCsrfCookie = "kenes_csrf";

Json RoleJson(const RoleGrant& g) {
  return {{"id", g.id},
          {"role", g.role},
          {"scope_type", g.scope_type},
          {"scope_id", g.scope_id ? Json(*g.scope_id) : Json(nullptr)},
          {"granted_at", g.granted_at}};
}

Json OptJson(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json UserJson(const User& u) {
  Json roles = Json::array();
  for (const auto& r : u.roles) roles.push_back(RoleJson(r));
  return {{"id", u.id},
          {"display_name", u.display_name},
          {"email", OptJson(u.email)},
          {"phone", OptJson(u.phone)},
          {"verified", u.verified()},
          {"roles", roles},
          {"created_at", u.created_at}};
}

std::string SessionCookie(const Config& config, const std::string& value, int64_t max_age_s) {
  std::string c = std::string(kSessionCookie) + "=" + value +
                  "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age_s);
  if (config.http.behind_tls) c += "; Secure";
  return c;
}

// Parses the body or answers 422; `read` pulls the fields.
template <class F>
Response WithBody(const Request& req, F&& read) {
  auto body = BodyReader::Parse(req);
  if (!body.ok()) return ErrorResponse(body.error(), req.request_id);
  return read(body.value());
}

Response Fail(const Status& s, const Request& req) {
  return ErrorResponse(s.error(), req.request_id);
}

}  // namespace

Json MeJson(const User& u) {
  Json roles = Json::array();
  for (const auto& r : u.roles) roles.push_back(RoleJson(r));
  return {{"id", u.id},
          {"email", OptJson(u.email)},
          {"phone", OptJson(u.phone)},
          {"display_name", u.display_name},
          {"language", u.language},
          {"verified", u.verified()},
          {"iin_masked", u.iin ? Json(MaskIin(*u.iin)) : Json(nullptr)},
          {"roles", roles},
          {"totp_enabled", u.totp_enabled},
          {"is_staff", IdentityPolicy::IsStaff(u.roles)}};
}

void RegisterIdentityRoutes(http::Routes& routes, std::shared_ptr<IdentityService> svc,
                            const Config& config) {
  routes.Add("GET", "/api/v1/csrf", [&config](const Request& req, const Actor&) {
    // The token is bound to the session cookie the browser holds now (see platform/http/csrf).
    auto session = req.Cookie(kSessionCookie);
    auto existing = req.Cookie(kCsrfCookie);
    std::string token = existing && http::CsrfTokenFits(*existing, session)
                            ? *existing
                            : http::IssueCsrfToken(session);
    Response res = JsonResponse(200, {{"csrf_token", token}});
    res.SetHeader("Set-Cookie", http::CsrfCookie(token, config.http.behind_tls));
    return res;
  });

  routes.Add("POST", "/api/v1/auth/register", [svc](const Request& req, const Actor& actor) {
    return WithBody(req, [&](BodyReader& b) {
      RegisterInput in;
      in.email = b.Str("email", false, 3, 254);
      in.phone = b.Str("phone", false, 5, 32);
      in.password = b.Str("password", true, 0, 10000).value_or("");
      in.display_name = b.Str("display_name", true, 1, 200).value_or("");
      in.language = b.Str("language", true, 2, 2).value_or("");
      in.iin = b.Str("iin", false, 0, 32);
      if (auto consent = b.Object("consent", true)) {
        auto accepted = consent->Bool("accepted", true);
        in.consent_version = consent->Str("version", true, 1, 64).value_or("");
        if (accepted && !*accepted) consent->Fail("accepted", "required");
        b.Absorb(consent->Done());
      }
      if (auto s = b.Done(); !s.ok()) return Fail(s, req);
      auto r = svc->Register(in, actor);
      if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
      return JsonResponse(201, {{"login", r->login}, {"verification", r->channel}});
    });
  });

  routes.Add("POST", "/api/v1/auth/verify", [svc](const Request& req, const Actor& actor) {
    return WithBody(req, [&](BodyReader& b) {
      auto login = b.Str("login", true, 1, 254);
      auto code = b.Str("code", true, 1, 16);
      if (auto s = b.Done(); !s.ok()) return Fail(s, req);
      if (auto s = svc->Verify(*login, *code, actor); !s.ok()) return Fail(s, req);
      return JsonResponse(200, {{"verified", true}});
    });
  });

  routes.Add("POST", "/api/v1/auth/resend", [svc](const Request& req, const Actor& actor) {
    return WithBody(req, [&](BodyReader& b) {
      auto login = b.Str("login", true, 1, 254);
      if (auto s = b.Done(); !s.ok()) return Fail(s, req);
      if (auto s = svc->Resend(*login, actor); !s.ok()) return Fail(s, req);
      return JsonResponse(202, Json::object());
    });
  });

  routes.Add("POST", "/api/v1/auth/login", [svc, &config](const Request& req, const Actor& actor) {
    return WithBody(req, [&](BodyReader& b) {
      LoginInput in;
      in.login = b.Str("login", true, 1, 254).value_or("");
      in.password = b.Str("password", true, 0, 10000).value_or("");
      in.totp_code = b.Str("totp_code", false, 0, 16);
      if (auto s = b.Done(); !s.ok()) return Fail(s, req);
      auto r = svc->Login(in, actor);
      if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
      Response res = JsonResponse(200, MeJson(r->user));
      res.SetHeader("Set-Cookie",
                    SessionCookie(config, r->session_token,
                                  int64_t{config.security.session_absolute_hours} * 3600));
      // A new session needs a CSRF token bound to it.
      res.AddHeader("Set-Cookie", http::CsrfCookie(http::IssueCsrfToken(r->session_token),
                                                   config.http.behind_tls));
      return res;
    });
  });

  routes.Add("POST", "/api/v1/auth/logout", [svc, &config](const Request& req, const Actor& actor) {
    if (auto s = svc->Logout(actor); !s.ok()) return Fail(s, req);
    Response res = http::NoContent();
    res.SetHeader("Set-Cookie", SessionCookie(config, "", 0));
    res.AddHeader("Set-Cookie",
                  http::CsrfCookie(http::IssueCsrfToken(std::nullopt), config.http.behind_tls));
    return res;
  });

  routes.Add("POST", "/api/v1/auth/password-reset", [svc](const Request& req, const Actor& actor) {
    return WithBody(req, [&](BodyReader& b) {
      auto login = b.Str("login", true, 1, 254);
      if (auto s = b.Done(); !s.ok()) return Fail(s, req);
      if (auto s = svc->RequestReset(*login, actor); !s.ok()) return Fail(s, req);
      return JsonResponse(202, Json::object());
    });
  });

  routes.Add("POST", "/api/v1/auth/password-reset/confirm",
             [svc](const Request& req, const Actor& actor) {
               return WithBody(req, [&](BodyReader& b) {
                 auto login = b.Str("login", true, 1, 254);
                 auto code = b.Str("code", true, 1, 16);
                 auto password = b.Str("new_password", true, 0, 10000);
                 if (auto s = b.Done(); !s.ok()) return Fail(s, req);
                 if (auto s = svc->ConfirmReset(*login, *code, *password, actor); !s.ok()) {
                   return Fail(s, req);
                 }
                 return http::NoContent();
               });
             });

  routes.Add("POST", "/api/v1/auth/unlock", [svc](const Request& req, const Actor& actor) {
    return WithBody(req, [&](BodyReader& b) {
      auto token = b.Str("token", true, 1, 128);
      if (auto s = b.Done(); !s.ok()) return Fail(s, req);
      if (auto s = svc->Unlock(*token, actor); !s.ok()) return Fail(s, req);
      return http::NoContent();
    });
  });

  routes.Add(
      "GET", "/api/v1/me",
      [svc](const Request& req, const Actor& actor) {
        auto r = svc->Me(actor);
        if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
        return JsonResponse(200, MeJson(*r));
      },
      http::Access::kSignedIn);

  // Public: a page asks who is signed in before it knows, so a guest is an answer, not a 401.
  routes.Add("GET", "/api/v1/auth/session", [svc](const Request& req, const Actor& actor) {
    if (!actor.IsAuthenticated()) return JsonResponse(200, {{"user", nullptr}});
    auto r = svc->Me(actor);
    if (!r.ok()) {
      // The account went away under a live session: that visitor is a guest now.
      if (r.error().code == ErrorCode::kUnauthenticated) {
        return JsonResponse(200, {{"user", nullptr}});
      }
      return ErrorResponse(r.error(), req.request_id);
    }
    return JsonResponse(200, {{"user", MeJson(*r)}});
  });

  routes.Add(
      "PATCH", "/api/v1/me",
      [svc](const Request& req, const Actor& actor) {
        return WithBody(req, [&](BodyReader& b) {
          auto name = b.Str("display_name", false, 1, 200);
          auto language = b.Str("language", false, 2, 2);
          if (auto s = b.Done(); !s.ok()) return Fail(s, req);
          auto r = svc->UpdateMe(actor, name, language);
          if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
          return JsonResponse(200, MeJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/me/totp/setup",
      [svc](const Request& req, const Actor& actor) {
        auto r = svc->SetupTotp(actor);
        if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
        return JsonResponse(200, {{"secret", r->secret}, {"otpauth_uri", r->otpauth_uri}});
      },
      http::Access::kSignedIn);

  for (std::string action : {"enable", "disable"}) {
    routes.Add(
        "POST", "/api/v1/me/totp/" + action,
        [svc, action](const Request& req, const Actor& actor) {
          return WithBody(req, [&](BodyReader& b) {
            auto code = b.Str("code", true, 1, 16);
            if (auto s = b.Done(); !s.ok()) return Fail(s, req);
            auto r =
                action == "enable" ? svc->EnableTotp(actor, *code) : svc->DisableTotp(actor, *code);
            if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
            return JsonResponse(200, MeJson(*r));
          });
        },
        http::Access::kSignedIn);
  }

  routes.Add(
      "GET", "/api/v1/users",
      [svc](const Request& req, const Actor& actor) {
        int limit = 50;
        int64_t after = 0;
        try {
          if (auto l = req.Query("limit")) limit = std::stoi(*l);
          if (auto c = req.Query("cursor")) after = std::stoll(*c);
        } catch (const std::exception&) {
          return ErrorResponse(Error::Invalid("limit", "invalid"), req.request_id);
        }
        auto r = svc->ListUsers(actor, req.Query("q").value_or(""), after, limit);
        if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
        Json items = Json::array();
        for (const auto& u : r->items) items.push_back(UserJson(u));
        return JsonResponse(
            200, {{"items", items},
                  {"next_cursor",
                   r->next_after ? Json(std::to_string(*r->next_after)) : Json(nullptr)}});
      },
      http::Access::kSignedIn);

  routes.Add(
      "POST", "/api/v1/users/{id}/roles",
      [svc](const Request& req, const Actor& actor) {
        int64_t user_id = 0;
        try {
          user_id = std::stoll(req.Param("id"));
        } catch (const std::exception&) {
          return ErrorResponse(Error::NotFound(), req.request_id);
        }
        return WithBody(req, [&](BodyReader& b) {
          RoleGrant g;
          g.role = b.Str("role", true, 1, 64).value_or("");
          g.scope_type = b.Str("scope_type", true, 1, 64).value_or("");
          g.scope_id = b.Int("scope_id", false);
          if (auto s = b.Done(); !s.ok()) return Fail(s, req);
          auto r = svc->GrantRole(actor, user_id, g);
          if (!r.ok()) return ErrorResponse(r.error(), req.request_id);
          return JsonResponse(201, RoleJson(*r));
        });
      },
      http::Access::kSignedIn);

  routes.Add(
      "DELETE", "/api/v1/users/{id}/roles/{grant_id}",
      [svc](const Request& req, const Actor& actor) {
        int64_t user_id = 0, grant_id = 0;
        try {
          user_id = std::stoll(req.Param("id"));
          grant_id = std::stoll(req.Param("grant_id"));
        } catch (const std::exception&) {
          return ErrorResponse(Error::NotFound(), req.request_id);
        }
        if (auto s = svc->RevokeRole(actor, user_id, grant_id); !s.ok()) return Fail(s, req);
        return http::NoContent();
      },
      http::Access::kSignedIn);
}

}  // namespace kenes::identity
