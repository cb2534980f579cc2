#pragma once
// CSV imports of okrug coverage and of deputies. All rows are checked first; one bad row means
// nothing is imported, and every bad row is reported with its line number.

#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::directory {

struct ImportProblem {
  int line = 0;
  std::string field;
  std::string reason;
};

struct ImportReport {
  bool dry_run = true;
  int rows = 0;
  int imported = 0;
  std::vector<ImportProblem> errors;
};

class DirectoryImport {
 public:
  DirectoryImport(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<ImportReport> Coverage(const Actor& actor, int64_t maslikhat_id, const std::string& csv,
                                bool dry_run);
  Result<ImportReport> Deputies(const Actor& actor, int64_t maslikhat_id, const std::string& csv,
                                bool dry_run);

 private:
  db::Database& db_;
  const Clock& clock_;
  DirectoryRepository repo_;
};

}  // namespace kenes::directory
