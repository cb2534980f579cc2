// The job runner on a real SQLite database: due order, retries, and lanes.
#include "platform/jobs/jobs.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "platform/db/migrations.hpp"

namespace kenes::jobs {
namespace {

class JobRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kenes-jobs-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    db_ = db::OpenDatabase("sqlite:" + (dir_ / "t.db").string(), {});
    ASSERT_TRUE(db::Migrate(*db_, db::EmbeddedMigrations()).ok());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Add(const std::string& kind, int64_t run_at_ms) {
    db_->RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      Enqueue(tx, kind, nlohmann::json::object(), run_at_ms, run_at_ms);
      return true;
    });
  }

  FakeClock clock_{10'000};
  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
};

TEST_F(JobRunnerTest, AKindWithItsOwnLaneDoesNotWaitBehindABacklog) {
  for (int i = 0; i < 100; ++i) Add("mail", 1 + i);
  Add("index", 5'000);  // due after the whole backlog
  std::vector<std::string> ran;
  JobRunner runner(*db_, clock_);
  runner.Register("mail", [&](const Job& j) { ran.push_back(j.kind); });
  runner.Register(
      "index", [&](const Job& j) { ran.push_back(j.kind); }, /*own_lane=*/true);
  ASSERT_TRUE(runner.RunOnce());
  // One batch of the shared lane (32 e-mails) and the index job beside it.
  EXPECT_EQ(ran.size(), 33u);
  EXPECT_EQ(std::count(ran.begin(), ran.end(), "index"), 1);
  while (runner.RunOnce()) {
  }
  EXPECT_EQ(ran.size(), 101u);
  EXPECT_EQ(std::count(ran.begin(), ran.end(), "index"), 1);  // once: done jobs are not re-run
}

TEST_F(JobRunnerTest, WithoutLanesJobsRunInDueOrderAndFailuresAreRetriedLater) {
  Add("b", 200);
  Add("a", 100);
  Add("later", 20'000);  // not due yet
  std::vector<std::string> ran;
  int failures = 0;
  JobRunner runner(*db_, clock_);
  runner.Register("a", [&](const Job& j) { ran.push_back(j.kind); });
  runner.Register("later", [&](const Job& j) { ran.push_back(j.kind); });
  runner.Register("b", [&](const Job& j) {
    if (failures++ == 0) throw std::runtime_error("SMTP down");
    ran.push_back(j.kind);
  });
  while (runner.RunOnce()) {
  }
  EXPECT_EQ(ran, std::vector<std::string>{"a"});  // b failed once and waits for its backoff
  clock_.Advance(5'000);
  while (runner.RunOnce()) {
  }
  EXPECT_EQ(ran, (std::vector<std::string>{"a", "b"}));
  clock_.Advance(10'000);
  while (runner.RunOnce()) {
  }
  EXPECT_EQ(ran, (std::vector<std::string>{"a", "b", "later"}));
}

TEST_F(JobRunnerTest, ARunnerLeavesTheKindsItHasNoHandlerForToAnotherThatHas) {
  Add("fanout", 100);
  Add("mail", 100);
  std::vector<std::string> ran;
  JobRunner tool(*db_, clock_);  // e.g. `kenes bench-data`, which runs only the fan-out
  tool.Register("fanout", [&](const Job& j) { ran.push_back(j.kind); });
  while (tool.RunOnce()) {
  }
  EXPECT_EQ(ran, std::vector<std::string>{"fanout"});
  // The mail job was neither claimed nor failed: a full runner takes it at once, first attempt.
  JobRunner server(*db_, clock_);
  int attempts = -1;
  server.Register("fanout", [&](const Job& j) { ran.push_back(j.kind); });
  server.Register("mail", [&](const Job& j) {
    ran.push_back(j.kind);
    attempts = j.attempts;
  });
  while (server.RunOnce()) {
  }
  EXPECT_EQ(ran, (std::vector<std::string>{"fanout", "mail"}));
  EXPECT_EQ(attempts, 1);
}

TEST_F(JobRunnerTest, AnInterruptedJobIsPutBackAsItWasAndRunsAgainAtOnce) {
  Add("digest", 100);
  std::vector<int> attempts;
  JobRunner runner(*db_, clock_);
  runner.Register("digest", [&](const Job& j) {
    attempts.push_back(j.attempts);
    if (attempts.size() == 1) throw Interrupted();
  });
  while (runner.RunOnce()) {
  }
  // No attempt counted and no backoff: the same first attempt again, without the clock moving.
  EXPECT_EQ(attempts, (std::vector<int>{1, 1}));
}

}  // namespace
}  // namespace kenes::jobs
