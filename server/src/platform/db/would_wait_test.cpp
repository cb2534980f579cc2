// A thread marked NoDatabaseHere cannot begin a transaction: it gets WouldWait at once, before
// any connection or lock is taken, and the mark ends with its scope.
#include "platform/db/would_wait.hpp"

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"

namespace kenes::db {
namespace {

TEST(NoDatabaseHere, ATransactionThrowsWouldWaitAndTheMarkEndsWithItsScope) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("kenes-would-wait-" +
                     std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".db");
  std::filesystem::remove(path);
  auto db = OpenDatabase("sqlite:" + path.string(), {});
  int ran = 0;
  auto read = [&] {
    db->RunInTx(TxMode::kRead, [&](Tx&) {
      ++ran;
      return true;
    });
  };
  auto write = [&] {
    db->RunInTx(TxMode::kWrite, [&](Tx&) {
      ++ran;
      return true;
    });
  };
  {
    NoDatabaseHere outer;
    EXPECT_THROW(read(), WouldWait);
    {
      NoDatabaseHere inner;
      EXPECT_THROW(write(), WouldWait);
    }
    EXPECT_THROW(write(), WouldWait);  // the inner scope's end keeps the outer mark
  }
  EXPECT_EQ(ran, 0);
  read();
  write();
  EXPECT_EQ(ran, 2);
  db.reset();
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace kenes::db
