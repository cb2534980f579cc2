// Sign-up, sign-in and out, one-time codes, the CSRF token. Public routes: every answer about a
// login is the service's, which answers a known and an unknown one alike and throttles both.

#include "features/identity/identity_http.hpp"
#include "features/identity/identity_json.hpp"
#include "platform/http/csrf.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::identity {

void Describe(http::Schema<LoginInput>& s) {
  s.Add("login", &LoginInput::login, {.required = true, .min = 1, .max = 254});
  s.Add("password", &LoginInput::password, {.required = true, .max = 10000});
  s.Add("totp_code", &LoginInput::totp_code, {.max = 16});
}

namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;
using http::Response;

constexpr const char* kSessionCookie = "kenes_session";
constexpr const char* kCsrfCookie = "kenes_csrf";

struct Consent {
  bool accepted = false;
  std::string version;
};

void Describe(http::Schema<Consent>& s) {
  s.Add("accepted", &Consent::accepted, {.required = true});
  s.Add("version", &Consent::version, {.required = true, .min = 1, .max = 64});
  s.Check([](http::FieldSource& src, const Consent& c) {
    if (!c.accepted) src.Fail("accepted", "required");
  });
}

// The nested object, with its problems named "consent.version".
Result<Consent> ReadConsent(const Json& object) {
  return http::DecodeFields<Consent>(http::FieldSource::Object(object, "consent."));
}

struct Registration {
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string password;
  std::string display_name;
  std::string language;
  std::optional<std::string> iin;
  std::optional<Json> consent;
};

bool IsObject(const Json& v) { return v.is_object(); }

void Describe(http::Schema<Registration>& s) {
  s.Add("email", &Registration::email, {.min = 3, .max = 254});
  s.Add("phone", &Registration::phone, {.min = 5, .max = 32});
  s.Add("password", &Registration::password, {.required = true, .max = 10000});
  s.Add("display_name", &Registration::display_name, {.required = true, .min = 1, .max = 200});
  s.Add("language", &Registration::language, {.required = true, .min = 2, .max = 2});
  s.Add("iin", &Registration::iin, {.max = 32});
  s.Json("consent", &Registration::consent, IsObject, {.required = true});
  // Read here so that the consent's problems come in the same 422 as the rest.
  s.Check([](http::FieldSource& src, const Registration& r) {
    if (!r.consent) return;
    auto consent = ReadConsent(*r.consent);
    if (consent.ok()) return;
    for (const auto& [key, reason] : consent.error().fields) src.Fail(key, reason);
  });
}

struct LoginCode {
  std::string login;
  std::string code;
};

void Describe(http::Schema<LoginCode>& s) {
  s.Add("login", &LoginCode::login, {.required = true, .min = 1, .max = 254});
  s.Add("code", &LoginCode::code, {.required = true, .min = 1, .max = 16});
}

struct LoginOnly {
  std::string login;
};

void Describe(http::Schema<LoginOnly>& s) {
  s.Add("login", &LoginOnly::login, {.required = true, .min = 1, .max = 254});
}

struct NewPassword {
  std::string login;
  std::string code;
  std::string new_password;
};

void Describe(http::Schema<NewPassword>& s) {
  s.Add("login", &NewPassword::login, {.required = true, .min = 1, .max = 254});
  s.Add("code", &NewPassword::code, {.required = true, .min = 1, .max = 16});
  s.Add("new_password", &NewPassword::new_password, {.required = true, .max = 10000});
}

struct UnlockToken {
  std::string token;
};

void Describe(http::Schema<UnlockToken>& s) {
  s.Add("token", &UnlockToken::token, {.required = true, .min = 1, .max = 128});
}

// The answer of a use case that returns nothing but answers with a fixed body.
Result<Json> Answer(Status done, Json body) {
  if (!done.ok()) return done.take_error();
  return body;
}

Json AsIs(const Json& body) { return body; }

std::string SessionCookie(const Config& config, const std::string& value, int64_t max_age_s) {
  std::string c = std::string(kSessionCookie) + "=" + value +
                  "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age_s);
  if (config.http.behind_tls) c += "; Secure";
  return c;
}

}  // namespace

void RegisterAuthRoutes(http::Routes& routes, const std::shared_ptr<IdentityService>& svc,
                        const Config& config) {
  routes.Add(Endpoint<NoBody, Response>{
      .method = "GET",
      .path = "/api/v1/csrf",
      .handle = [&config](const Call& c) -> Result<Response> {
        // The token is bound to the session cookie the browser holds now (platform/http/csrf).
        auto session = c.req.Cookie(kSessionCookie);
        auto existing = c.req.Cookie(kCsrfCookie);
        std::string token = existing && http::CsrfTokenFits(*existing, session)
                                ? *existing
                                : http::IssueCsrfToken(session);
        Response res = http::JsonResponse(200, {{"csrf_token", token}});
        res.SetHeader("Set-Cookie", http::CsrfCookie(token, config.http.behind_tls));
        return res;
      }});

  routes.Add(Endpoint<Registration, Registered>{
      .method = "POST",
      .path = "/api/v1/auth/register",
      .status = 201,
      .handle =
          [svc](const Call& c, Registration r) {
            RegisterInput in{.email = std::move(r.email),
                             .phone = std::move(r.phone),
                             .password = std::move(r.password),
                             .display_name = std::move(r.display_name),
                             .language = std::move(r.language),
                             .consent_version = ReadConsent(*r.consent)->version,
                             .iin = std::move(r.iin)};
            return svc->Register(in, c.actor);
          },
      .to_json =
          [](const Registered& r) {
            return Json{{"login", r.login}, {"verification", r.channel}};
          }});

  routes.Add(Endpoint<LoginCode, Json>{
      .method = "POST",
      .path = "/api/v1/auth/verify",
      .handle =
          [svc](const Call& c, const LoginCode& in) {
            return Answer(svc->Verify(in.login, in.code, c.actor), {{"verified", true}});
          },
      .to_json = AsIs});

  routes.Add(Endpoint<LoginOnly, Json>{.method = "POST",
                                       .path = "/api/v1/auth/resend",
                                       .status = 202,
                                       .handle =
                                           [svc](const Call& c, const LoginOnly& in) {
                                             return Answer(svc->Resend(in.login, c.actor),
                                                           Json::object());
                                           },
                                       .to_json = AsIs});

  routes.Add(Endpoint<LoginInput, Response>{
      .method = "POST",
      .path = "/api/v1/auth/login",
      .handle = [svc, &config](const Call& c, const LoginInput& in) -> Result<Response> {
        auto r = svc->Login(in, c.actor);
        if (!r.ok()) return r.take_error();
        Response res = http::JsonResponse(200, MeJson(r->user));
        res.SetHeader("Set-Cookie",
                      SessionCookie(config, r->session_token,
                                    int64_t{config.security.session_absolute_hours} * 3600));
        // A new session needs a CSRF token bound to it.
        res.AddHeader("Set-Cookie", http::CsrfCookie(http::IssueCsrfToken(r->session_token),
                                                     config.http.behind_tls));
        return res;
      }});

  routes.Add(Endpoint<NoBody, Response>{
      .method = "POST",
      .path = "/api/v1/auth/logout",
      .handle = [svc, &config](const Call& c) -> Result<Response> {
        if (auto s = svc->Logout(c.actor); !s.ok()) return s.take_error();
        Response res = http::NoContent();
        res.SetHeader("Set-Cookie", SessionCookie(config, "", 0));
        res.AddHeader("Set-Cookie",
                      http::CsrfCookie(http::IssueCsrfToken(std::nullopt), config.http.behind_tls));
        return res;
      }});

  routes.Add(Endpoint<LoginOnly, Json>{.method = "POST",
                                       .path = "/api/v1/auth/password-reset",
                                       .status = 202,
                                       .handle =
                                           [svc](const Call& c, const LoginOnly& in) {
                                             return Answer(svc->RequestReset(in.login, c.actor),
                                                           Json::object());
                                           },
                                       .to_json = AsIs});

  routes.Add(Endpoint<NewPassword, Unit>{.method = "POST",
                                         .path = "/api/v1/auth/password-reset/confirm",
                                         .handle = [svc](const Call& c, const NewPassword& in) {
                                           return svc->ConfirmReset(in.login, in.code,
                                                                    in.new_password, c.actor);
                                         }});

  routes.Add(Endpoint<UnlockToken, Unit>{.method = "POST",
                                         .path = "/api/v1/auth/unlock",
                                         .handle = [svc](const Call& c, const UnlockToken& in) {
                                           return svc->Unlock(in.token, c.actor);
                                         }});
}

}  // namespace kenes::identity
