// The SQLite backend in one file (about 450 lines): the writer thread and its group commit, the
// pool of reader connections, the commit count and the statement cache share one set of locks and
// invariants (ADR 0005, ADR 0012), which stay readable only side by side.
#include "platform/db/sqlite/sqlite_database.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

#include "platform/db/would_wait.hpp"

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
    // No mmap: passive checkpoints grow the file a little at a time and every connection then
    // remaps it (measured: hundreds of 128 MB munmap/mmap pairs a second under intake).
    Script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
        "PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8000; PRAGMA mmap_size=0;");
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
    // Bounded: search SQL varies with the number of words and stems a client sends, and each
    // connection keeps its own cache. Every Query steps and resets its statement before
    // returning, so none is in use here and a full cache can start again.
    constexpr size_t kMaxStatements = 512;
    if (cache_.size() >= kMaxStatements) {
      for (auto& [text, cached] : cache_) sqlite3_finalize(cached);
      cache_.clear();
    }
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
  SqliteTx(Connection& conn, std::vector<std::string>* notes) : conn_(conn), notes_(notes) {}

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

  void Notify(std::string_view note) override { notes_->emplace_back(note); }
  // Group commit runs several writes in one transaction; each keeps its own notes.
  void set_notes(std::vector<std::string>* notes) { notes_ = notes; }

 private:
  Connection& conn_;
  std::vector<std::string>* notes_;
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
    writer_.reset();
  }

  std::string_view Dialect() const override { return "sqlite"; }
  bool IsRemote() const override { return false; }

  void RunInTx(TxMode mode, const std::function<bool(Tx&)>& fn) override {
    CheckMayWait();
    if (mode == TxMode::kWrite) return RunWrite(fn);
    Connection& conn = Acquire();
    conn.Script("BEGIN");
    std::vector<std::string> notes;
    SqliteTx tx(conn, &notes);
    bool commit = false;
    try {
      commit = fn(tx);
    } catch (...) {
      conn.Script("ROLLBACK");
      throw;
    }
    conn.Script(commit ? "COMMIT" : "ROLLBACK");
    if (commit) Tell(notes);
  }

  void Listen(Listener listener) override {
    std::lock_guard lock(listener_mu_);
    listener_ = std::move(listener);
  }

  std::optional<uint64_t> CommitCount() const override {
    return committed_.load(std::memory_order_acquire);
  }

  PoolStats Stats() const override {
    std::lock_guard lock(mu_);
    return PoolStats{static_cast<int>(all_.size()), 0, 0, writes_.load(), commits_.load()};
  }

 private:
  // A write waiting for the writer. It lives on the waiting caller's stack, which stays put until
  // `done`; `done` and `lead` change only under queue_mu_, `error` only while the batch runs.
  struct PendingWrite {
    const std::function<bool(Tx&)>* fn = nullptr;
    std::exception_ptr error;
    std::vector<std::string> notes;  // Tx::Notify's, told after the commit
    bool done = false;
    bool lead = false;
    std::condition_variable wake;
  };

  // Group commit. SQLite has one writer; callers queue, and one of them at a time leads: it runs
  // the queue's head (its own write and those of the callers waiting behind it) in one
  // transaction, each write in its own savepoint, commits once, wakes exactly those callers and
  // hands the lead to the next in line. Every use case keeps its own all-or-nothing result,
  // nobody returns before its commit, and the per-commit cost (WAL frames, locks, the
  // wal-index) is shared by the batch.
  void RunWrite(const std::function<bool(Tx&)>& fn) {
    writes_.fetch_add(1, std::memory_order_relaxed);
    PendingWrite mine;
    mine.fn = &fn;
    std::unique_lock lock(queue_mu_);
    queue_.push_back(&mine);
    if (!writing_) writing_ = mine.lead = true;
    while (!mine.done) {
      if (!mine.lead) {
        mine.wake.wait(lock);
        continue;
      }
      std::vector<PendingWrite*> batch;
      while (!queue_.empty() && batch.size() < kMaxBatch) {
        batch.push_back(queue_.front());
        queue_.pop_front();
      }
      lock.unlock();
      const size_t finished = RunBatch(batch);
      lock.lock();
      // Writes after an engine-level rollback did not run: they go back to the front.
      queue_.insert(queue_.begin(), batch.begin() + static_cast<std::ptrdiff_t>(finished),
                    batch.end());
      for (size_t i = 0; i < finished; ++i) {
        batch[i]->done = true;
        if (batch[i] != &mine) batch[i]->wake.notify_one();
      }
    }
    if (mine.lead) {
      mine.lead = false;
      if (queue_.empty()) {
        writing_ = false;
      } else {
        queue_.front()->lead = true;
        queue_.front()->wake.notify_one();
      }
    }
    lock.unlock();
    if (mine.error) std::rethrow_exception(mine.error);
    Tell(mine.notes);
  }

  void Tell(const std::vector<std::string>& notes) {
    if (notes.empty()) return;
    Listener listener;
    {
      std::lock_guard lock(listener_mu_);
      listener = listener_;
    }
    if (!listener) return;
    for (const auto& n : notes) listener(n);
  }

  // Runs the batch in one transaction; returns how many of its writes are finished (committed or
  // failed). The rest never ran.
  size_t RunBatch(const std::vector<PendingWrite*>& batch) {
    Connection& conn = Writer();
    std::vector<PendingWrite*> kept;  // writes that asked to commit
    size_t ran = 0;
    try {
      // IMMEDIATE takes the write lock up front (other processes, e.g. `kenes migrate`).
      conn.Script("BEGIN IMMEDIATE");
      commits_.fetch_add(1, std::memory_order_relaxed);
      SqliteTx tx(conn, nullptr);
      // Alone, a write needs no savepoint, and a savepoint is not free: SQLite then copies every
      // page the write changes to a statement journal, which made one million-row transaction
      // (`kenes bench-data`) several times slower.
      const bool alone = batch.size() == 1;
      for (; ran < batch.size(); ++ran) {
        PendingWrite* w = batch[ran];
        bool commit = false;
        if (!alone) conn.Script("SAVEPOINT w");
        tx.set_notes(&w->notes);
        try {
          commit = (*w->fn)(tx);
        } catch (...) {
          w->error = std::current_exception();
        }
        if (sqlite3_get_autocommit(conn.raw())) {
          // SQLite rolled the whole transaction back itself: the writes before this one are
          // lost too, so they fail rather than report a commit that did not happen.
          auto lost = std::make_exception_ptr(
              DbError(ErrorCode::kUnavailable, "sqlite: transaction rolled back by the engine"));
          if (!w->error) w->error = lost;
          for (PendingWrite* k : kept) k->error = lost;
          return ran + 1;
        }
        const bool keep = commit && !w->error;
        if (!keep) w->notes.clear();
        if (!alone) conn.Script(keep ? "RELEASE w" : "ROLLBACK TO w; RELEASE w");
        if (keep) kept.push_back(w);
      }
      conn.Script(kept.empty() ? "ROLLBACK" : "COMMIT");
      // After the commit and before any of its writers returns: a reader that sees the old count
      // began before this commit could be seen (so its result may be stale and is not kept).
      if (!kept.empty()) committed_.fetch_add(1, std::memory_order_release);
    } catch (...) {
      // BEGIN, a savepoint or the COMMIT failed: nothing of this batch is committed.
      auto failed = std::current_exception();
      for (PendingWrite* k : kept) k->error = failed;
      for (size_t j = ran; j < batch.size(); ++j) batch[j]->error = failed;
      try {
        if (!sqlite3_get_autocommit(conn.raw())) conn.Script("ROLLBACK");
      } catch (...) {  // the original error is what callers need to see
      }
    }
    return batch.size();
  }

  // The writer's own connection: only the batch leader uses it, so its page cache stays valid
  // from one write transaction to the next.
  Connection& Writer() {
    if (!writer_) {
      writer_ = std::make_unique<Connection>(path_, options_.busy_timeout_ms);
      // The writer touches the index pages of every table it writes (the search terms above
      // all); 2 MB, SQLite's default, made it re-read them from the OS on every batch.
      writer_->Script("PRAGMA cache_size=-32768");
    }
    return *writer_;
  }

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
  std::vector<std::shared_ptr<Connection>> all_;

  static constexpr size_t kMaxBatch = 64;
  std::mutex queue_mu_;
  std::deque<PendingWrite*> queue_;
  std::atomic<int64_t> writes_{0};
  std::atomic<int64_t> commits_{0};
  std::atomic<uint64_t> committed_{0};  // write transactions committed (CommitCount)
  bool writing_ = false;
  std::unique_ptr<Connection> writer_;
  std::mutex listener_mu_;
  Listener listener_;
};

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path, const DatabaseOptions& options) {
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace kenes::db
