// The signed-in person: who they are, their profile, their second factor.

#include "features/identity/identity_http.hpp"
#include "features/identity/identity_json.hpp"
#include "platform/http/endpoint.hpp"

namespace kenes::identity {
namespace {

using http::Call;
using http::Endpoint;
using http::Json;
using http::NoBody;

struct Profile {
  std::optional<std::string> display_name;
  std::optional<std::string> language;
};

void Describe(http::Schema<Profile>& s) {
  s.Add("display_name", &Profile::display_name, {.min = 1, .max = 200});
  s.Add("language", &Profile::language, {.min = 2, .max = 2});
}

struct TotpCode {
  std::string code;
};

void Describe(http::Schema<TotpCode>& s) {
  s.Add("code", &TotpCode::code, {.required = true, .min = 1, .max = 16});
}

struct ConsentVersion {
  std::string version;
};

void Describe(http::Schema<ConsentVersion>& s) {
  s.Add("version", &ConsentVersion::version, {.required = true, .min = 1, .max = 64});
}

// A guest, or a visitor whose account went away under a live session, is nullopt.
using SessionUser = std::optional<User>;

Json SessionJson(const SessionUser& u) { return {{"user", u ? MeJson(*u) : Json(nullptr)}}; }

Json TotpSetupJson(const TotpSetup& t) {
  return {{"secret", t.secret}, {"otpauth_uri", t.otpauth_uri}};
}

}  // namespace

void RegisterAccountRoutes(http::Routes& routes, const std::shared_ptr<IdentityService>& svc) {
  routes.Add(Endpoint<NoBody, User>{.method = "GET",
                                    .path = "/api/v1/me",
                                    .access = http::Access::kSignedIn,
                                    .runs = http::Runs::kIoThread,  // the session cache's user
                                    .handle = [svc](const Call& c) { return svc->Me(c.actor); },
                                    .to_json = MeJson});

  // Public: a page asks who is signed in before it knows, so a guest is an answer, not a 401.
  routes.Add(Endpoint<NoBody, SessionUser>{.method = "GET",
                                           .path = "/api/v1/auth/session",
                                           .handle = [svc](const Call& c) -> Result<SessionUser> {
                                             if (!c.actor.IsAuthenticated()) return SessionUser();
                                             auto r = svc->Me(c.actor);
                                             if (r.ok()) return SessionUser(std::move(*r));
                                             if (r.error().code == ErrorCode::kUnauthenticated)
                                               return SessionUser();
                                             return r.take_error();
                                           },
                                           .to_json = SessionJson});

  routes.Add(Endpoint<Profile, User>{.method = "PATCH",
                                     .path = "/api/v1/me",
                                     .access = http::Access::kSignedIn,
                                     .handle =
                                         [svc](const Call& c, const Profile& p) {
                                           return svc->UpdateMe(c.actor, p.display_name,
                                                                p.language);
                                         },
                                     .to_json = MeJson});

  routes.Add(Endpoint<ConsentVersion, User>{
      .method = "POST",
      .path = "/api/v1/me/consent",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const ConsentVersion& in) { return svc->AcceptConsent(c.actor, in.version); },
      .to_json = MeJson});

  routes.Add(Endpoint<NoBody, User>{
      .method = "POST",
      .path = "/api/v1/me/consent/withdraw",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->WithdrawConsent(c.actor); },
      .to_json = MeJson});

  routes.Add(Endpoint<NoBody, TotpSetup>{
      .method = "POST",
      .path = "/api/v1/me/totp/setup",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c) { return svc->SetupTotp(c.actor); },
      .to_json = TotpSetupJson});

  routes.Add(Endpoint<TotpCode, User>{
      .method = "POST",
      .path = "/api/v1/me/totp/enable",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const TotpCode& in) { return svc->EnableTotp(c.actor, in.code); },
      .to_json = MeJson});

  routes.Add(Endpoint<TotpCode, User>{
      .method = "POST",
      .path = "/api/v1/me/totp/disable",
      .access = http::Access::kSignedIn,
      .handle = [svc](const Call& c,
                      const TotpCode& in) { return svc->DisableTotp(c.actor, in.code); },
      .to_json = MeJson});
}

}  // namespace kenes::identity
