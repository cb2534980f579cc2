#include "platform/files/store_sweep.hpp"

#include <fcntl.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "platform/crypto/crypto.hpp"

namespace kenes::files {
namespace {

constexpr int64_t kDay = 24LL * 60 * 60 * 1000;
constexpr int64_t kNow = 1'795'000'000'000;  // 2026-11-18

class StoreSweepTest : public ::testing::Test {
 protected:
  std::filesystem::path dir_ =
      std::filesystem::temp_directory_path() / ("kenes_sweep_" + crypto::RandomToken(4));
  void SetUp() override { std::filesystem::create_directories(dir_); }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // A file of `bytes` bytes last written at `modified_ms`.
  void Put(const std::string& name, int64_t modified_ms, size_t bytes = 10) {
    std::ofstream(dir_ / name, std::ios::binary) << std::string(bytes, 'x');
    timespec times[2] = {{modified_ms / 1000, 0}, {modified_ms / 1000, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, (dir_ / name).c_str(), times, 0), 0);
  }
  bool Has(const std::string& name) const { return std::filesystem::exists(dir_ / name); }
};

const std::string kKept = std::string(32, 'a') + ".jpg";
const std::string kOrphan = std::string(32, 'b') + ".pdf";
const std::string kYoungOrphan = std::string(32, 'c') + ".png";
const std::string kInterrupted = std::string(32, 'd') + ".docx.tmp";

TEST_F(StoreSweepTest, RemovesOnlyOldFilesNoRecordNames) {
  Put(kKept, kNow - 400 * kDay);
  Put(kOrphan, kNow - 2 * kDay, 1000);
  Put(kYoungOrphan, kNow - kDay / 2);
  Put(kInterrupted, kNow - 3 * kDay, 24);
  Put("iin.key", kNow - 400 * kDay);  // the keys live beside the files
  Put("unsubscribe.key", kNow - 400 * kDay);
  Put(std::string(32, 'e') + ".JPG", kNow - 400 * kDay);  // not a name the store makes
  std::filesystem::create_directories(dir_ / (std::string(32, 'f') + ".jpg"));  // a directory

  int asked = 0;
  SweepCounts c = SweepStore(
      dir_.string(),
      [&] {
        ++asked;
        return std::unordered_set<std::string>{kKept, std::string(32, 'd') + ".docx"};
      },
      kNow, kDay);

  EXPECT_EQ(asked, 1);
  EXPECT_TRUE(Has(kKept));
  EXPECT_FALSE(Has(kOrphan));
  EXPECT_TRUE(Has(kYoungOrphan));
  // A leftover of an interrupted write is never the file a record names.
  EXPECT_FALSE(Has(kInterrupted));
  EXPECT_TRUE(Has("iin.key"));
  EXPECT_TRUE(Has("unsubscribe.key"));
  EXPECT_TRUE(Has(std::string(32, 'e') + ".JPG"));
  EXPECT_TRUE(Has(std::string(32, 'f') + ".jpg"));
  EXPECT_EQ(c.files, 4);
  EXPECT_EQ(c.referenced, 1);
  EXPECT_EQ(c.young, 1);
  EXPECT_EQ(c.removed, 2);
  EXPECT_EQ(c.bytes_removed, 1024U);
}

TEST_F(StoreSweepTest, ReadsNoRecordsWhenNothingIsOldEnough) {
  Put(kYoungOrphan, kNow);
  Put(kOrphan, kNow + kDay);  // written by a node whose clock runs ahead
  int asked = 0;
  SweepCounts c = SweepStore(
      dir_.string(), [&] { return ++asked, std::unordered_set<std::string>{}; }, kNow, kDay);
  EXPECT_EQ(asked, 0);
  EXPECT_EQ(c.young, 2);
  EXPECT_TRUE(Has(kOrphan));
}

TEST_F(StoreSweepTest, AMissingDirectoryIsNothingToDo) {
  SweepCounts c = SweepStore((dir_ / "never").string(),
                             [] { return std::unordered_set<std::string>{}; }, kNow, kDay);
  EXPECT_EQ(c.files, 0);
  EXPECT_EQ(c.removed, 0);
}

}  // namespace
}  // namespace kenes::files
