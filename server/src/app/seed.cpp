#include "app/seed.hpp"

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <utility>

#include "app/post_link_sources.hpp"
#include "app/seed_data.hpp"
#include "features/acts/acts_bench_data.hpp"
#include "features/acts/acts_demo.hpp"
#include "features/annual_reports/annual_reports_demo.hpp"
#include "features/appeals/appeal_bench_data.hpp"
#include "features/appeals/appeal_demo.hpp"
#include "features/directory/directory_demo.hpp"
#include "features/directory/directory_service.hpp"
#include "features/drafts/drafts_demo.hpp"
#include "features/events/events_demo.hpp"
#include "features/identity/identity_repository.hpp"
#include "features/identity/identity_service.hpp"
#include "features/maslikhat_pages/maslikhat_pages_demo.hpp"
#include "features/posts/posts_bench_data.hpp"
#include "features/posts/posts_demo.hpp"
#include "features/reception/reception_demo.hpp"
#include "features/sittings/sittings_demo.hpp"
#include "features/subscriptions/subscriptions_bench_data.hpp"
#include "features/subscriptions/subscriptions_demo.hpp"
#include "features/system/system_service.hpp"
#include "features/voter_reports/voter_reports_demo.hpp"
#include "features/work_plans/work_plans_demo.hpp"
#include "platform/files/file_store.hpp"

namespace kenes {

namespace {
struct DemoAccount {
  const char* email;
  const char* password;
  const char* name;
  const char* language;
  RoleGrant role;
};
}  // namespace

int SeedDemo(const Config& config, db::Database& db) {
  SystemClock clock;
  system::SystemService system(db, clock, config);
  if (auto s = system.SetInstallationName("Kenes — демо"); !s.ok()) return 1;
  auto directory = directory::SeedDemoDirectory(db, clock);
  if (!directory.ok()) {
    std::fprintf(stderr, "seed: %s\n", directory.error().message.c_str());
    return 1;
  }
  if (!directory->has_value()) return 0;  // seeded before: nothing to do
  const directory::DemoIds ids = **directory;
  identity::IdentityService identity(db, clock, config);
  // Clearly fictional people; passwords are for the local demo only.
  const std::vector<DemoAccount> accounts = {
      {"admin@demo.kenes.kz", "demo-admin-2026", "Әкімші Демо", "kk",
       RoleGrant{0, Role::kAdmin, ScopeType::kGlobal, std::nullopt, ""}},
      {"staff@demo.kenes.kz", "demo-staff-2026", "Аппарат Қызметкері", "kk",
       RoleGrant{0, Role::kStaff, ScopeType::kMaslikhat, ids.city_maslikhat, ""}},
      {"chair@demo.kenes.kz", "demo-chair-2026", "Төраға Демо", "ru",
       RoleGrant{0, Role::kChair, ScopeType::kMaslikhat, ids.city_maslikhat, ""}},
      {"oblast-staff@demo.kenes.kz", "demo-oblast-2026", "Облыс Аппараты", "ru",
       RoleGrant{0, Role::kStaff, ScopeType::kMaslikhat, ids.oblast_maslikhat, ""}},
      {"deputy@demo.kenes.kz", "demo-deputy-2026", "Депутат Демо", "ru",
       RoleGrant{0, Role::kDeputy, ScopeType::kOkrug, ids.city_okrug_1, ""}},
      {"citizen@demo.kenes.kz", "demo-citizen-2026", "Азамат Демо", "kk",
       RoleGrant{0, Role::kCitizen, ScopeType::kGlobal, std::nullopt, ""}},
  };
  std::printf("Demo accounts (local demo only):\n");
  std::map<Role, Actor> actors;  // by role, for the demo appeals
  for (const auto& a : accounts) {
    auto created = identity.EnsureAccount(a.email, a.password, a.name, a.language, {a.role});
    if (!created.ok()) {
      std::fprintf(stderr, "seed: %s\n", created.error().message.c_str());
      return 1;
    }
    if (!created->has_value()) continue;
    std::printf("  %-28s %-18s %s\n", a.email, a.password,
                std::string(RoleName(a.role.role)).c_str());
    if (a.role.role != Role::kStaff || a.role.scope_id == ids.city_maslikhat) {
      Actor actor;
      actor.user_id = **created;
      actor.roles = {a.role};
      actors.emplace(a.role.role, std::move(actor));
    }
    if (a.role.role == Role::kDeputy) {
      if (auto s = directory::LinkDeputyAccount(db, clock, ids.city_deputy_1, **created); !s.ok()) {
        return 1;
      }
    }
  }
  if (actors.count(Role::kCitizen) && actors.count(Role::kDeputy) && actors.count(Role::kStaff)) {
    auto directory_service = std::make_shared<directory::DirectoryService>(db, clock);
    auto identity_service = std::make_shared<identity::IdentityService>(db, clock, config);
    audit::RecordInTransaction reads(db);
    auto appeal_service_ptr = std::make_shared<appeals::AppealService>(
        db, clock, config, reads, directory_service, identity_service);
    appeals::AppealService& appeal_service = *appeal_service_ptr;
    appeals::DemoPeople people{actors[Role::kCitizen], actors[Role::kDeputy], actors[Role::kStaff],
                               ids.city_deputy_1, ids.city_maslikhat};
    appeals::RegisterService register_review(db, clock);
    if (auto s = appeals::SeedDemoAppeals(appeal_service, register_review, people); !s.ok()) {
      std::fprintf(stderr, "seed: demo appeals: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf("Demo appeals: 3 (answered, in consideration, registered on paper)\n");
    reception::ReceptionService reception_service(db, clock, directory_service, identity_service,
                                                  appeal_service_ptr);
    reception_service.SetPublicUrl(config.http.public_url);  // the cancel links of booking mails
    reception::DemoReceptionPeople reception_people{actors[Role::kCitizen], actors[Role::kStaff],
                                                    ids.city_deputy_1, ids.city_maslikhat};
    if (auto s = reception::SeedDemoReceptions(reception_service, reception_people, clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo receptions: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf(
        "Demo receptions: every Tuesday for six weeks, one full Thursday with a waitlist\n");
    // Before the posts: their fan-out, run by `kenes serve`, then reaches the demo citizen.
    subscriptions::SubscriptionService subscription_service(db, clock, directory_service, nullptr,
                                                            nullptr, {});
    if (auto s = subscriptions::SeedDemoSubscriptions(subscription_service, actors[Role::kCitizen],
                                                      ids.city_deputy_1);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo subscriptions: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf(
        "Demo follows: the citizen follows the deputy (daily digest) and #бюджет (weekly)\n");
    posts::PostService post_service(db, clock, directory_service,
                                    std::make_shared<files::FileStore>(config.files.dir));
    if (auto s = posts::SeedDemoPosts(
            post_service,
            {actors[Role::kStaff], actors[Role::kDeputy], ids.city_deputy_1, ids.city_maslikhat},
            clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo posts: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf("Demo posts: 3 published (kk and ru, ru only, a deputy's), 1 scheduled\n");
    events::EventService event_service(db, clock, directory_service, config.http.public_url);
    if (auto s = events::SeedDemoEvents(
            event_service,
            {actors[Role::kStaff], actors[Role::kCitizen], ids.city_deputy_1, ids.city_maslikhat},
            clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo events: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf(
        "Demo events: 2 upcoming (the demo citizen registered for one), 1 held with a report\n");
    auto acts_ptr = std::make_shared<acts::ActsService>(db, clock, directory_service);
    auto demo_acts = acts::SeedDemoActs(*acts_ptr, actors[Role::kStaff], ids.city_maslikhat);
    if (!demo_acts.ok()) {
      std::fprintf(stderr, "seed: demo acts: %s\n", demo_acts.error().message.c_str());
      return 1;
    }
    std::printf("Demo legal acts: %d (fictional), some with editions\n", *demo_acts);
    // One posts service announces for the sittings and the report to voters.
    auto posts_ptr = std::make_shared<posts::PostService>(
        db, clock, directory_service, std::make_shared<files::FileStore>(config.files.dir));
    auto sittings_ptr = std::make_shared<sittings::SittingsService>(db, clock, directory_service,
                                                                    acts_ptr, posts_ptr);
    // The sittings' posts link to their sitting, which posts checks through these.
    posts_ptr->SetLinkSources(PostLinkSources(
        std::make_shared<events::EventService>(db, clock, directory_service,
                                               config.http.public_url),
        sittings_ptr, std::make_shared<catalog::CatalogService>(db, clock, directory_service)));
    sittings::SittingDocumentsService sitting_documents(
        db, clock, std::make_shared<files::FileStore>(config.files.dir));
    if (auto s = sittings::SeedDemoSittings(*sittings_ptr, sitting_documents, *acts_ptr,
                                            actors[Role::kStaff], ids.city_maslikhat, clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo sittings: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf(
        "Demo sittings: a past one with agenda, documents, attendance and decisions; an upcoming "
        "one; their announcement and results posts\n");
    work_plans::WorkPlansService work_plans_service(db, clock, directory_service, sittings_ptr,
                                                    acts_ptr);
    if (auto s = work_plans::SeedDemoWorkPlans(work_plans_service, *directory_service,
                                               *sittings_ptr, *acts_ptr, actors[Role::kStaff],
                                               ids.city_maslikhat, clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo work plans: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf(
        "Demo work plans: the maslikhat's plan for the year (6 items, published) and its budget "
        "commission's\n");
    maslikhat_pages::MaslikhatPagesService pages_service(db, clock, directory_service);
    if (auto s = maslikhat_pages::SeedDemoMaslikhatPages(pages_service, actors[Role::kStaff],
                                                         ids.city_maslikhat);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo maslikhat pages: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf(
        "Demo maslikhat pages: the apparatus (5 people) and question-answer (6 published, 1 "
        "draft)\n");
    if (auto s = drafts::SeedDemoDrafts(db, clock, directory_service, acts_ptr,
                                        {actors[Role::kStaff], actors[Role::kCitizen],
                                         actors[Role::kDeputy], ids.city_maslikhat});
        !s.ok()) {
      std::fprintf(stderr, "seed: demo drafts: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf("Demo draft discussions: one open with comments, one closed with its summary\n");
    auto report_events = std::make_shared<events::EventService>(db, clock, directory_service,
                                                                config.http.public_url);
    voter_reports::VoterReportsService report_service(db, clock, directory_service, report_events,
                                                      posts_ptr);
    if (auto s = voter_reports::SeedDemoVoterReports(
            report_service, *report_events, actors[Role::kDeputy], ids.city_deputy_1, clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo report to voters: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf("Demo report to voters: the deputy's report for this year, published\n");
    annual_reports::AnnualReportsService annual_service(db, clock, directory_service, posts_ptr);
    if (auto s = annual_reports::SeedDemoAnnualReports(annual_service, actors[Role::kStaff],
                                                       ids.city_maslikhat, clock);
        !s.ok()) {
      std::fprintf(stderr, "seed: demo annual report: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf("Demo annual report: the maslikhat's report for the past year, version 1\n");
  }
  return 0;
}

// Verified citizen accounts bench-citizen-<i>@bench.kenes.kz (password kBenchCitizenPassword) for
// benchmarks where each request must come from another person (reception booking: one booking per
// person per session). Existing ones are kept.
int BenchCitizens(const Config& config, db::Database& db, int count) {
  SystemClock clock;
  identity::IdentityService identity(db, clock, config);
  const RoleGrant citizen{0, Role::kCitizen, ScopeType::kGlobal, std::nullopt, ""};
  for (int i = 1; i <= count; ++i) {
    const std::string email = "bench-citizen-" + std::to_string(i) + "@bench.kenes.kz";
    auto made = identity.EnsureAccount(email, "bench-citizen-2026", "Bench " + std::to_string(i),
                                       "ru", {citizen});
    if (!made.ok()) {
      std::fprintf(stderr, "bench-data: %s\n", made.error().message.c_str());
      return 1;
    }
  }
  std::printf("bench-data: %d citizens (bench-citizen-N@bench.kenes.kz)\n", count);
  return 0;
}

int BenchData(const Config& config, db::Database& db, const std::string& kind, int count) {
  if (kind == "citizens") return BenchCitizens(config, db, count);
  if (kind != "appeals" && kind != "posts" && kind != "acts" && kind != "digest") {
    std::fprintf(stderr,
                 "bench-data: unknown kind '%s' (known: appeals, acts, citizens, digest, posts)\n",
                 kind.c_str());
    return 2;
  }
  if (int rc = SeedDemo(config, db); rc != 0) return rc;
  SystemClock clock;
  directory::DirectoryService directory(db, clock);
  auto maslikhats = directory.ListMaslikhats();
  if (!maslikhats.ok() || maslikhats->empty()) return 1;
  int64_t city = 0;
  for (const auto& m : *maslikhats) {
    if (m.level == "city") city = m.id;
  }
  auto start = std::chrono::steady_clock::now();
  if (kind == "posts") {
    auto made = posts::GenerateBenchPosts(db, clock, city, count);
    if (!made.ok()) return 1;
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bench-data: %d posts in maslikhat %lld in %.1f s\n", *made,
                static_cast<long long>(city), s);
    return 0;
  }
  if (kind == "digest") {
    auto shared_directory = std::make_shared<directory::DirectoryService>(db, clock);
    subscriptions::SubscriptionService service(
        db, clock, shared_directory,
        std::make_shared<posts::PostService>(db, clock, shared_directory,
                                             std::make_shared<files::FileStore>(config.files.dir)),
        std::make_shared<events::EventService>(db, clock, shared_directory, config.http.public_url),
        {.public_url = config.http.public_url});
    identity::IdentityRepository accounts;
    const std::string now = FormatIsoUtc(clock.NowMs());
    auto new_person = [&accounts, &now](db::Tx& tx, int i) {
      const std::string n = std::to_string(i + 1);
      // Not a password hash: these accounts receive mail and never sign in.
      return accounts.CreateUser(tx, {.email = "digest-" + n + "@bench.kenes.kz",
                                      .phone = std::nullopt,
                                      .password_hash = "bench:no-sign-in",
                                      .display_name = "Digest " + n,
                                      // A third in Kazakh: each mail is in its reader's language.
                                      .language = i % 3 == 0 ? "kk" : "ru",
                                      .iin = std::nullopt,
                                      .created_at = now});
    };
    auto made = subscriptions::GenerateBenchFollowers(db, clock, service, city, count, new_person);
    if (!made.ok()) return 1;
    const double took =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bench-data: %d daily-digest followers, %lld items waiting, in %.1f s\n",
                made->people, static_cast<long long>(made->waiting), took);
    return 0;
  }
  if (kind == "acts") {
    auto acts = acts::GenerateBenchActs(db, city, count, 42);
    if (!acts.ok()) return 1;
    const double took =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bench-data: %d acts in maslikhat %lld in %.1f s\n", *acts,
                static_cast<long long>(city), took);
    return 0;
  }
  auto view = directory.GetMaslikhat(Actor{}, city);
  if (!view.ok()) return 1;
  std::vector<int64_t> deputies;
  for (const auto& d : view->deputies) deputies.push_back(d.id);
  auto made = appeals::GenerateBenchAppeals(db, city, deputies, count, 42);
  if (!made.ok()) return 1;
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("bench-data: %d appeals in maslikhat %lld in %.1f s\n", *made,
              static_cast<long long>(city), s);
  return 0;
}

}  // namespace kenes
