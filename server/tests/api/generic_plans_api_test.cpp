// PostgreSQL switches a prepared statement to a generic plan, blind to its parameters, after five
// runs when that plan looks no costlier; on skewed data a list filtered on a rare status then walks
// a common one's rows (issue 16). Kenes prepares statements per connection with
// plan_cache_mode = force_custom_plan. This test runs each list and search query of the appeals
// 1,000 times on one connection over a skewed data set, and checks what PostgreSQL itself counts
// in pg_prepared_statements: no statement with parameters ever ran a generic plan, and the
// median run stays within 2× of the first. SQLite has no generic plans: the test is skipped there.
#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "features/appeals/appeal_bench_data.hpp"
#include "features/appeals/appeal_repository.hpp"
#include "platform/db/statistics.hpp"
#include "platform/text/stem.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class GenericPlansApi : public AppealsFixture {};

TEST_F(GenericPlansApi, ListsAndSearchesNeverRunAGenericPlanOnSkewedData) {
  if (!app_.postgres()) GTEST_SKIP() << "PostgreSQL only";
  db::Database& db = app_.app().database();
  ASSERT_TRUE(appeals::GenerateBenchAppeals(db, city_, {deputy1_, deputy2_}, 4000, 16).ok());
  // Skewed: nearly every appeal closed and with the first deputy; a handful extended, with the
  // second one.
  db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    tx.Exec("UPDATE appeals SET status = 'closed', deputy_id = $1 WHERE maslikhat_id = $2",
            {deputy1_, city_});
    tx.Exec(
        "UPDATE appeals SET status = 'extended', deputy_id = $1 WHERE id IN (SELECT id FROM "
        "appeals WHERE maslikhat_id = $2 ORDER BY id LIMIT 12)",
        {deputy2_, city_});
    return true;
  });
  db::RefreshStatistics(db);

  struct Case {
    const char* name;
    appeals::AppealFilter filter;
  };
  std::vector<Case> cases;
  auto base = [&] {
    appeals::AppealFilter f;
    f.maslikhat_id = city_;
    f.limit = 51;
    return f;
  };
  {
    auto f = base();
    f.status = appeals::AppealStatus::kExtended;  // rare
    cases.push_back({"rare status", f});
    f.status = appeals::AppealStatus::kClosed;  // common
    cases.push_back({"common status", f});
  }
  {
    auto f = base();
    f.filter_deputy_id = deputy2_;  // rare
    cases.push_back({"rare deputy", f});
    f.filter_deputy_id = deputy1_;
    cases.push_back({"common deputy", f});
  }
  {
    auto f = base();
    f.terms = text::QueryTerms("освещение");
    cases.push_back({"search one word", f});
    f.terms = text::QueryTerms("дорога разбита");
    cases.push_back({"search two words", f});
    f.status = appeals::AppealStatus::kExtended;
    cases.push_back({"search with a rare status", f});
  }
  {
    auto f = base();
    f.from = "2025-01-01";
    f.to = "2025-03-31";
    cases.push_back({"date range", f});
  }

  appeals::AppealRepository repo;
  db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    using Clock = std::chrono::steady_clock;
    for (const auto& c : cases) {
      std::vector<double> ms;
      ms.reserve(1000);
      size_t first_count = 0;
      for (int run = 0; run < 1000; ++run) {
        const auto start = Clock::now();
        const auto rows = repo.List(tx, c.filter);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (run == 0) first_count = rows.size();
        if (rows.size() != first_count) {
          ADD_FAILURE() << c.name << ": run " << run << " found " << rows.size() << ", not "
                        << first_count;
          break;
        }
      }
      const double first = ms.front();
      std::vector<double> later(ms.begin() + 1, ms.end());
      std::nth_element(later.begin(), later.begin() + later.size() / 2, later.end());
      const double median = later[later.size() / 2];
      const double worst = *std::max_element(later.begin(), later.end());
      std::printf("generic plans: %-26s first %.3f ms, median %.3f ms, worst %.3f ms\n", c.name,
                  first, median, worst);
      EXPECT_LE(median, 2 * first) << c.name;
    }
    // PostgreSQL's own count, for every statement with parameters this connection prepared (one
    // without parameters has a single plan, which PostgreSQL counts as generic).
    const auto stats = tx.Query(
        "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE "
        "cardinality(parameter_types) > 0",
        {});
    int64_t custom = 0;
    for (const auto& r : stats) {
      EXPECT_EQ(r.Int("generic_plans"), 0) << r.Str("statement");
      custom += r.Int("custom_plans");
    }
    EXPECT_GE(custom, 1000 * static_cast<int64_t>(cases.size()))
        << "the list queries ran as prepared statements";
    return true;
  });
}

}  // namespace
}  // namespace kenes::testing
