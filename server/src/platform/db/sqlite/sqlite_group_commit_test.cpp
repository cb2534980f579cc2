// Group commit must keep every use case's own all-or-nothing result: concurrent writers share
// commits, but one writer's failure or rollback never takes another's rows with it.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"

namespace kenes::db {
namespace {

class SqliteGroupCommit : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kenes-gc-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    db_ = OpenDatabase("sqlite:" + (dir_ / "t.db").string(), {});
    db_->RunInTx(TxMode::kWrite, [](Tx& tx) {
      tx.ExecScript("CREATE TABLE t (k INTEGER PRIMARY KEY, owner INTEGER NOT NULL)");
      return true;
    });
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  int64_t Count(const std::string& where) {
    int64_t n = 0;
    db_->RunInTx(TxMode::kRead, [&](Tx& tx) {
      n = tx.QueryOne("SELECT COUNT(*) AS n FROM t WHERE " + where)->Int("n");
      return true;
    });
    return n;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(SqliteGroupCommit, ConcurrentWritersKeepTheirOwnOutcome) {
  constexpr int kThreads = 16;
  constexpr int kEach = 60;
  std::atomic<int> committed{0}, rolled_back{0}, thrown{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const int64_t key = t * 1000 + i;
        const int kind = (t + i) % 3;  // 0 commits, 1 returns false, 2 throws after writing
        try {
          db_->RunInTx(TxMode::kWrite, [&](Tx& tx) {
            tx.Exec("INSERT INTO t (k, owner) VALUES ($1, $2)", {key, kind});
            if (kind == 2) throw std::runtime_error("use case failed");
            return kind == 0;
          });
          (kind == 0 ? committed : rolled_back)++;
        } catch (const std::runtime_error&) {
          thrown++;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(committed + rolled_back + thrown, kThreads * kEach);
  EXPECT_EQ(Count("owner = 0"), committed.load());
  EXPECT_EQ(Count("owner <> 0"), 0);
}

TEST_F(SqliteGroupCommit, AConstraintViolationFailsOnlyItsOwnWrite) {
  db_->RunInTx(TxMode::kWrite, [](Tx& tx) {
    tx.Exec("INSERT INTO t (k, owner) VALUES (1, 0)");
    return true;
  });
  std::atomic<int> duplicates{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        try {
          db_->RunInTx(TxMode::kWrite, [&](Tx& tx) {
            tx.Exec("INSERT INTO t (k, owner) VALUES ($1, 0)", {int64_t{100 + t * 20 + i}});
            if (i % 5 == 0) tx.Exec("INSERT INTO t (k, owner) VALUES (1, 9)");  // duplicate key
            return true;
          });
        } catch (const DbError& e) {
          EXPECT_EQ(e.code(), ErrorCode::kAlreadyExists);
          duplicates++;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(duplicates.load(), 8 * 4);
  // The failed writes' first inserts are gone with them; every other write is whole.
  EXPECT_EQ(Count("k >= 100"), 8 * 16);
  EXPECT_EQ(Count("owner = 9"), 0);
}

TEST_F(SqliteGroupCommit, AWriteSeesItsOwnRowsAndTheEarlierCommits) {
  db_->RunInTx(TxMode::kWrite, [](Tx& tx) {
    tx.Exec("INSERT INTO t (k, owner) VALUES (1, 0)");
    return true;
  });
  int64_t seen = -1;
  db_->RunInTx(TxMode::kWrite, [&](Tx& tx) {
    tx.Exec("INSERT INTO t (k, owner) VALUES (2, 0)");
    seen = tx.QueryOne("SELECT COUNT(*) AS n FROM t")->Int("n");
    return true;
  });
  EXPECT_EQ(seen, 2);
  EXPECT_EQ(Count("1 = 1"), 2);
}

TEST_F(SqliteGroupCommit, WritesQueuedBehindABusyWriterShareOneCommit) {
  const PoolStats before = db_->Stats();
  std::atomic<bool> writing{false};
  std::thread slow([&] {
    db_->RunInTx(TxMode::kWrite, [&](Tx& tx) {
      tx.Exec("INSERT INTO t (k, owner) VALUES (1, 0)");
      writing = true;
      // Long enough for the ten writers below to queue behind this one.
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      return true;
    });
  });
  while (!writing) std::this_thread::yield();
  std::vector<std::thread> queued;
  for (int i = 0; i < 10; ++i) {
    queued.emplace_back([&, i] {
      db_->RunInTx(TxMode::kWrite, [&](Tx& tx) {
        tx.Exec("INSERT INTO t (k, owner) VALUES ($1, 0)", {int64_t{100 + i}});
        return true;
      });
    });
  }
  slow.join();
  for (auto& th : queued) th.join();
  const PoolStats after = db_->Stats();
  EXPECT_EQ(after.writes - before.writes, 11);
  EXPECT_LE(after.commits - before.commits, 3);  // the slow one, then the queue in one or two
  EXPECT_EQ(Count("1 = 1"), 11);
}

}  // namespace
}  // namespace kenes::db
