#include "platform/db/sqlite/sqlite_database.hpp"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace kenes::db {
namespace {

ErrorCode MapSqliteError(int extended) {
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return ErrorCode::kAlreadyExists;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return ErrorCode::kFailedPrecondition;
    default:
      break;
  }
  switch (extended & 0xff) {
    case SQLITE_CONSTRAINT:
      return ErrorCode::kConflict;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return ErrorCode::kUnavailable;
    default:
      return ErrorCode::kInternal;
  }
}

// One connection, used by one thread at a time, with its prepared statements cached by SQL text.
class Connection {
 public:
  Connection(const std::string& path, int busy_timeout_ms) {
    int rc =
        sqlite3_open_v2(path.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "cannot open";
      sqlite3_close_v2(db_);
      db_ = nullptr;
      throw DbError(ErrorCode::kUnavailable, "sqlite open: " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busy_timeout_ms);
    // synchronous=NORMAL in WAL mode: a committed transaction survives a process crash (what
    // `tools/kill_test.sh` checks); only a power loss can take the last commits. Statement
    // journals stay in memory, and checkpoints are batched so intake does not stall on them.
    Script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
        "PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8000; PRAGMA mmap_size=268435456;");
  }
  ~Connection() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void Script(std::string_view sql) {
    char* err = nullptr;
    std::string text(sql);
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : "error";
      sqlite3_free(err);
      throw DbError(MapSqliteError(sqlite3_extended_errcode(db_)), "sqlite: " + msg);
    }
  }

  sqlite3_stmt* Prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) Fail("prepare");
    cache_.emplace(std::string(sql), stmt);
    return stmt;
  }

  [[noreturn]] void Fail(const char* what) {
    throw DbError(MapSqliteError(sqlite3_extended_errcode(db_)),
                  std::string("sqlite ") + what + ": " + sqlite3_errmsg(db_));
  }

  sqlite3* raw() { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

void Bind(Connection& conn, sqlite3_stmt* stmt, const Params& params) {
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  int count = sqlite3_bind_parameter_count(stmt);
  // $n are named parameters in SQLite: bind each by its name, so "$2 ... $1" and repeats work.
  for (size_t i = 0; i < params.size(); ++i) {
    std::string name = "$" + std::to_string(i + 1);
    int idx = sqlite3_bind_parameter_index(stmt, name.c_str());
    if (idx == 0) continue;
    const auto& v = params[i].storage();
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::monostate>(v)) {
      rc = sqlite3_bind_null(stmt, idx);
    } else if (auto p = std::get_if<int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, idx, *p);
    } else if (auto p = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(stmt, idx, *p);
    } else if (auto p = std::get_if<std::string>(&v)) {
      rc = sqlite3_bind_text(stmt, idx, p->data(), static_cast<int>(p->size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) conn.Fail("bind");
  }
  if (count > static_cast<int>(params.size())) {
    for (int idx = 1; idx <= count; ++idx) {
      const char* name = sqlite3_bind_parameter_name(stmt, idx);
      if (name && std::stoul(std::string(name + 1)) > params.size()) {
        throw DbError(ErrorCode::kInternal, "sqlite: missing parameter " + std::string(name));
      }
    }
  }
}

class SqliteTx final : public Tx {
 public:
  explicit SqliteTx(Connection& conn) : conn_(conn) {}

  Rows Query(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = conn_.Prepare(sql);
    Bind(conn_, stmt, params);
    int ncol = sqlite3_column_count(stmt);
    auto columns = std::make_shared<std::vector<std::string>>();
    for (int i = 0; i < ncol; ++i) columns->emplace_back(sqlite3_column_name(stmt, i));
    Rows rows;
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        sqlite3_reset(stmt);
        conn_.Fail("step");
      }
      std::vector<Value> values;
      values.reserve(ncol);
      for (int i = 0; i < ncol; ++i) {
        switch (sqlite3_column_type(stmt, i)) {
          case SQLITE_INTEGER:
            values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, i)));
            break;
          case SQLITE_FLOAT:
            values.emplace_back(sqlite3_column_double(stmt, i));
            break;
          case SQLITE_NULL:
            values.emplace_back();
            break;
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
            values.emplace_back(std::string(text, sqlite3_column_bytes(stmt, i)));
          }
        }
      }
      rows.emplace_back(columns, std::move(values));
    }
    sqlite3_reset(stmt);
    return rows;
  }

  int64_t Exec(std::string_view sql, const Params& params) override {
    Query(sql, params);
    return sqlite3_changes64(conn_.raw());
  }

  void ExecScript(std::string_view sql) override {
    // Portable migrations say BIGSERIAL; SQLite's equivalent keeps ids monotonic.
    std::string text(sql);
    const std::string from = "BIGSERIAL PRIMARY KEY";
    const std::string to = "INTEGER PRIMARY KEY AUTOINCREMENT";
    for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos)) {
      text.replace(pos, from.size(), to);
      pos += to.size();
    }
    conn_.Script(text);
  }

 private:
  Connection& conn_;
};

std::atomic<uint64_t> next_database_id{1};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, DatabaseOptions options)
      : path_(std::move(path)), options_(options), id_(next_database_id++) {
    auto parent = std::filesystem::path(path_).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    Acquire();  // fail early on an unusable path
  }
  ~SqliteDatabase() override {
    std::lock_guard lock(mu_);
    all_.clear();
  }

  std::string_view Dialect() const override { return "sqlite"; }
  bool IsRemote() const override { return false; }

  void RunInTx(TxMode mode, const std::function<bool(Tx&)>& fn) override {
    Connection& conn = Acquire();
    // SQLite has one writer at a time. Queueing writers on a mutex here, instead of letting them
    // collide in BEGIN IMMEDIATE, avoids the busy handler's sleeps (up to 100 ms each) under load.
    std::unique_lock<std::mutex> writer(write_mu_, std::defer_lock);
    if (mode == TxMode::kWrite) writer.lock();
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on lock upgrade.
    conn.Script(mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
    SqliteTx tx(conn);
    bool commit = false;
    try {
      commit = fn(tx);
    } catch (...) {
      conn.Script("ROLLBACK");
      throw;
    }
    conn.Script(commit ? "COMMIT" : "ROLLBACK");
  }

  PoolStats Stats() const override {
    std::lock_guard lock(mu_);
    return PoolStats{static_cast<int>(all_.size()), 0, 0};
  }

 private:
  // Per-thread connections: SQLite connections are cheap and WAL lets readers run in parallel.
  Connection& Acquire() {
    thread_local std::unordered_map<uint64_t, std::weak_ptr<Connection>> mine;
    auto it = mine.find(id_);
    if (it != mine.end()) {
      if (auto conn = it->second.lock()) return *conn;
    }
    auto conn = std::make_shared<Connection>(path_, options_.busy_timeout_ms);
    {
      std::lock_guard lock(mu_);
      all_.push_back(conn);
    }
    mine[id_] = conn;
    return *conn;  // kept alive by all_ for the life of the database
  }

  std::string path_;
  DatabaseOptions options_;
  uint64_t id_;
  mutable std::mutex mu_;
  std::mutex write_mu_;
  std::vector<std::shared_ptr<Connection>> all_;
};

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path, const DatabaseOptions& options) {
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace kenes::db
