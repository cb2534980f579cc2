// Personal data through every logging path a request can take, with the access log and debug
// level on. The test passes here; the proof is tools/check_log_redaction.sh, which the API test
// stages run over this binary's log and which fails on any seeded name, phone, IIN, e-mail or
// appeal text (server/tests/api/personal_data_seeds.txt).
#include <string>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class LogRedactionApi : public AppealsFixture {};

TEST_F(LogRedactionApi, RequestsFullOfPersonalDataLeaveNoneInTheLog) {
  app_.config().http.access_log = true;
  app_.config().log.level = "debug";
  app_.Restart();
  Client staff = app_.Login("staff@example.kz", "staff-password-1");
  Client citizen = app_.Login("citizen@example.kz", "correct-horse-1");

  json paper = Appeal("Во дворе дома 12 по ул. Абая яма.");
  paper["channel"] = "paper";
  paper["applicant_name"] = "Иванова Ольга";
  paper["applicant_address"] = "Кокшетау, ул. Абая, 1";
  paper["applicant_phone"] = "+77011234567";
  paper["applicant_iin"] = "900101300017";
  paper["collective"] = true;
  paper["cosigners"] =
      json::array({{{"name", "Иванов Иван"}, {"address", "Кокшетау, ул. Абая, 1"}}});
  auto filed = File(staff, paper);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const std::string id = std::to_string(filed.json()["id"].get<int64_t>());

  // Searches, views, exports and failures with the same data in queries and bodies.
  const std::string list = "/api/v1/appeals?maslikhat_id=" + std::to_string(city_);
  EXPECT_EQ(staff.Get(list + "&q=Иванова%20Ольга").status, 200);
  EXPECT_EQ(staff.Get(list + "&q=900101300017").status, 200);
  EXPECT_EQ(staff.Get("/api/v1/appeals/" + id).status, 200);
  json bad = paper;
  bad["applicant_iin"] = "900101300018";  // wrong check digit
  EXPECT_EQ(File(staff, bad).status, 422);
  bad["applicant_phone"] = json::array({"+77015551234"});
  EXPECT_LT(File(staff, bad).status, 500);
  EXPECT_EQ(citizen.Get("/api/v1/appeals?q=Не%20горят%20фонари%20на%20ул.%20Абая.").status, 200);
  auto again = app_.NewClient();
  again.PrimeCsrf();
  EXPECT_LT(again
                .Post("/api/v1/auth/register",
                      {{"email", "citizen@example.kz"},
                       {"password", "correct-horse-1"},
                       {"display_name", "Сейткали Айгерим"},
                       {"language", "ru"},
                       {"phone", "+77051112233"},
                       {"consent",
                        {{"accepted", true}, {"version", app_.config().security.consent_version}}}})
                .status,
            500);  // an e-mail in use: a path that logs nothing of it either
  EXPECT_EQ(again
                .Post("/api/v1/auth/login",
                      {{"login", "citizen@example.kz"}, {"password", "wrong-password"}})
                .status,
            401);
  app_.RunJobs();  // the mails (to the citizen's address) go through the job runner
}

}  // namespace
}  // namespace kenes::testing
