#pragma once
// Table contents compared across databases and dialects (`kenes migrate-db`, `kenes
// table-digests`, the backup test): each row becomes one canonical line of text, and a table's
// digest is the sum of its lines' hashes, so it does not depend on the order rows are read in —
// SQLite and PostgreSQL sort text differently, and a digest must not care.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace kenes::db {

// One row as text: values joined by tabs; NULL is \N, integers in decimal, floating point with
// 17 significant digits, text with backslash, tab, CR and LF escaped. An integer and the text of
// its digits read the same: a column may hold one on SQLite and the other on PostgreSQL.
std::string CanonicalRowText(const std::vector<Value>& values);

// A multiset digest: add each row's canonical text in any order.
class TableDigest {
 public:
  void Add(const std::string& canonical_row);
  int64_t rows() const { return rows_; }
  std::string Hex() const;  // 32 hex digits

 private:
  int64_t rows_ = 0;
  uint64_t high_ = 0;
  uint64_t low_ = 0;
};

// Application tables of the database in name order (not SQLite's own, not schema_migrations,
// which records when each schema change ran and so differs between any two databases).
std::vector<std::string> ListTables(Tx& tx, std::string_view dialect);
// Columns of `table` in their declared order.
std::vector<std::string> ListColumns(Tx& tx, std::string_view dialect, const std::string& table);

// "table" with inner quotes doubled.
std::string QuoteName(const std::string& name);

// Calls `fn` with every row of `table` (the `columns`, in that order), `batch` rows at a time so
// a table of millions never sits in memory: SQLite walks rowids, PostgreSQL reads a cursor.
void ForEachRow(Tx& tx, std::string_view dialect, const std::string& table,
                const std::vector<std::string>& columns, const std::function<void(const Row&)>& fn,
                int batch = 2000);

TableDigest DigestTable(Tx& tx, std::string_view dialect, const std::string& table,
                        const std::vector<std::string>& columns);

struct TableSummary {
  std::string table;
  int64_t rows = 0;
  std::string digest;
};
// Every application table of `db` with its row count and digest, in name order.
std::vector<TableSummary> DigestDatabase(Database& db);

}  // namespace kenes::db
