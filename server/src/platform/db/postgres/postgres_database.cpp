#include "platform/db/postgres/postgres_database.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <pqxx/pqxx>

#include "platform/db/would_wait.hpp"

namespace kenes::db {
namespace {

constexpr int kInt8Oid = 20;
constexpr int kInt2Oid = 21;
constexpr int kInt4Oid = 23;
constexpr int kFloat4Oid = 700;
constexpr int kFloat8Oid = 701;
constexpr int kBoolOid = 16;

ErrorCode MapSqlState(const std::string& state) {
  if (state == "23505") return ErrorCode::kAlreadyExists;
  if (state == "23503") return ErrorCode::kFailedPrecondition;
  if (state.rfind("23", 0) == 0) return ErrorCode::kConflict;
  if (state == "40001" || state == "40P01") return ErrorCode::kUnavailable;  // retryable
  if (state.rfind("08", 0) == 0 || state == "57P01") return ErrorCode::kUnavailable;
  return ErrorCode::kInternal;
}

template <class F>
auto Translate(F&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const pqxx::sql_error& e) {
    throw DbError(MapSqlState(e.sqlstate()), std::string("postgresql: ") + e.what());
  } catch (const pqxx::broken_connection& e) {
    throw DbError(ErrorCode::kUnavailable, std::string("postgresql: ") + e.what());
  }
}

// A pooled connection with the statements it has prepared: each SQL text is parsed and planned
// once per connection instead of on every call (the extended protocol's Parse costs the server
// more than most of our queries' execution).
struct PgConnection {
  std::unique_ptr<pqxx::connection> conn;
  std::unordered_map<std::string, std::string> prepared;  // SQL text -> statement name
};

constexpr std::string_view kNotifyChannel = "kenes_events";

// Texts built at run time (multi-row inserts, optional filters) come in many shapes; past this
// many, a connection runs new texts unprepared rather than grow without bound.
constexpr size_t kMaxPreparedPerConnection = 256;

class PgTx final : public Tx {
 public:
  PgTx(pqxx::transaction_base& work, PgConnection& conn) : work_(work), conn_(conn) {}

  Rows Query(std::string_view sql, const Params& params) override {
    pqxx::result res = Run(sql, params);
    auto columns = std::make_shared<std::vector<std::string>>();
    std::vector<int> oids;
    for (pqxx::row::size_type i = 0; i < res.columns(); ++i) {
      columns->emplace_back(res.column_name(i));
      oids.push_back(static_cast<int>(res.column_type(i)));
    }
    Rows rows;
    rows.reserve(res.size());
    for (const auto& r : res) {
      std::vector<Value> values;
      values.reserve(oids.size());
      for (size_t i = 0; i < oids.size(); ++i) {
        const auto& f = r[static_cast<pqxx::row::size_type>(i)];
        if (f.is_null()) {
          values.emplace_back();
        } else if (oids[i] == kInt8Oid || oids[i] == kInt4Oid || oids[i] == kInt2Oid) {
          values.emplace_back(f.as<int64_t>());
        } else if (oids[i] == kFloat8Oid || oids[i] == kFloat4Oid) {
          values.emplace_back(f.as<double>());
        } else if (oids[i] == kBoolOid) {
          values.emplace_back(f.as<bool>());
        } else {
          values.emplace_back(std::string(f.c_str(), f.size()));
        }
      }
      rows.emplace_back(columns, std::move(values));
    }
    return rows;
  }

  int64_t Exec(std::string_view sql, const Params& params) override {
    return static_cast<int64_t>(Run(sql, params).affected_rows());
  }

  void ExecScript(std::string_view sql) override {
    Translate([&] { return work_.exec(std::string(sql)); });
  }

  // PostgreSQL queues the notification with the transaction and sends it at commit, to every
  // session listening (each node's listener, this one's too).
  void Notify(std::string_view note) override {
    Run("SELECT pg_notify($1, $2)", {std::string(kNotifyChannel), std::string(note)});
  }

 private:
  pqxx::result Run(std::string_view sql, const Params& params) {
    std::vector<std::string> storage;
    storage.reserve(params.size());
    std::vector<const char*> ptrs;
    ptrs.reserve(params.size());
    for (const auto& p : params) {
      if (p.is_null()) {
        storage.emplace_back();
        ptrs.push_back(nullptr);
      } else {
        storage.push_back(p.AsString());
        ptrs.push_back(nullptr);
      }
    }
    for (size_t i = 0; i < params.size(); ++i) {
      if (!params[i].is_null()) ptrs[i] = storage[i].c_str();
    }
    return Translate([&] {
      const std::string* name = Prepared(sql);
      if (name == nullptr) {
        return work_.exec_params(std::string(sql), pqxx::prepare::make_dynamic_params(ptrs));
      }
      return work_.exec_prepared(*name, pqxx::prepare::make_dynamic_params(ptrs));
    });
  }

  const std::string* Prepared(std::string_view sql) {
    std::string text(sql);
    auto it = conn_.prepared.find(text);
    if (it != conn_.prepared.end()) return &it->second;
    if (conn_.prepared.size() >= kMaxPreparedPerConnection) return nullptr;
    std::string name = "k" + std::to_string(conn_.prepared.size());
    conn_.conn->prepare(name, text);
    return &conn_.prepared.emplace(std::move(text), std::move(name)).first->second;
  }

  pqxx::transaction_base& work_;
  PgConnection& conn_;
};

// LISTENs on a connection of its own, in a thread of its own, and hands each note to the
// listener. A lost connection is re-opened; notes sent while it was down are lost, which the
// clients' re-read on reconnect covers (events only say that something changed).
class NoteListener {
 public:
  NoteListener(std::string url, Database::Listener listener)
      : url_(std::move(url)), listener_(std::move(listener)), thread_([this] { Run(); }) {}
  ~NoteListener() {
    stop_ = true;
    thread_.join();
  }
  NoteListener(const NoteListener&) = delete;
  NoteListener& operator=(const NoteListener&) = delete;

  // Notes committed before the LISTEN took effect are not heard: serving starts after it.
  bool WaitListening(std::chrono::milliseconds limit) {
    std::unique_lock lock(mu_);
    return cv_.wait_for(lock, limit, [&] { return listening_; });
  }

 private:
  class Receiver final : public pqxx::notification_receiver {
   public:
    Receiver(pqxx::connection_base& conn, const Database::Listener& listener)
        : pqxx::notification_receiver(conn, std::string(kNotifyChannel)), listener_(listener) {}
    void operator()(const std::string& payload, int /*backend_pid*/) override {
      listener_(payload);
    }

   private:
    const Database::Listener& listener_;
  };

  void Run() {
    while (!stop_) {
      try {
        pqxx::connection conn(url_);
        Receiver receiver(conn, listener_);
        {
          std::lock_guard lock(mu_);
          listening_ = true;
        }
        cv_.notify_all();
        // Wakes every quarter second to see whether the database is closing.
        while (!stop_) conn.await_notification(0, 250'000);
      } catch (const std::exception&) {
        for (int i = 0; i < 4 && !stop_; ++i) {
          std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
      }
    }
  }

  std::string url_;
  Database::Listener listener_;
  std::atomic<bool> stop_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  bool listening_ = false;
  std::thread thread_;  // last: starts once the rest is ready
};

// A bounded pool: callers wait up to acquire_timeout_ms, then get `unavailable`.
class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(std::string url, DatabaseOptions options)
      : url_(std::move(url)), options_(options) {
    Release(Connect());  // fail early on a bad URL
  }

  void Listen(Listener listener) override {
    note_listener_ = std::make_unique<NoteListener>(url_, std::move(listener));
    if (!note_listener_->WaitListening(std::chrono::seconds(10))) {
      throw DbError(ErrorCode::kUnavailable, "postgresql: could not LISTEN for events");
    }
  }

  std::string_view Dialect() const override { return "postgresql"; }
  bool IsRemote() const override { return true; }

  void RunInTx(TxMode mode, const std::function<bool(Tx&)>& fn) override {
    CheckMayWait();
    if (mode == TxMode::kWrite) writes_.fetch_add(1, std::memory_order_relaxed);
    std::unique_ptr<PgConnection> conn = Acquire();
    bool healthy = true;
    try {
      Translate([&] {
        // A read-only transaction starts with one round trip ("BEGIN; SET TRANSACTION READ ONLY").
        std::unique_ptr<pqxx::transaction_base> work;
        if (mode == TxMode::kRead) {
          work = std::make_unique<pqxx::read_transaction>(*conn->conn);
        } else {
          work = std::make_unique<pqxx::work>(*conn->conn);
        }
        PgTx tx(*work, *conn);
        if (fn(tx)) {
          work->commit();
        } else {
          work->abort();
        }
        return 0;
      });
    } catch (const DbError& e) {
      healthy = conn->conn->is_open() && e.code() != ErrorCode::kUnavailable;
      Release(healthy ? std::move(conn) : nullptr);
      throw;
    } catch (...) {
      Release(conn->conn->is_open() ? std::move(conn) : nullptr);
      throw;
    }
    Release(std::move(conn));
  }

  PoolStats Stats() const override {
    std::lock_guard lock(mu_);
    return PoolStats{options_.pool_size, in_use_, waits_, writes_.load(), writes_.load()};
  }

 private:
  std::unique_ptr<PgConnection> Connect() {
    return Translate([&] {
      auto c = std::make_unique<PgConnection>();
      c->conn = std::make_unique<pqxx::connection>(url_);
      // Statements are prepared per connection; after five runs PostgreSQL may switch one to a
      // generic plan, blind to the parameters, and a list filtered on a rare status then walks a
      // common one's rows. Planning each run costs far less than such a plan (issue 16).
      pqxx::nontransaction setup(*c->conn);
      setup.exec("SET plan_cache_mode = force_custom_plan");
      setup.commit();
      return c;
    });
  }

  std::unique_ptr<PgConnection> Acquire() {
    std::unique_lock lock(mu_);
    if (idle_.empty() && open_ >= options_.pool_size) {
      ++waits_;
      bool got = cv_.wait_for(lock, std::chrono::milliseconds(options_.acquire_timeout_ms),
                              [&] { return !idle_.empty() || open_ < options_.pool_size; });
      if (!got) throw DbError(ErrorCode::kUnavailable, "postgresql: pool exhausted");
    }
    ++in_use_;
    if (!idle_.empty()) {
      auto conn = std::move(idle_.front());
      idle_.pop_front();
      return conn;
    }
    ++open_;
    lock.unlock();
    try {
      return Connect();
    } catch (...) {
      lock.lock();
      --open_;
      --in_use_;
      cv_.notify_one();
      throw;
    }
  }

  // A null connection means the old one was broken: its slot is freed for a new one.
  void Release(std::unique_ptr<PgConnection> conn) {
    std::lock_guard lock(mu_);
    if (in_use_ > 0) --in_use_;
    if (conn) {
      idle_.push_back(std::move(conn));
    } else {
      --open_;
    }
    cv_.notify_one();
  }

  std::string url_;
  DatabaseOptions options_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::unique_ptr<PgConnection>> idle_;
  int open_ = 0;
  int in_use_ = 0;
  int64_t waits_ = 0;
  std::atomic<int64_t> writes_{0};  // one commit each: PostgreSQL groups commits itself
  std::unique_ptr<NoteListener> note_listener_;
};

}  // namespace

std::unique_ptr<Database> OpenPostgres(const std::string& url, const DatabaseOptions& options) {
  return std::make_unique<PostgresDatabase>(url, options);
}

}  // namespace kenes::db
