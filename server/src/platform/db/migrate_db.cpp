#include "platform/db/migrate_db.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "platform/db/migrations.hpp"
#include "platform/db/statistics.hpp"

namespace kenes::db {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// What this version's migrations alone put into a database (the appeal categories, for one):
// a target holding exactly that is empty, whatever `kenes migrate` has already run on it.
std::map<std::string, TableSummary> FreshDatabaseDigests() {
  const auto path = std::filesystem::temp_directory_path() /
                    ("kenes-migrate-db-reference-" + std::to_string(getpid()) + ".db");
  auto remove_files = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::error_code ec;
      std::filesystem::remove(path.string() + suffix, ec);
    }
  };
  remove_files();
  std::map<std::string, TableSummary> out;
  {
    auto fresh = OpenDatabase("sqlite:" + path.string(), DatabaseOptions{});
    auto migrated = Migrate(*fresh, EmbeddedMigrations());
    if (!migrated.ok()) throw std::runtime_error(migrated.error().message);
    for (auto& t : DigestDatabase(*fresh)) out.emplace(t.table, std::move(t));
  }
  remove_files();
  return out;
}

std::vector<std::pair<std::string, std::string>> ForeignKeys(
    Tx& tx, std::string_view dialect, const std::vector<std::string>& tables) {
  std::vector<std::pair<std::string, std::string>> out;
  if (dialect == "sqlite") {
    for (const auto& t : tables) {
      for (const auto& row :
           tx.Query("SELECT DISTINCT \"table\" AS parent FROM pragma_foreign_key_list($1)", {t})) {
        out.emplace_back(t, row.Str("parent"));
      }
    }
    return out;
  }
  for (const auto& row : tx.Query(
           "SELECT DISTINCT child.relname AS child, parent.relname AS parent FROM pg_constraint c "
           "JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = "
           "c.confrelid WHERE c.contype = 'f' AND c.connamespace = "
           "current_schema()::regnamespace")) {
    out.emplace_back(row.Str("child"), row.Str("parent"));
  }
  return out;
}

// A value as an INSERT parameter: parameters travel as text, and a double's default text keeps
// six digits; 17 keep every bit.
Value ForInsert(const Value& v) {
  if (const auto* d = std::get_if<double>(&v.storage())) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return Value(std::string(buf));
  }
  return v;
}

std::string InsertSql(const std::string& table, const std::vector<std::string>& columns,
                      size_t rows) {
  std::string sql = "INSERT INTO " + QuoteName(table) + " (";
  for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + QuoteName(columns[i]);
  sql += ") VALUES ";
  size_t n = 0;
  for (size_t r = 0; r < rows; ++r) {
    sql += r ? ", (" : "(";
    for (size_t c = 0; c < columns.size(); ++c) sql += (c ? ", $" : "$") + std::to_string(++n);
    sql += ")";
  }
  return sql;
}

// Copies one table and digests it on both sides; the target's digest reads the rows back.
MigrateDbTable CopyTable(Tx& from, std::string_view from_dialect, Tx& to,
                         std::string_view to_dialect, const std::string& table,
                         const std::vector<std::string>& columns) {
  // PostgreSQL takes at most 65,535 parameters a statement; SQLite 32,766.
  const size_t per_batch = std::max<size_t>(1, std::min<size_t>(500, 30000 / columns.size()));
  const std::string full_batch_sql = InsertSql(table, columns, per_batch);
  Params params;
  params.reserve(per_batch * columns.size());
  size_t in_batch = 0;
  auto flush = [&] {
    if (in_batch == 0) return;
    to.Exec(in_batch == per_batch ? full_batch_sql : InsertSql(table, columns, in_batch), params);
    params.clear();
    in_batch = 0;
  };
  TableDigest source;
  std::vector<Value> values;
  ForEachRow(from, from_dialect, table, columns, [&](const Row& row) {
    values.clear();
    for (size_t i = 0; i < row.size(); ++i) {
      values.push_back(row.at(i));
      params.push_back(ForInsert(row.at(i)));
    }
    source.Add(CanonicalRowText(values));
    if (++in_batch == per_batch) flush();
  });
  flush();
  const TableDigest target = DigestTable(to, to_dialect, table, columns);
  return {table, source.rows(), source.Hex(),
          target.rows() == source.rows()
              ? target.Hex()
              : target.Hex() + " (" + std::to_string(target.rows()) + " rows)"};
}

// Identity columns continue after the copied ids, and after ids SQLite handed out to rows since
// deleted (AUTOINCREMENT never reuses one; neither may the copy).
void ResetSequences(Tx& from, std::string_view from_dialect, Tx& to) {
  std::map<std::string, int64_t> handed_out;
  if (from_dialect == "sqlite" &&
      from.QueryOne("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")) {
    for (const auto& row : from.Query("SELECT name, seq FROM sqlite_sequence")) {
      handed_out[row.Str("name")] = row.Int("seq");
    }
  }
  const Rows serials = to.Query(
      "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE "
      "table_schema = current_schema() AND column_default LIKE 'nextval(%'");
  for (const auto& row : serials) {
    const std::string table = row.Str("t");
    const std::string column = row.Str("c");
    int64_t last = to.QueryOne("SELECT COALESCE(MAX(" + QuoteName(column) + "), 0) AS m FROM " +
                               QuoteName(table))
                       ->Int("m");
    if (auto it = handed_out.find(table); it != handed_out.end()) last = std::max(last, it->second);
    to.Query("SELECT setval(pg_get_serial_sequence($1, $2), $3, false)",
             {QuoteName(table), column, last + 1});
  }
}

}  // namespace

Result<std::vector<std::string>> DependencyOrder(
    const std::vector<std::string>& tables,
    const std::vector<std::pair<std::string, std::string>>& references) {
  std::map<std::string, std::set<std::string>> parents;
  for (const auto& t : tables) parents[t];
  for (const auto& [child, parent] : references) {
    if (child != parent && parents.count(child) && parents.count(parent)) {
      parents[child].insert(parent);
    }
  }
  std::vector<std::string> order;
  std::set<std::string> placed;
  while (order.size() < tables.size()) {
    bool progressed = false;
    for (const auto& t : tables) {  // name order among the ready ones: a stable plan
      if (placed.count(t)) continue;
      const auto& p = parents[t];
      if (std::all_of(p.begin(), p.end(), [&](const auto& x) { return placed.count(x) > 0; })) {
        order.push_back(t);
        placed.insert(t);
        progressed = true;
      }
    }
    if (!progressed) {
      return Error::Of(ErrorCode::kFailedPrecondition, "foreign keys form a cycle");
    }
  }
  return order;
}

Result<MigrateDbReport> MigrateDb(const std::string& from_url, const std::string& to_url) {
  const auto started = Clock::now();
  if (from_url == to_url) return Error::Invalid("--to", "is the same database as --from");
  auto source = OpenDatabase(from_url, DatabaseOptions{});
  auto target = OpenDatabase(to_url, DatabaseOptions{});
  // The source too: its tables must have this version's columns, as `kenes serve` would make them.
  for (Database* db : {source.get(), target.get()}) {
    auto migrated = Migrate(*db, EmbeddedMigrations());
    if (!migrated.ok()) return migrated.error();
  }
  const auto fresh = FreshDatabaseDigests();
  for (const auto& t : DigestDatabase(*target)) {
    auto it = fresh.find(t.table);
    const bool as_migrated =
        it != fresh.end() && it->second.rows == t.rows && it->second.digest == t.digest;
    if (t.rows > 0 && !as_migrated) {
      return Error::Of(ErrorCode::kAlreadyExists,
                       "migrate-db: the target database is not empty (table " + t.table + " has " +
                           std::to_string(t.rows) +
                           " rows); give an empty database, nothing was changed");
    }
  }

  MigrateDbReport report;
  std::optional<Error> failure;
  const auto copy_started = Clock::now();
  target->RunInTx(TxMode::kWrite, [&](Tx& to) {
    source->RunInTx(TxMode::kRead, [&](Tx& from) {
      const auto tables = ListTables(from, source->Dialect());
      if (tables != ListTables(to, target->Dialect())) {
        failure = Error::Of(ErrorCode::kFailedPrecondition,
                            "migrate-db: the two databases have different tables");
        return true;
      }
      auto order = DependencyOrder(tables, ForeignKeys(from, source->Dialect(), tables));
      if (!order.ok()) {
        failure = order.error();
        return true;
      }
      // Rows the migrations inserted make way for the source's own (which may have been edited).
      for (auto it = order->rbegin(); it != order->rend(); ++it) {
        if (auto f = fresh.find(*it); f != fresh.end() && f->second.rows > 0) {
          to.Exec("DELETE FROM " + QuoteName(*it));
        }
      }
      for (const auto& table : *order) {
        const auto columns = ListColumns(from, source->Dialect(), table);
        const auto target_columns = ListColumns(to, target->Dialect(), table);
        if (std::set(columns.begin(), columns.end()) !=
            std::set(target_columns.begin(), target_columns.end())) {
          failure = Error::Of(ErrorCode::kFailedPrecondition,
                              "migrate-db: the columns of " + table + " differ");
          return true;
        }
        report.tables.push_back(
            CopyTable(from, source->Dialect(), to, target->Dialect(), table, columns));
        const auto& copied = report.tables.back();
        report.rows += copied.rows;
        if (copied.source_digest != copied.target_digest && !failure) {
          failure = Error::Of(ErrorCode::kInternal, "migrate-db: the copy of " + table +
                                                        " differs from its source; nothing "
                                                        "was committed");
        }
      }
      if (target->Dialect() == "postgresql") ResetSequences(from, source->Dialect(), to);
      return true;
    });
    return !failure.has_value();
  });
  report.copy_seconds = SecondsSince(copy_started);
  if (failure) return *failure;
  RefreshStatistics(*target);  // a bulk load: the planner must not see empty tables
  report.total_seconds = SecondsSince(started);
  return report;
}

}  // namespace kenes::db
