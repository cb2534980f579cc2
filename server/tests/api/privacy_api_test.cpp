// A person's own data through HTTP (docs/personal-data.md): the export holds exactly their data,
// deletion keeps the appeals the law keeps (and says why) and leaves nothing else, consent is
// asked again for a new text, and hostile input leaves the server up.
#include <string>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class PrivacyApi : public AppealsFixture {
 protected:
  json Data(Client& c) {
    auto r = c.Get("/api/v1/me/data");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  HttpResult Delete(Client& c, const std::string& confirm) {
    return c.Post("/api/v1/me/delete", {{"confirm", confirm}});
  }
  void ExpectAlive() {
    auto c = app_.NewClient();
    EXPECT_EQ(c.Get("/healthz").status, 200);
  }
};

TEST_F(PrivacyApi, TheExportHoldsExactlyThePersonsDataAndNobodyElses) {
  ASSERT_EQ(File(citizen_, Appeal("Яма у дома гражданина")).status, 201);
  ASSERT_EQ(File(stranger_, Appeal("Фонарь у дома соседа")).status, 201);

  const json mine = Data(citizen_);
  EXPECT_EQ(mine["account"]["email"], "citizen@example.kz");
  ASSERT_EQ(mine["appeals"].size(), 1u);
  EXPECT_EQ(mine["appeals"][0]["subject"], "Яма у дома гражданина");
  ASSERT_EQ(mine["consents"].size(), 1u);
  EXPECT_EQ(mine["consents"][0]["version"], app_.config().security.consent_version);
  EXPECT_FALSE(mine["notifications"].empty());
  EXPECT_FALSE(mine["sessions"].empty());
  const std::string text = mine.dump();
  EXPECT_EQ(text.find("stranger@example.kz"), std::string::npos);
  EXPECT_EQ(text.find("соседа"), std::string::npos);
  EXPECT_EQ(text.find("password"), std::string::npos);  // no hash, no secrets
  EXPECT_EQ(text.find("totp_secret"), std::string::npos);

  const json theirs = Data(stranger_);
  EXPECT_EQ(theirs["account"]["email"], "stranger@example.kz");
  ASSERT_EQ(theirs["appeals"].size(), 1u);
  EXPECT_EQ(theirs["appeals"][0]["subject"], "Фонарь у дома соседа");
  EXPECT_EQ(theirs.dump().find("гражданина"), std::string::npos);

  auto file = citizen_.Get("/api/v1/me/data?download=true");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.json()["appeals"].size(), 1u);
  auto pdf = citizen_.Get("/api/v1/me/data.pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 200);
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/me/data").status, 401);
}

TEST_F(PrivacyApi, DeletionKeepsAnAppealInConsiderationAndSaysWhy) {
  auto filed = File(citizen_, Appeal());
  ASSERT_EQ(filed.status, 201);
  const int64_t id = filed.json()["id"];
  // Before confirming: what will stay, and why.
  const json plan = Data(citizen_);
  ASSERT_EQ(plan["kept_on_deletion"].size(), 1u);
  EXPECT_EQ(plan["kept_on_deletion"][0]["appeal_id"], id);
  EXPECT_EQ(plan["kept_on_deletion"][0]["reason"], "in_consideration");

  auto wrong = Delete(citizen_, "someone@example.kz");
  ASSERT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.field("confirm"), "invalid");
  EXPECT_EQ(citizen_.Get("/api/v1/me").status, 200);  // nothing happened

  auto done = Delete(citizen_, "Citizen@Example.kz");
  ASSERT_EQ(done.status, 200) << done.body;
  ASSERT_EQ(done.json()["kept"].size(), 1u);
  EXPECT_EQ(done.json()["kept"][0]["reason"], "in_consideration");
  EXPECT_EQ(citizen_.Get("/api/v1/me").status, 401);
  auto again = app_.NewClient();
  again.PrimeCsrf();
  EXPECT_EQ(again
                .Post("/api/v1/auth/login",
                      {{"login", "citizen@example.kz"}, {"password", "correct-horse-1"}})
                .status,
            401);
  // The appeal is still there for its answer, with the contacts it was filed with.
  auto kept = staff_.Get("/api/v1/appeals/" + std::to_string(id));
  EXPECT_EQ(kept.status, 200) << kept.body;
}

TEST_F(PrivacyApi, AnAnsweredAppealIsKeptUntilTheEndOfItsRetentionTerm) {
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  ASSERT_EQ(
      Act(dep1_, id, {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}})
          .status,
      200);
  auto done = Delete(citizen_, "citizen@example.kz");
  ASSERT_EQ(done.status, 200) << done.body;
  ASSERT_EQ(done.json()["kept"].size(), 1u);
  EXPECT_EQ(done.json()["kept"][0]["reason"], "retention");
  EXPECT_EQ(done.json()["kept"][0]["keep_until"], "2031-12-31");
}

TEST_F(PrivacyApi, DeletionWithoutAppealsLeavesNothingAndFreesTheLogin) {
  const int64_t id = stranger_.Get("/api/v1/me").json()["id"];
  auto done = Delete(stranger_, "stranger@example.kz");
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_TRUE(done.json()["kept"].empty());
  EXPECT_EQ(stranger_.Get("/api/v1/me/data").status, 401);
  auto c = app_.NewClient();
  c.PrimeCsrf();
  EXPECT_EQ(c.Post("/api/v1/auth/login",
                   {{"login", "stranger@example.kz"}, {"password", "correct-horse-1"}})
                .status,
            401);
  // The administrator's list shows no trace of the person, and reading it is audited.
  auto users = admin_.Get("/api/v1/users?q=stranger");
  ASSERT_EQ(users.status, 200);
  EXPECT_TRUE(users.json()["items"].empty());
  const json all = admin_.Get("/api/v1/users?limit=100").json();
  const json items = all["items"];
  for (const auto& u : items) EXPECT_NE(u["id"], id);
  const int64_t listed = app_.app().database().Read([](db::Tx& tx) {
    return tx
        .QueryOne("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'identity.users_listed'")
        ->Int("n");
  });
  EXPECT_EQ(listed, 2);
  // The address is free: the person may register anew.
  EXPECT_NO_THROW(app_.SignedIn("stranger@example.kz"));
}

TEST_F(PrivacyApi, StaffAccountsAreNotDeletedByThemselves) {
  auto r = Delete(staff_, "staff@example.kz");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.field("account"), "has_staff_role");
  EXPECT_EQ(staff_.Get("/api/v1/me").status, 200);
}

TEST_F(PrivacyApi, ANewConsentTextIsAskedForAgain) {
  EXPECT_FALSE(citizen_.Get("/api/v1/me").json()["consent_required"].get<bool>());
  // Another shipped text put in force (the version must be one the server has a text for, or it
  // does not start): the installation's text changes.
  const std::string given = app_.config().security.consent_version;
  const std::string other = given == "2026-11-01" ? "2026-12-07" : "2026-11-01";
  app_.config().security.consent_version = other;
  app_.Restart();
  // The same browser (its cookies) on the restarted server's port.
  Client citizen = app_.NewClient();
  for (const char* name : {"kenes_session", "kenes_csrf"}) {
    if (auto value = citizen_.Cookie(name)) citizen.SetCookie(name, *value);
  }
  auto me = citizen.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_TRUE(me.json()["consent_required"].get<bool>());
  EXPECT_EQ(citizen.Post("/api/v1/me/consent", {{"version", given}}).status, 422);
  // The text shown is the one in force now.
  EXPECT_EQ(citizen.Get("/api/v1/consent?lang=ru").json()["version"], other);
  auto ok = citizen.Post("/api/v1/me/consent", {{"version", other}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_FALSE(ok.json()["consent_required"].get<bool>());
  EXPECT_EQ(ok.json()["consent_version"], other);
  // One consent in force: the old one gave way.
  const json consents = Data(citizen)["consents"];
  ASSERT_EQ(consents.size(), 2u);
  EXPECT_FALSE(consents[0]["withdrawn_at"].is_null());
  EXPECT_TRUE(consents[1]["withdrawn_at"].is_null());
}

TEST_F(PrivacyApi, WithdrawingConsentIsRecordedAndAskedAgain) {
  auto r = citizen_.Post("/api/v1/me/consent/withdraw", json::object());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json()["consent_required"].get<bool>());
  EXPECT_TRUE(r.json()["consent_version"].is_null());
  const json consents = Data(citizen_)["consents"];
  ASSERT_EQ(consents.size(), 1u);
  EXPECT_FALSE(consents[0]["withdrawn_at"].is_null());
}

TEST_F(PrivacyApi, PlaceholderIinsAreRefused) {
  for (const char* iin : {"000000000000", "111111111111", "999999999999"}) {
    auto c = app_.NewClient();
    c.PrimeCsrf();
    auto r = c.Post(
        "/api/v1/auth/register",
        {{"email", "iin@example.kz"},
         {"password", "correct-horse-1"},
         {"display_name", "Тест"},
         {"language", "ru"},
         {"iin", iin},
         {"consent", {{"accepted", true}, {"version", app_.config().security.consent_version}}}});
    EXPECT_EQ(r.status, 422) << iin;
    EXPECT_EQ(r.field("iin"), "invalid") << iin;
  }
}

TEST_F(PrivacyApi, HostileInputLeavesTheServerUp) {
  EXPECT_EQ(Delete(citizen_, std::string(100000, 'a')).status, 422);
  EXPECT_EQ(citizen_.Post("/api/v1/me/delete", {{"confirm", 12}}).status, 422);
  EXPECT_EQ(citizen_.Post("/api/v1/me/delete", {{"confirm", {1, 2}}}).status, 422);
  EXPECT_EQ(citizen_.Post("/api/v1/me/delete", {{"confirm", "x"}, {"other", 1}}).status, 422);
  std::string deep = "{\"confirm\":" + std::string(50000, '[') + std::string(50000, ']') + "}";
  EXPECT_EQ(citizen_.Send("POST", "/api/v1/me/delete", deep, {{"Content-Type", "application/json"}})
                .status,
            422);
  EXPECT_EQ(citizen_.Post("/api/v1/me/consent", {{"version", json::array()}}).status, 422);
  EXPECT_EQ(citizen_.Get("/api/v1/me/data?download=maybe").status, 422);
  for (int i = 0; i < 40; ++i) citizen_.Get("/api/v1/me/data.pdf");
  for (int i = 0; i < 40; ++i) citizen_.Post("/api/v1/me/delete", {{"confirm", "nope"}});
  ExpectAlive();
  EXPECT_EQ(citizen_.Get("/api/v1/me").status, 200);
}

TEST_F(PrivacyApi, RetentionAnonymisesFinishedAppealsOnlyAfterTheirTerm) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  const int64_t open_id = File(citizen_, Appeal("Открытое")).json()["id"];
  const int64_t done_id = File(citizen_, Appeal("Отвеченное")).json()["id"];
  ASSERT_EQ(Act(dep1_, done_id, {{"action", "start"}}).status, 200);
  ASSERT_EQ(Act(dep1_, done_id,
                {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}})
                .status,
            200);
  auto applicant = [&](int64_t id) {
    Client staff = Login("staff@example.kz", "staff-password-1");
    auto r = staff.Get("/api/v1/appeals/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  };
  // The last day of the term (registered 2026 → kept until 31.12.2031): nothing is cleared.
  app_.clock().Set(Utc("2031-12-31T10:00:00Z"));
  app_.RunJobs();
  EXPECT_EQ(applicant(done_id)["applicant"]["email"], "citizen@example.kz");
  // The next day the answered appeal loses its personal data; the open one keeps it.
  app_.clock().Set(Utc("2032-01-01T10:00:00Z"));
  app_.RunJobs();
  const json done = applicant(done_id);
  EXPECT_EQ(done["applicant"]["name"], "");
  EXPECT_EQ(done["applicant"]["email"], "");
  EXPECT_EQ(done["body"], "");
  EXPECT_EQ(done["subject"], "Отвеченное");
  EXPECT_EQ(applicant(open_id)["applicant"]["email"], "citizen@example.kz");
  // Audit rows older than privacy.audit_ip_days (180) no longer say where a request came from.
  const int64_t with_ip = app_.app().database().Read([](db::Tx& tx) {
    return tx
        .QueryOne("SELECT COUNT(*) AS n FROM audit_log WHERE ip IS NOT NULL AND at < $1",
                  {std::string("2031-07-01")})
        ->Int("n");
  });
  EXPECT_EQ(with_ip, 0);
  // Sessions past their expiry are gone: a new sign-in is the account's only session.
  Client again = app_.Login("citizen@example.kz", "correct-horse-1");
  const json mine = again.Get("/api/v1/me/data").json();
  EXPECT_EQ(mine["sessions"].size(), 1u);
  // The anonymised appeal is no longer the person's.
  ASSERT_EQ(mine["appeals"].size(), 1u);
  EXPECT_EQ(mine["appeals"][0]["id"], open_id);
}

}  // namespace
}  // namespace kenes::testing
