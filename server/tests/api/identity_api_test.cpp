// Identity through HTTP: register, verify, login, sessions, CSRF, throttling, TOTP, roles.
#include <regex>
#include <vector>

#include <gtest/gtest.h>

#include "platform/crypto/totp.hpp"
#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

using nlohmann::json;

class IdentityApi : public ::testing::Test {
 protected:
  json Registration(const std::string& email, const std::string& password = "correct-horse-1") {
    return {{"email", email},
            {"password", password},
            {"display_name", "Айгерім Тестова"},
            {"language", "kk"},
            {"consent", {{"accepted", true}, {"version", app_.config().security.consent_version}}}};
  }
  TestApp app_;
};

TEST_F(IdentityApi, RegisterVerifyLoginAndSeeMyAccount) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto reg = c.Post("/api/v1/auth/register", Registration("Aigerim@Example.kz"));
  ASSERT_EQ(reg.status, 201) << reg.body;
  EXPECT_EQ(reg.json()["login"], "aigerim@example.kz");
  EXPECT_EQ(reg.json()["verification"], "email");

  // Unverified accounts cannot sign in yet.
  auto early = c.Post("/api/v1/auth/login",
                      {{"login", "aigerim@example.kz"}, {"password", "correct-horse-1"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.field("login"), "not_verified");

  std::string code = app_.LastCodeFor("aigerim@example.kz");
  ASSERT_EQ(code.size(), 6u);
  auto mail = app_.mailer().Sent().back();
  EXPECT_NE(mail.subject.find("растау"), std::string::npos);  // Kazakh, the chosen language

  auto ver = c.Post("/api/v1/auth/verify", {{"login", "aigerim@example.kz"}, {"code", code}});
  ASSERT_EQ(ver.status, 200) << ver.body;

  auto login = c.Post("/api/v1/auth/login",
                      {{"login", "AIGERIM@example.kz"}, {"password", "correct-horse-1"}});
  ASSERT_EQ(login.status, 200) << login.body;
  bool httponly = false;
  for (const auto& sc : login.set_cookies) {
    if (sc.rfind("kenes_session=", 0) == 0) {
      httponly =
          sc.find("HttpOnly") != std::string::npos && sc.find("SameSite=Lax") != std::string::npos;
    }
  }
  EXPECT_TRUE(httponly);

  auto me = c.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["display_name"], "Айгерім Тестова");
  EXPECT_EQ(me.json()["verified"], true);
  EXPECT_EQ(me.json()["is_staff"], false);

  auto out = c.Post("/api/v1/auth/logout", json::object());
  EXPECT_EQ(out.status, 204);
  EXPECT_EQ(c.Get("/api/v1/me").status, 401);
}

// Pages ask who is signed in on every load: a guest is an answer (user null), never a 401.
TEST_F(IdentityApi, SessionNamesTheSignedInAccountOrNull) {
  auto c = app_.NewClient();
  auto guest = c.Get("/api/v1/auth/session");
  ASSERT_EQ(guest.status, 200) << guest.body;
  EXPECT_TRUE(guest.json()["user"].is_null());

  c.PrimeCsrf();
  ASSERT_EQ(c.Post("/api/v1/auth/register", Registration("session@example.kz")).status, 201);
  std::string code = app_.LastCodeFor("session@example.kz");
  ASSERT_EQ(c.Post("/api/v1/auth/verify", {{"login", "session@example.kz"}, {"code", code}}).status,
            200);
  ASSERT_EQ(c.Post("/api/v1/auth/login",
                   {{"login", "session@example.kz"}, {"password", "correct-horse-1"}})
                .status,
            200);
  auto signed_in = c.Get("/api/v1/auth/session");
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  auto me = c.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(signed_in.json()["user"], me.json());  // the same account JSON, field for field
  EXPECT_EQ(signed_in.json()["user"]["email"], "session@example.kz");

  ASSERT_EQ(c.Post("/api/v1/auth/logout", json::object()).status, 204);
  auto after = c.Get("/api/v1/auth/session");
  ASSERT_EQ(after.status, 200) << after.body;
  EXPECT_TRUE(after.json()["user"].is_null());
  EXPECT_EQ(c.Get("/api/v1/me").status, 401);  // /me keeps its contract
}

TEST_F(IdentityApi, RegistrationErrorsNameEveryBadField) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto r = c.Post("/api/v1/auth/register",
                  {{"email", "not-an-email"},
                   {"password", "short"},
                   {"display_name", "X"},
                   {"language", "de"},
                   {"iin", "900101300018"},
                   {"consent", {{"accepted", true}, {"version", "1999-01-01"}}}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(r.error_code(), "invalid_argument");
  EXPECT_EQ(r.field("email"), "invalid_format");
  EXPECT_EQ(r.field("password"), "too_short");
  EXPECT_EQ(r.field("language"), "invalid");
  EXPECT_EQ(r.field("iin"), "invalid_checksum");
  EXPECT_EQ(r.field("consent.version"), "invalid");
  EXPECT_TRUE(app_.mailer().Sent().empty());
}

TEST_F(IdentityApi, ConsentMustBeGivenAndUnknownFieldsAreRejected) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto body = Registration("a@example.kz");
  body["consent"]["accepted"] = false;
  body["is_admin"] = true;
  auto r = c.Post("/api/v1/auth/register", body);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(r.field("consent.accepted"), "required");
  EXPECT_EQ(r.field("is_admin"), "unknown_field");
}

TEST_F(IdentityApi, WrongTypesInvalidJsonAndInvalidUtf8AreRejected) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto body = Registration("b@example.kz");
  body["password"] = 12345678901;
  EXPECT_EQ(c.Post("/api/v1/auth/register", body).field("password"), "wrong_type");
  auto bad_json =
      c.Send("POST", "/api/v1/auth/login", "{\"login\":", {{"Content-Type", "application/json"}});
  EXPECT_EQ(bad_json.status, 422);
  EXPECT_EQ(bad_json.field("body"), "invalid_json");
  auto bad_utf8 =
      c.Send("POST", "/api/v1/auth/login", "{\"login\":\"\xC3\x28\",\"password\":\"x\"}",
             {{"Content-Type", "application/json"}});
  EXPECT_EQ(bad_utf8.status, 422);
  EXPECT_EQ(bad_utf8.field("body"), "invalid_utf8");
  auto not_json = c.Send("POST", "/api/v1/auth/login", "login=x", {{"Content-Type", "text/plain"}});
  EXPECT_EQ(not_json.status, 422);
}

TEST_F(IdentityApi, RegisteringAKnownEmailAnswersLikeANewOneAndTellsTheOwner) {
  // The owner registered in Russian; the second attempt comes from someone else, in Kazakh.
  json owner = Registration("dup@example.kz");
  owner["language"] = "ru";
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto first = c.Post("/api/v1/auth/register", owner);
  ASSERT_EQ(first.status, 201) << first.body;
  app_.RunJobs();
  const size_t mails_before = app_.mailer().Sent().size();

  auto other = app_.NewClient();
  other.PrimeCsrf();
  auto again = other.Post("/api/v1/auth/register", Registration("DUP@example.kz", "other-horse-2"));
  auto fresh = other.Post("/api/v1/auth/register", Registration("fresh@example.kz"));
  // Same status and the same body for a known and an unknown address: nothing tells them apart.
  EXPECT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.status, fresh.status);
  EXPECT_EQ(again.json(), (json{{"login", "dup@example.kz"}, {"verification", "email"}}));
  EXPECT_EQ(fresh.json(), (json{{"login", "fresh@example.kz"}, {"verification", "email"}}));

  app_.RunJobs();
  std::vector<mail::Message> to_owner;
  for (size_t i = mails_before; i < app_.mailer().Sent().size(); ++i) {
    if (app_.mailer().Sent()[i].to == "dup@example.kz") to_owner.push_back(app_.mailer().Sent()[i]);
  }
  ASSERT_EQ(to_owner.size(), 1u);
  EXPECT_EQ(to_owner[0].subject, "Kenes: попытка регистрации с вашим адресом");
  EXPECT_NE(to_owner[0].body.find("/password-reset"), std::string::npos);
  EXPECT_FALSE(std::regex_search(to_owner[0].body, std::regex("\\b\\d{6}\\b")));  // no code

  // No second account: the owner's password still signs in, the intruder's does not.
  auto owner_login = app_.NewClient();
  owner_login.PrimeCsrf();
  ASSERT_EQ(c.Post("/api/v1/auth/verify",
                   {{"login", "dup@example.kz"}, {"code", app_.LastCodeFor("dup@example.kz")}})
                .status,
            200);
  EXPECT_EQ(owner_login
                .Post("/api/v1/auth/login",
                      {{"login", "dup@example.kz"}, {"password", "correct-horse-1"}})
                .status,
            200);
  EXPECT_NE(
      owner_login
          .Post("/api/v1/auth/login", {{"login", "dup@example.kz"}, {"password", "other-horse-2"}})
          .status,
      200);
}

TEST_F(IdentityApi, UnsafeMethodsNeedTheCsrfToken) {
  auto c = app_.NewClient();
  auto r = c.Post("/api/v1/auth/register", Registration("csrf@example.kz"));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.field("csrf"), "invalid");
  c.PrimeCsrf();
  auto wrong =
      c.Send("POST", "/api/v1/auth/register", Registration("csrf@example.kz").dump(),
             {{"Content-Type", "application/json"}, {"X-CSRF-Token", std::string(64, 'a')}}, false);
  EXPECT_EQ(wrong.status, 403);
  EXPECT_TRUE(app_.mailer().Sent().empty());
}

TEST_F(IdentityApi, WrongVerificationCodesRunOut) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  ASSERT_EQ(c.Post("/api/v1/auth/register", Registration("codes@example.kz")).status, 201);
  std::string code = app_.LastCodeFor("codes@example.kz");
  std::string wrong = code == "000000" ? "111111" : "000000";
  for (int i = 0; i < 5; ++i) {
    auto r = c.Post("/api/v1/auth/verify", {{"login", "codes@example.kz"}, {"code", wrong}});
    EXPECT_EQ(r.field("code"), "invalid");
  }
  auto locked = c.Post("/api/v1/auth/verify", {{"login", "codes@example.kz"}, {"code", code}});
  EXPECT_EQ(locked.status, 429);
  // A fresh code does not renew the account's guesses (issue 8, finding 10)...
  ASSERT_EQ(c.Post("/api/v1/auth/resend", {{"login", "codes@example.kz"}}).status, 202);
  auto still = c.Post("/api/v1/auth/verify", {{"login", "codes@example.kz"},
                                              {"code", app_.LastCodeFor("codes@example.kz")}});
  EXPECT_EQ(still.status, 429);
  // ... the next window does.
  app_.clock().Advance(16 * 60 * 1000);
  ASSERT_EQ(c.Post("/api/v1/auth/resend", {{"login", "codes@example.kz"}}).status, 202);
  auto ok = c.Post("/api/v1/auth/verify",
                   {{"login", "codes@example.kz"}, {"code", app_.LastCodeFor("codes@example.kz")}});
  EXPECT_EQ(ok.status, 200);
}

TEST_F(IdentityApi, ExpiredCodeIsRefused) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  ASSERT_EQ(c.Post("/api/v1/auth/register", Registration("late@example.kz")).status, 201);
  std::string code = app_.LastCodeFor("late@example.kz");
  app_.clock().Advance(16 * 60 * 1000);
  auto r = c.Post("/api/v1/auth/verify", {{"login", "late@example.kz"}, {"code", code}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.field("code"), "expired");
}

TEST_F(IdentityApi, LoginIsThrottledPerAccountWithRetryAfter) {
  Client owner = app_.SignedIn("victim@example.kz");
  auto c = app_.NewClient();
  c.PrimeCsrf();
  for (int i = 0; i < 5; ++i) {
    auto r = c.Post("/api/v1/auth/login",
                    {{"login", "victim@example.kz"}, {"password", "wrong-password-x"}});
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.error_code(), "unauthenticated");
  }
  auto blocked = c.Post("/api/v1/auth/login",
                        {{"login", "victim@example.kz"}, {"password", "correct-horse-1"}});
  EXPECT_EQ(blocked.status, 429);
  EXPECT_EQ(blocked.error_code(), "resource_exhausted");
  EXPECT_GT(std::stoi(blocked.headers["retry-after"]), 0);
  app_.clock().Advance(16 * 60 * 1000);
  auto later = c.Post("/api/v1/auth/login",
                      {{"login", "victim@example.kz"}, {"password", "correct-horse-1"}});
  EXPECT_EQ(later.status, 200);
}

TEST_F(IdentityApi, SessionsExpireWhenIdle) {
  Client c = app_.SignedIn("idle@example.kz");
  EXPECT_EQ(c.Get("/api/v1/me").status, 200);
  app_.clock().Advance(int64_t{app_.config().security.session_idle_minutes + 1} * 60 * 1000);
  auto r = c.Get("/api/v1/me");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.error_code(), "unauthenticated");
}

TEST_F(IdentityApi, LoginRotatesTheSession) {
  Client c = app_.SignedIn("rotate@example.kz");
  auto first = *c.Cookie("kenes_session");
  ASSERT_EQ(c.Post("/api/v1/auth/login",
                   {{"login", "rotate@example.kz"}, {"password", "correct-horse-1"}})
                .status,
            200);
  EXPECT_NE(*c.Cookie("kenes_session"), first);
  Client stale = app_.NewClient();
  stale.SetCookie("kenes_session",
                  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  EXPECT_EQ(stale.Get("/api/v1/me").status, 401);
}

TEST_F(IdentityApi, PasswordResetChangesThePasswordAndSignsOut) {
  Client c = app_.SignedIn("reset@example.kz");
  auto other = app_.NewClient();
  other.PrimeCsrf();
  ASSERT_EQ(other.Post("/api/v1/auth/password-reset", {{"login", "reset@example.kz"}}).status, 202);
  // Unknown logins get the same answer.
  EXPECT_EQ(other.Post("/api/v1/auth/password-reset", {{"login", "nobody@example.kz"}}).status,
            202);
  std::string code = app_.LastCodeFor("reset@example.kz");
  auto weak =
      other.Post("/api/v1/auth/password-reset/confirm",
                 {{"login", "reset@example.kz"}, {"code", code}, {"new_password", "short"}});
  EXPECT_EQ(weak.field("new_password"), "too_short");
  auto done = other.Post(
      "/api/v1/auth/password-reset/confirm",
      {{"login", "reset@example.kz"}, {"code", code}, {"new_password", "a-new-long-password"}});
  ASSERT_EQ(done.status, 204) << done.body;
  EXPECT_EQ(c.Get("/api/v1/me").status, 401);
  EXPECT_EQ(other
                .Post("/api/v1/auth/login",
                      {{"login", "reset@example.kz"}, {"password", "correct-horse-1"}})
                .status,
            401);
  EXPECT_EQ(other
                .Post("/api/v1/auth/login",
                      {{"login", "reset@example.kz"}, {"password", "a-new-long-password"}})
                .status,
            200);
}

TEST_F(IdentityApi, ProfileUpdateValidatesLanguage) {
  Client c = app_.SignedIn("profile@example.kz");
  auto ok = c.Patch("/api/v1/me", {{"display_name", "Айгерім Жаңа"}, {"language", "ru"}});
  ASSERT_EQ(ok.status, 200);
  EXPECT_EQ(ok.json()["display_name"], "Айгерім Жаңа");
  EXPECT_EQ(ok.json()["language"], "ru");
  EXPECT_EQ(c.Patch("/api/v1/me", {{"language", "xx"}}).field("language"), "invalid");
}

TEST_F(IdentityApi, IinIsStoredButShownMasked) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto body = Registration("iin@example.kz");
  body["iin"] = "900101300017";
  ASSERT_EQ(c.Post("/api/v1/auth/register", body).status, 201);
  ASSERT_EQ(c.Post("/api/v1/auth/verify",
                   {{"login", "iin@example.kz"}, {"code", app_.LastCodeFor("iin@example.kz")}})
                .status,
            200);
  ASSERT_EQ(
      c.Post("/api/v1/auth/login", {{"login", "iin@example.kz"}, {"password", "correct-horse-1"}})
          .status,
      200);
  auto me = c.Get("/api/v1/me");
  EXPECT_EQ(me.json()["iin_masked"], "90********17");
  EXPECT_EQ(me.body.find("900101300017"), std::string::npos);
}

TEST_F(IdentityApi, CitizensCannotEnableSecondFactorStaffCan) {
  Client citizen = app_.SignedIn("citizen@example.kz");
  EXPECT_EQ(citizen.Post("/api/v1/me/totp/setup", json::object()).status, 403);

  app_.CreateAccount("staff@example.kz", "staff-password-1", {{"staff", 1}});
  auto s = app_.NewClient();
  s.PrimeCsrf();
  ASSERT_EQ(s.Post("/api/v1/auth/login",
                   {{"login", "staff@example.kz"}, {"password", "staff-password-1"}})
                .status,
            200);
  auto setup = s.Post("/api/v1/me/totp/setup", json::object());
  ASSERT_EQ(setup.status, 200);
  std::string secret;
  ASSERT_TRUE(crypto::Base32Decode(setup.json()["secret"].get<std::string>(), &secret));
  const int64_t now_s = app_.clock().NowMs() / 1000;
  EXPECT_EQ(s.Post("/api/v1/me/totp/enable", {{"code", "000000"}}).field("code"), "invalid");
  auto on = s.Post("/api/v1/me/totp/enable", {{"code", crypto::TotpCode(secret, now_s)}});
  ASSERT_EQ(on.status, 200);
  EXPECT_EQ(on.json()["totp_enabled"], true);

  auto fresh = app_.NewClient();
  fresh.PrimeCsrf();
  auto need = fresh.Post("/api/v1/auth/login",
                         {{"login", "staff@example.kz"}, {"password", "staff-password-1"}});
  EXPECT_EQ(need.status, 401);
  EXPECT_EQ(need.field("totp_code"), "required");
  auto with = fresh.Post("/api/v1/auth/login", {{"login", "staff@example.kz"},
                                                {"password", "staff-password-1"},
                                                {"totp_code", crypto::TotpCode(secret, now_s)}});
  EXPECT_EQ(with.status, 200);
}

TEST_F(IdentityApi, OnlyAdministratorsGrantRolesAndGrantsAreAudited) {
  Client citizen = app_.SignedIn("someone@example.kz");
  int64_t citizen_id = citizen.Get("/api/v1/me").json()["id"];
  json grant = {{"role", "deputy"}, {"scope_type", "okrug"}, {"scope_id", 7}};
  EXPECT_EQ(citizen.Post("/api/v1/users/" + std::to_string(citizen_id) + "/roles", grant).status,
            403);
  EXPECT_EQ(citizen.Get("/api/v1/users").status, 403);

  app_.CreateAccount("admin@example.kz", "admin-password-1", {{"admin", std::nullopt}});
  auto admin = app_.NewClient();
  admin.PrimeCsrf();
  ASSERT_EQ(admin
                .Post("/api/v1/auth/login",
                      {{"login", "admin@example.kz"}, {"password", "admin-password-1"}})
                .status,
            200);
  auto bad = admin.Post("/api/v1/users/" + std::to_string(citizen_id) + "/roles",
                        {{"role", "emperor"}, {"scope_type", "okrug"}});
  EXPECT_EQ(bad.field("role"), "invalid");
  EXPECT_EQ(bad.field("scope_id"), "required");
  EXPECT_EQ(admin.Post("/api/v1/users/999999/roles", grant).status, 404);
  auto ok = admin.Post("/api/v1/users/" + std::to_string(citizen_id) + "/roles", grant);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(citizen.Get("/api/v1/me").json()["is_staff"], true);

  auto list = admin.Get("/api/v1/users?q=someone&limit=10");
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json()["items"].size(), 1u);
  EXPECT_EQ(list.json()["items"][0]["roles"][0]["role"], "deputy");

  int64_t grant_id = ok.json()["id"];
  auto audit = app_.app().database().Read([&](db::Tx& tx) {
    return Result<db::Rows>(
        tx.Query("SELECT action, entity_id, actor_user_id FROM audit_log WHERE action = $1",
                 {std::string("identity.role_granted")}));
  });
  ASSERT_EQ(audit->size(), 1u);
  EXPECT_EQ((*audit)[0].Int("entity_id"), grant_id);

  auto del = admin.Delete("/api/v1/users/" + std::to_string(citizen_id) + "/roles/" +
                          std::to_string(grant_id));
  EXPECT_EQ(del.status, 204);
  EXPECT_EQ(admin
                .Delete("/api/v1/users/" + std::to_string(citizen_id) + "/roles/" +
                        std::to_string(grant_id))
                .status,
            404);
  EXPECT_EQ(citizen.Get("/api/v1/me").json()["is_staff"], false);
}

TEST_F(IdentityApi, PhoneRegistrationSendsTheCodeBySms) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  json body = Registration("x@example.kz");
  body.erase("email");
  body["phone"] = "8 (701) 555-12-34";
  auto r = c.Post("/api/v1/auth/register", body);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["login"], "+77015551234");
  EXPECT_EQ(r.json()["verification"], "phone");
}

}  // namespace
}  // namespace kenes::testing
