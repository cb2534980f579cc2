// The pieces `kenes migrate-db` relies on: a canonical row text that reads the same on both
// dialects, an order-free digest, the dependency order, and a whole copy between two SQLite files
// (PostgreSQL's copy runs in tools/test_all.sh's migrate-db stage) with its refusal.
#include "platform/db/migrate_db.hpp"

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/table_digest.hpp"

namespace kenes::db {
namespace {

TEST(CanonicalRowText, EscapesAndMarksNull) {
  EXPECT_EQ(CanonicalRowText({Value(int64_t{-7}), Value(), Value("a\tb\nc\\d\re")}),
            "-7\t\\N\ta\\tb\\nc\\\\d\\re");
  EXPECT_EQ(CanonicalRowText({Value("\\N")}), "\\\\N");  // text "\N" is not NULL
  EXPECT_EQ(CanonicalRowText({Value("")}), "");
}

TEST(CanonicalRowText, SameForEachDialectsSpellingOfAValue) {
  // PostgreSQL reads a boolean as true, SQLite stores 1; an integer may come back as its digits.
  EXPECT_EQ(CanonicalRowText({Value(true)}), CanonicalRowText({Value(int64_t{1})}));
  EXPECT_EQ(CanonicalRowText({Value(int64_t{42})}), CanonicalRowText({Value("42")}));
  EXPECT_EQ(CanonicalRowText({Value(0.1)}), "0.10000000000000001");  // every bit kept
}

TEST(TableDigest, IgnoresOrderButNotContent) {
  TableDigest a;
  TableDigest b;
  TableDigest c;
  for (const char* row : {"1\tx", "2\ty", "3\tz"}) a.Add(row);
  for (const char* row : {"3\tz", "1\tx", "2\ty"}) b.Add(row);
  for (const char* row : {"1\tx", "2\ty", "3\tZ"}) c.Add(row);
  EXPECT_EQ(a.Hex(), b.Hex());
  EXPECT_NE(a.Hex(), c.Hex());
  EXPECT_EQ(a.rows(), 3);
  EXPECT_EQ(TableDigest().Hex(), std::string(32, '0'));
  TableDigest twice;  // a duplicated row is not a missing one
  for (const char* row : {"1\tx", "1\tx", "2\ty", "3\tz"}) twice.Add(row);
  EXPECT_NE(twice.Hex(), a.Hex());
}

TEST(DependencyOrder, ParentsFirstSelfReferencesIgnoredCyclesRefused) {
  auto order = DependencyOrder({"appeals", "events", "users"},
                               {{"events", "appeals"}, {"appeals", "users"}, {"users", "users"}});
  ASSERT_TRUE(order.ok());
  EXPECT_EQ(*order, (std::vector<std::string>{"users", "appeals", "events"}));
  EXPECT_FALSE(DependencyOrder({"a", "b"}, {{"a", "b"}, {"b", "a"}}).ok());
}

class MigrateDbCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("kenes-migrate-db-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Url(const char* name) const { return "sqlite:" + (dir_ / name).string(); }
  std::filesystem::path dir_;
};

TEST_F(MigrateDbCopy, CopiesEveryRowAndRefusesANonEmptyTarget) {
  {
    auto source = OpenDatabase(Url("from.db"), {});
    ASSERT_TRUE(Migrate(*source, EmbeddedMigrations()).ok());
    source->RunInTx(TxMode::kWrite, [](Tx& tx) {
      tx.Exec("UPDATE appeal_categories SET name_en = $1 WHERE key = 'roads'", {"Roads\tand\n"});
      tx.Exec(
          "INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v\\\\N', "
          "'2026-11-18T00:00:00Z')");
      return true;
    });
  }
  auto copied = MigrateDb(Url("from.db"), Url("to.db"));
  ASSERT_TRUE(copied.ok()) << copied.error().message;
  EXPECT_GE(copied->tables.size(), 10U);
  for (const auto& t : copied->tables) EXPECT_EQ(t.source_digest, t.target_digest) << t.table;
  auto source = OpenDatabase(Url("from.db"), {});
  auto target = OpenDatabase(Url("to.db"), {});
  const auto a = DigestDatabase(*source);
  const auto b = DigestDatabase(*target);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].table, b[i].table);
    EXPECT_EQ(a[i].rows, b[i].rows) << a[i].table;
    EXPECT_EQ(a[i].digest, b[i].digest) << a[i].table;
  }

  auto again = MigrateDb(Url("from.db"), Url("to.db"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  EXPECT_NE(again.error().message.find("not empty"), std::string::npos);
  EXPECT_FALSE(MigrateDb(Url("from.db"), Url("from.db")).ok());
}

}  // namespace
}  // namespace kenes::db
