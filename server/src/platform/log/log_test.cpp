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

}  // namespace kenes::log
