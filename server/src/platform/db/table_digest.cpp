#include "platform/db/table_digest.hpp"

#include <charconv>
#include <cstdio>

#include "platform/crypto/crypto.hpp"

namespace kenes::db {
namespace {

void AppendValue(const Value& value, std::string& out) {
  const auto& v = value.storage();
  if (value.is_null()) {
    out += "\\N";
  } else if (const auto* i = std::get_if<int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (const auto* d = std::get_if<double>(&v)) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", *d);
    out.append(buf, static_cast<size_t>(n));
  } else {
    for (char c : std::get<std::string>(v)) {
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        default:
          out += c;
      }
    }
  }
}

uint64_t ParseHex64(std::string_view hex) {
  uint64_t out = 0;
  std::from_chars(hex.data(), hex.data() + hex.size(), out, 16);
  return out;
}

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) {
    if (!out.empty()) out += ", ";
    out += QuoteName(c);
  }
  return out;
}

}  // namespace

std::string CanonicalRowText(const std::vector<Value>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += '\t';
    AppendValue(values[i], out);
  }
  return out;
}

void TableDigest::Add(const std::string& canonical_row) {
  const std::string hash = crypto::Sha256Hex(canonical_row);
  high_ += ParseHex64(std::string_view(hash).substr(0, 16));  // wraps: a sum modulo 2^64
  low_ += ParseHex64(std::string_view(hash).substr(16, 16));
  ++rows_;
}

std::string TableDigest::Hex() const {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(high_),
                static_cast<unsigned long long>(low_));
  return buf;
}

std::string QuoteName(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::vector<std::string> ListTables(Tx& tx, std::string_view dialect) {
  const char* sql =
      dialect == "sqlite"
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' AND name <> 'schema_migrations' ORDER BY name"
          : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' "
            "ORDER BY table_name::text COLLATE \"C\"";
  std::vector<std::string> out;
  for (const auto& row : tx.Query(sql)) out.push_back(row.Str("name"));
  return out;
}

std::vector<std::string> ListColumns(Tx& tx, std::string_view dialect, const std::string& table) {
  const char* sql = dialect == "sqlite"
                        ? "SELECT name FROM pragma_table_info($1) ORDER BY cid"
                        : "SELECT column_name AS name FROM information_schema.columns WHERE "
                          "table_schema = current_schema() AND table_name = $1 "
                          "ORDER BY ordinal_position";
  std::vector<std::string> out;
  for (const auto& row : tx.Query(sql, {table})) out.push_back(row.Str("name"));
  return out;
}

void ForEachRow(Tx& tx, std::string_view dialect, const std::string& table,
                const std::vector<std::string>& columns, const std::function<void(const Row&)>& fn,
                int batch) {
  const std::string limit = std::to_string(batch);
  if (dialect == "sqlite") {
    // rowid order: the order rows were inserted in, which keeps parents before their children.
    const std::string sql = "SELECT rowid AS kenes_rowid, " + ColumnList(columns) + " FROM " +
                            QuoteName(table) + " WHERE rowid > $1 ORDER BY rowid LIMIT " + limit;
    int64_t after = -1;
    for (;;) {
      Rows rows = tx.Query(sql, {after});
      for (const auto& row : rows) {
        after = row.at(0).AsInt();
        std::vector<Value> values;
        values.reserve(columns.size());
        for (size_t i = 1; i < row.size(); ++i) values.push_back(row.at(i));
        fn(Row(nullptr, std::move(values)));
      }
      if (rows.size() < static_cast<size_t>(batch)) return;
    }
  }
  tx.Exec("DECLARE kenes_rows NO SCROLL CURSOR FOR SELECT " + ColumnList(columns) + " FROM " +
          QuoteName(table));
  const std::string fetch = "FETCH FORWARD " + limit + " FROM kenes_rows";
  for (;;) {
    Rows rows = tx.Query(fetch);
    for (const auto& row : rows) fn(row);
    if (rows.size() < static_cast<size_t>(batch)) break;
  }
  tx.Exec("CLOSE kenes_rows");
}

TableDigest DigestTable(Tx& tx, std::string_view dialect, const std::string& table,
                        const std::vector<std::string>& columns) {
  TableDigest digest;
  std::vector<Value> values;
  ForEachRow(tx, dialect, table, columns, [&](const Row& row) {
    values.clear();
    for (size_t i = 0; i < row.size(); ++i) values.push_back(row.at(i));
    digest.Add(CanonicalRowText(values));
  });
  return digest;
}

std::vector<TableSummary> DigestDatabase(Database& db) {
  return db.Read([&](Tx& tx) {
    std::vector<TableSummary> out;
    for (const auto& table : ListTables(tx, db.Dialect())) {
      const TableDigest d =
          DigestTable(tx, db.Dialect(), table, ListColumns(tx, db.Dialect(), table));
      out.push_back({table, d.rows(), d.Hex()});
    }
    return out;
  });
}

}  // namespace kenes::db
