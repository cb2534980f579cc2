// Sessions kept in memory (docs/adr/0007) must end exactly when they did before: a logout, a
// password reset and a revoked role take effect with the very next request.
#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class SessionCacheApi : public AppealsFixture {};

TEST_F(SessionCacheApi, ALoggedOutSessionStopsAtOnce) {
  Client c = app_.SignedIn("leaver@example.kz");
  ASSERT_EQ(c.Get("/api/v1/me").status, 200);
  ASSERT_EQ(c.Get("/api/v1/me").status, 200);  // now served from memory
  const std::string session = *c.Cookie("kenes_session");
  ASSERT_EQ(c.Post("/api/v1/auth/logout", json::object()).status, 204);
  c.SetCookie("kenes_session", session);  // a copy of the cookie kept by an attacker
  EXPECT_EQ(c.Get("/api/v1/me").status, 401);
}

TEST_F(SessionCacheApi, ARevokedRoleStopsAtOnceAndAGrantedOneCountsAtOnce) {
  Client c = app_.SignedIn("helper@example.kz");
  const int64_t user = c.Get("/api/v1/me").json()["id"];
  const std::string list = "/api/v1/appeals?maslikhat_id=" + std::to_string(city_);
  EXPECT_EQ(c.Get(list).status, 404);
  auto grant = admin_.Post("/api/v1/users/" + std::to_string(user) + "/roles",
                           {{"role", "staff"}, {"scope_type", "maslikhat"}, {"scope_id", city_}});
  ASSERT_EQ(grant.status, 201) << grant.body;
  EXPECT_EQ(c.Get(list).status, 200);
  EXPECT_EQ(c.Get(list).status, 200);
  const int64_t grant_id = grant.json()["id"];
  ASSERT_EQ(
      admin_.Delete("/api/v1/users/" + std::to_string(user) + "/roles/" + std::to_string(grant_id))
          .status,
      204);
  EXPECT_EQ(c.Get(list).status, 404);
}

TEST_F(SessionCacheApi, APasswordResetSignsOutEverySessionAtOnce) {
  Client c = app_.SignedIn("forgetful@example.kz");
  ASSERT_EQ(c.Get("/api/v1/me").status, 200);
  auto anon = app_.NewClient();
  anon.PrimeCsrf();
  ASSERT_EQ(anon.Post("/api/v1/auth/password-reset", {{"login", "forgetful@example.kz"}}).status,
            202);
  const std::string code = app_.LastCodeFor("forgetful@example.kz");
  ASSERT_EQ(anon.Post("/api/v1/auth/password-reset/confirm", {{"login", "forgetful@example.kz"},
                                                              {"code", code},
                                                              {"new_password", "brand-new-pass-1"}})
                .status,
            204);
  EXPECT_EQ(c.Get("/api/v1/me").status, 401);
}

TEST_F(SessionCacheApi, ACachedSessionStillExpiresByTheClock) {
  Client c = app_.SignedIn("sleepy@example.kz");
  ASSERT_EQ(c.Get("/api/v1/me").status, 200);
  app_.clock().Advance(int64_t{app_.config().security.session_idle_minutes} * 60'000 + 1);
  EXPECT_EQ(c.Get("/api/v1/me").status, 401);
}

TEST_F(SessionCacheApi, AProfileChangeShowsInTheNextRead) {
  Client c = app_.SignedIn("renamer@example.kz");
  ASSERT_EQ(c.Get("/api/v1/me").status, 200);  // cached with the old name
  ASSERT_EQ(c.Patch("/api/v1/me", {{"display_name", "Жаңа есім"}, {"language", "ru"}}).status, 200);
  auto me = c.Get("/api/v1/me").json();
  EXPECT_EQ(me["display_name"], "Жаңа есім");
  EXPECT_EQ(me["language"], "ru");
}

}  // namespace
}  // namespace kenes::testing
