#pragma once
// Files no record names any more — the versions of a removed agenda document, a replaced deputy
// photo, an upload whose transaction was refused or whose process was killed before it committed
// — are deleted once they are older than a grace period, so the store does not keep what nobody
// can reach (a removed document may hold a draft that was withdrawn for a reason). Each feature
// that saves into the store says which names its records hold (StoreOwners::Add, read through its
// repository). The sweep lists the directory before it reads the names: a file saved meanwhile is
// younger than the grace period and kept, whether its transaction commits or not.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/clock.hpp"
#include "platform/db/database.hpp"

namespace kenes::jobs {
class JobRunner;  // platform/jobs/jobs.hpp
}

namespace kenes::files {

using NameCollector = std::function<void(db::Tx& tx, std::unordered_set<std::string>& names)>;

class StoreOwners {
 public:
  void Add(NameCollector collect) { collectors_.push_back(std::move(collect)); }
  // Every stored name some record holds, read in one transaction.
  std::unordered_set<std::string> ReferencedNames(db::Database& db) const;

 private:
  std::vector<NameCollector> collectors_;
};

struct SweepCounts {
  int files = 0;       // names of the store's own form found in the directory
  int referenced = 0;  // kept: a record names them
  int young = 0;       // kept: newer than the grace period
  int removed = 0;
  uintmax_t bytes_removed = 0;
};

// Deletes the store's files (and leftover "<name>.tmp" of an interrupted write) older than
// grace_ms at now_ms by their modification time that `referenced()` does not name; anything not
// of the store's name form (the keys kept in the same directory) is never touched.
SweepCounts SweepStore(const std::string& dir,
                       const std::function<std::unordered_set<std::string>()>& referenced,
                       int64_t now_ms, int64_t grace_ms);

inline constexpr const char* kSweepJob = "files.sweep";
inline constexpr int64_t kSweepGraceMs = 24LL * 60 * 60 * 1000;
inline constexpr int64_t kSweepEveryMs = 24LL * 60 * 60 * 1000;

// The daily job (claimed once across nodes, like every job) that runs SweepStore over `dir`.
void RegisterSweepJob(jobs::JobRunner& jobs, db::Database& db, const Clock& clock,
                      std::shared_ptr<const StoreOwners> owners, const std::string& dir);

}  // namespace kenes::files
