#pragma once
// The CSV or XLSX import of an existing registry of acts: a dry run that changes nothing and says
// per row what would be created or why it is refused, then the real run in one transaction (all
// rows or none). See docs/acts.md, "Import".

#include <map>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/acts/acts_repository.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::acts {

inline constexpr int kMaxImportRows = 5000;

struct ImportRow {
  int line = 0;  // in the file, the header being line 1
  std::string number{}, adopted_on{}, title_kk{}, title_ru{};
  std::map<std::string, std::string> problems{};  // column → reason; none: created
  int64_t id = 0;                                 // after the real run
};

struct ImportReport {
  bool dry_run = true;
  int created = 0;  // would be, in a dry run
  int refused = 0;
  std::vector<ImportRow> rows{};
};

class ActsImport {
 public:
  ActsImport(db::Database& db, const Clock& clock,
             std::shared_ptr<directory::DirectoryService> directory)
      : db_(db), clock_(clock), directory_(std::move(directory)) {}

  // 403 for anyone but the maslikhat's staff or an administrator; 422 `file: …` for a file that
  // is not a registry (no header, an unknown column, too many rows; an XLSX workbook that cannot
  // be read: `xlsx_not_zip`, `xlsx_no_sheet`, `xlsx_too_large`, `xlsx_unsupported`,
  // `xlsx_bad_xml`). `csv` is the file's bytes: CSV text, or an XLSX workbook (its first sheet). A
  // real run with a refused row answers the report with 422 and creates nothing.
  Result<ImportReport> Run(const Actor& actor, int64_t maslikhat_id, const std::string& csv,
                           bool dry_run);

 private:
  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  ActsRepository repo_;
};

}  // namespace kenes::acts
