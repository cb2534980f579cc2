// The read journal on a real SQLite file: rows reach audit_log once, also after a process that
// died before moving them, and a line cut short by a crash is dropped, not half-imported.
#include "platform/audit/read_journal.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "platform/db/migrations.hpp"

namespace kenes::audit {
namespace {

namespace fs = std::filesystem;

class ReadJournalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kenes-journal-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = db::OpenDatabase("sqlite:" + (dir_ / "t.db").string(), {});
    ASSERT_TRUE(db::Migrate(*db_, db::EmbeddedMigrations()).ok());
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }
  std::string JournalDir() const { return (dir_ / "t.db-reads").string(); }
  int64_t Rows(const std::string& where = "1 = 1") {
    return db_->Read([&](db::Tx& tx) {
      return tx.QueryOne("SELECT COUNT(*) AS n FROM audit_log WHERE " + where)->Int("n");
    });
  }
  static Actor Staff() {
    Actor a;
    a.user_id = 7;
    a.ip = "10.0.0.1";
    a.request_id = "r1";
    return a;
  }

  FakeClock clock_{1'800'000'000'000};
  fs::path dir_;
  std::unique_ptr<db::Database> db_;
};

TEST_F(ReadJournalTest, RowsMoveOnceWithEveryField) {
  ReadJournal journal(*db_, clock_, JournalDir());
  journal.Record(Staff(), {"appeals.applicant_viewed", "appeal", 42, "{}"}, clock_.NowMs());
  journal.Record(Staff(), {"appeals.searched", "maslikhat", 2, R"({"by":"words","ids":[1]})"},
                 clock_.NowMs());
  EXPECT_EQ(Rows(), 0);  // journaled, not yet moved
  EXPECT_EQ(journal.Move(), 2);
  EXPECT_EQ(journal.Move(), 0);
  EXPECT_EQ(Rows(), 2);
  auto row = db_->Read([&](db::Tx& tx) {
    return *tx.QueryOne(
        "SELECT at, actor_user_id, entity, entity_id, ip, request_id FROM audit_log WHERE action "
        "= 'appeals.applicant_viewed'");
  });
  EXPECT_EQ(row.Str("at"), FormatIsoUtc(clock_.NowMs()));
  EXPECT_EQ(row.Int("actor_user_id"), 7);
  EXPECT_EQ(row.Str("entity"), "appeal");
  EXPECT_EQ(row.Int("entity_id"), 42);
  EXPECT_EQ(row.Str("ip"), "10.0.0.1");
  EXPECT_EQ(row.Str("request_id"), "r1");
  EXPECT_EQ(Rows("details = '{\"by\":\"words\",\"ids\":[1]}'"), 1);
}

TEST_F(ReadJournalTest, WhatADeadProcessJournaledMovesAtTheNextStart) {
  {
    // A process that records and is gone without moving (its destructor would move: skip it).
    auto* dead = new ReadJournal(*db_, clock_, JournalDir());
    dead->Record(Staff(), {"appeals.applicant_viewed", "appeal", 1, "{}"}, clock_.NowMs());
    // Leaked on purpose: a killed process runs no destructor.
    (void)dead;
  }
  // A line half written when the process died: never acknowledged, so never imported.
  {
    std::ofstream torn(JournalDir() + "/current.jsonl", std::ios::app);
    torn << R"({"at":"2027-01-15T08:00:00Z","user":7,"action":"appeals.appl)";
  }
  // The next process records before its first move: its row starts on a line of its own.
  ReadJournal next(*db_, clock_, JournalDir());
  next.Record(Staff(), {"appeals.applicant_viewed", "appeal", 2, "{}"}, clock_.NowMs());
  EXPECT_EQ(next.Move(), 2);
  EXPECT_EQ(Rows("action = 'appeals.applicant_viewed' AND entity_id IN (1, 2)"), 2);
}

TEST_F(ReadJournalTest, AFileMovedButNotRemovedIsNotImportedTwice) {
  ReadJournal journal(*db_, clock_, JournalDir());
  journal.Record(Staff(), {"appeals.applicant_viewed", "appeal", 3, "{}"}, clock_.NowMs());
  journal.Move();
  ASSERT_EQ(Rows(), 1);
  // The file back, as a crash between the import's commit and the file's removal leaves it.
  const auto name = db_->Read([&](db::Tx& tx) {
    return tx.QueryOne("SELECT name FROM audit_journal_imports")->Str("name");
  });
  {
    std::ofstream again(JournalDir() + "/" + name);
    again << R"({"at":"2027-01-15T08:00:00Z","user":7,"action":"appeals.applicant_viewed",)"
          << R"("entity":"appeal","entity_id":3,"ip":"","request_id":"r","details":"{}"})"
          << "\n";
  }
  EXPECT_EQ(journal.Move(), 0);
  EXPECT_EQ(Rows(), 1);
  EXPECT_FALSE(fs::exists(JournalDir() + "/" + name));
}

TEST_F(ReadJournalTest, TheMoverMovesByItselfAndStopMovesTheRest) {
  ReadJournal journal(*db_, clock_, JournalDir());
  journal.Start(10);
  journal.Record(Staff(), {"appeals.applicant_viewed", "appeal", 4, "{}"}, clock_.NowMs());
  for (int i = 0; i < 200 && Rows() == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(Rows(), 1);
  journal.Record(Staff(), {"appeals.applicant_viewed", "appeal", 5, "{}"}, clock_.NowMs());
  journal.Stop();
  EXPECT_EQ(Rows(), 2);
}

}  // namespace
}  // namespace kenes::audit
