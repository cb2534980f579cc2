#include "platform/log/log.hpp"

#include <gtest/gtest.h>

namespace kenes::log {

TEST(Log, RedactsPersonalDataAtAnyDepth) {
  nlohmann::json f = {{"route", "/api/v1/auth/register"},
                      {"email", "aigerim@example.kz"},
                      {"nested", {{"phone", "+77011234567"}, {"iin", "900101300017"}}},
                      {"list", {{{"text", "my street is broken"}}}}};
  Redact(f);
  EXPECT_EQ(f["route"], "/api/v1/auth/register");
  EXPECT_EQ(f["email"], "[redacted]");
  EXPECT_EQ(f["nested"]["phone"], "[redacted]");
  EXPECT_EQ(f["nested"]["iin"], "[redacted]");
  EXPECT_EQ(f["list"][0]["text"], "[redacted]");
  EXPECT_EQ(f.dump().find("aigerim"), std::string::npos);
}

TEST(Log, RedactsApplicantCosignerAndFreeTextFields) {
  nlohmann::json f = {{"applicant_name", "Иванов Иван Иванович"},
                      {"applicant_iin", "900101300017"},
                      {"applicant_future_field", "anything"},
                      {"cosigners", {{{"name", "Сейткали Айгерим"}, {"address", "ул. Абая 12"}}}},
                      {"answer", "Жауап"},
                      {"reason", "личная причина"},
                      {"q", "Иванов"},
                      {"route", "/api/v1/appeals"}};
  Redact(f);
  for (const char* key : {"applicant_name", "applicant_iin", "applicant_future_field", "cosigners",
                          "answer", "reason", "q"}) {
    EXPECT_EQ(f[key], "[redacted]") << key;
  }
  EXPECT_EQ(f["route"], "/api/v1/appeals");
}

TEST(Log, ScrubsWhatErrorTextsCanCarry) {
  nlohmann::json f = {
      {"error",
       "ERROR: duplicate key value violates unique constraint \"users_email\" DETAIL: Key "
       "(email)=(aigerim@example.kz) already exists."},
      {"nested",
       {{"error", "550 <ivanov.ivan@mail.kz>: recipient rejected, call +7 701 123 45 67"}}},
      {"what", "bad value 'Иванов Иван' for IIN 900101300017 in row 12"}};
  Redact(f);
  const std::string out = f.dump();
  for (const char* leak :
       {"aigerim", "example.kz", "ivanov", "701 123", "900101300017", "Иванов"}) {
    EXPECT_EQ(out.find(leak), std::string::npos) << leak << " in " << out;
  }
  EXPECT_NE(out.find("duplicate key value violates unique constraint"), std::string::npos);
  EXPECT_NE(out.find("recipient rejected"), std::string::npos);
  EXPECT_NE(out.find("in row 12"), std::string::npos);  // short numbers stay: they help debugging
}

}  // namespace kenes::log
