#include "app/seed.hpp"

#include <cstdio>

#include "features/identity/identity_service.hpp"
#include "features/system/system_service.hpp"

namespace kenes {

namespace {
struct DemoAccount {
  const char* email;
  const char* password;
  const char* name;
  const char* language;
  std::vector<RoleGrant> roles;
};
}  // namespace

int SeedDemo(const Config& config, db::Database& db) {
  SystemClock clock;
  system::SystemService system(db, clock, config);
  if (auto s = system.SetInstallationName("Kenes — демо"); !s.ok()) return 1;
  identity::IdentityService identity(db, clock, config);
  // Clearly fictional people; passwords are for the local demo only.
  const std::vector<DemoAccount> accounts = {
      {"admin@demo.kenes.kz", "demo-admin-2026", "Әкімші Демо", "kk",
       {RoleGrant{0, "admin", "global", std::nullopt, ""}}},
      {"staff@demo.kenes.kz", "demo-staff-2026", "Аппарат Қызметкері", "kk",
       {RoleGrant{0, "staff", "maslikhat", 1, ""}}},
      {"deputy@demo.kenes.kz", "demo-deputy-2026", "Депутат Демо", "ru",
       {RoleGrant{0, "deputy", "okrug", 1, ""}}},
      {"citizen@demo.kenes.kz", "demo-citizen-2026", "Азамат Демо", "kk",
       {RoleGrant{0, "citizen", "global", std::nullopt, ""}}},
  };
  bool printed_header = false;
  for (const auto& a : accounts) {
    auto created = identity.EnsureAccount(a.email, a.password, a.name, a.language, a.roles);
    if (!created.ok()) {
      std::fprintf(stderr, "seed: %s\n", created.error().message.c_str());
      return 1;
    }
    if (*created) {
      if (!printed_header) {
        std::printf("Demo accounts (local demo only):\n");
        printed_header = true;
      }
      std::printf("  %-24s %-18s %s\n", a.email, a.password, a.roles.front().role.c_str());
    }
  }
  return 0;
}

}  // namespace kenes
