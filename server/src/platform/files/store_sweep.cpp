#include "platform/files/store_sweep.hpp"

#include <filesystem>
#include <system_error>

#include <sys/stat.h>

#include "platform/files/file_store.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/log/log.hpp"

namespace kenes::files {
namespace {

struct Candidate {
  std::filesystem::path path;
  std::string name;       // the stored name it belongs to (without ".tmp")
  bool leftover = false;  // "<name>.tmp": an interrupted write, never what a record names
  int64_t modified_ms = 0;
  uintmax_t size = 0;
};

std::optional<Candidate> AsCandidate(const std::filesystem::directory_entry& entry) {
  std::error_code ec;
  if (!entry.is_regular_file(ec) || ec) return std::nullopt;
  std::string name = entry.path().filename().string();
  constexpr std::string_view kTmp = ".tmp";
  const bool leftover = name.size() > kTmp.size() && name.ends_with(kTmp);
  if (leftover) name.resize(name.size() - kTmp.size());
  if (!IsStoredName(name)) return std::nullopt;
  struct stat st {};
  if (::stat(entry.path().c_str(), &st) != 0) return std::nullopt;
  int64_t ms = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
  return Candidate{entry.path(), std::move(name), leftover, ms, static_cast<uintmax_t>(st.st_size)};
}

}  // namespace

std::unordered_set<std::string> StoreOwners::ReferencedNames(db::Database& db) const {
  std::unordered_set<std::string> names;
  db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    for (const auto& collect : collectors_) collect(tx, names);
    return true;
  });
  return names;
}

SweepCounts SweepStore(const std::string& dir,
                       const std::function<std::unordered_set<std::string>()>& referenced,
                       int64_t now_ms, int64_t grace_ms) {
  SweepCounts counts;
  std::error_code ec;
  std::vector<Candidate> old;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    auto c = AsCandidate(entry);
    if (!c) continue;
    ++counts.files;
    if (now_ms - c->modified_ms < grace_ms) {
      ++counts.young;
    } else {
      old.push_back(std::move(*c));
    }
  }
  if (ec || old.empty()) return counts;  // no directory yet: nothing was ever saved
  // Read after listing: a name committed since is in the set, and a file saved since is young.
  const std::unordered_set<std::string> names = referenced();
  for (const auto& c : old) {
    if (!c.leftover && names.contains(c.name)) {
      ++counts.referenced;
      continue;
    }
    if (std::filesystem::remove(c.path, ec) && !ec) {
      ++counts.removed;
      counts.bytes_removed += c.size;
    }
  }
  return counts;
}

void RegisterSweepJob(jobs::JobRunner& jobs, db::Database& db, const Clock& clock,
                      std::shared_ptr<const StoreOwners> owners, const std::string& dir) {
  jobs.Register(kSweepJob, [&db, &clock, owners = std::move(owners), dir](const jobs::Job&) {
    SweepCounts c = SweepStore(
        dir, [&] { return owners->ReferencedNames(db); }, clock.NowMs(), kSweepGraceMs);
    log::Info("files.sweep", {{"files", c.files},
                              {"referenced", c.referenced},
                              {"young", c.young},
                              {"removed", c.removed},
                              {"bytes_removed", c.bytes_removed}});
    jobs::EnsureQueued(db, kSweepJob, clock.NowMs(), clock.NowMs() + kSweepEveryMs);
  });
  jobs::EnsureQueued(db, kSweepJob, clock.NowMs(), clock.NowMs() + kSweepEveryMs);
}

}  // namespace kenes::files
