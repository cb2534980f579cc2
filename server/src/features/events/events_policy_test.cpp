// EventsPolicy as a table: who × which event → may write, list, see registrations, register.
#include "features/events/events_policy.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/role.hpp"

namespace kenes::events {
namespace {

struct Row {
  const char* who;
  bool signed_in;
  const char* role;  // the one grant, or "" for none
  std::optional<int64_t> scope;
  std::optional<OwnDeputy> own;
  bool maslikhats_event, own_event, other_deputys_event, list, registrations, reg;
};

TEST(EventsPolicyTable, StaffKeepAllDeputiesTheirOwnOnlyStaffSeeWhoRegistered) {
  const OwnDeputy d5{5, 7};
  const OwnDeputy d5_elsewhere{5, 8};
  const std::vector<Row> rows = {
      {"anonymous", false, "", std::nullopt, std::nullopt, false, false, false, false, false,
       false},
      {"staff grant without a session", false, "staff", 7, std::nullopt, false, false, false, false,
       false, false},
      {"citizen", true, "citizen", std::nullopt, std::nullopt, false, false, false, false, false,
       true},
      {"staff of 7", true, "staff", 7, std::nullopt, true, true, true, true, true, true},
      {"chair of 7", true, "chair", 7, std::nullopt, true, true, true, true, true, true},
      {"staff of 8", true, "staff", 8, std::nullopt, false, false, false, false, false, true},
      {"deputy 5 of 7", true, "deputy", 7, d5, false, true, false, true, false, true},
      {"deputy 5 of 8", true, "deputy", 8, d5_elsewhere, false, false, false, false, false, true},
      {"deputy role, no linked record", true, "deputy", 7, std::nullopt, false, false, false, false,
       false, true},
      {"linked record, no deputy role", true, "citizen", std::nullopt, d5, false, false, false,
       false, false, true},
      {"admin", true, "admin", std::nullopt, std::nullopt, true, true, true, true, false, true},
  };
  for (const Row& r : rows) {
    Actor a;
    if (r.signed_in) a.user_id = 7;
    if (*r.role) {
      const bool scoped = r.scope && std::string(r.role) != "deputy";
      a.roles.push_back({0, *ParseRole(r.role), scoped ? ScopeType::kMaslikhat : ScopeType::kGlobal,
                         scoped ? r.scope : std::nullopt, ""});
    }
    EXPECT_EQ(EventsPolicy::MayWrite(a, 7, std::nullopt, r.own), r.maslikhats_event) << r.who;
    EXPECT_EQ(EventsPolicy::MayWrite(a, 7, 5, r.own), r.own_event) << r.who;
    EXPECT_EQ(EventsPolicy::MayWrite(a, 7, 6, r.own), r.other_deputys_event) << r.who;
    EXPECT_EQ(EventsPolicy::MayList(a, 7, r.own), r.list) << r.who;
    EXPECT_EQ(EventsPolicy::MaySeeRegistrations(a, 7), r.registrations) << r.who;
    EXPECT_EQ(EventsPolicy::MayRegister(a), r.reg) << r.who;
  }
}

}  // namespace
}  // namespace kenes::events
