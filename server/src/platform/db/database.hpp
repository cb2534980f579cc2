#pragma once
// The storage interface with two backends (SQLite, PostgreSQL). SQL is written once, PostgreSQL
// style with $1..$n; the SQLite backend binds $n by name so order and reuse are safe.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace kenes::db {

class Value {
 public:
  using Storage = std::variant<std::monostate, int64_t, double, std::string>;
  Value() = default;
  Value(std::nullptr_t) {}                                // NOLINT
  Value(int v) : v_(static_cast<int64_t>(v)) {}           // NOLINT
  Value(int64_t v) : v_(v) {}                             // NOLINT
  Value(bool v) : v_(static_cast<int64_t>(v ? 1 : 0)) {}  // NOLINT
  Value(double v) : v_(v) {}                              // NOLINT
  Value(std::string v) : v_(std::move(v)) {}              // NOLINT
  Value(std::string_view v) : v_(std::string(v)) {}       // NOLINT
  Value(const char* v) : v_(std::string(v)) {}            // NOLINT
  template <class T>
  Value(const std::optional<T>& v) {  // NOLINT
    if (v) *this = Value(*v);
  }

  bool is_null() const { return v_.index() == 0; }
  const Storage& storage() const { return v_; }
  int64_t AsInt() const;
  double AsDouble() const;
  std::string AsString() const;

 private:
  Storage v_;
};

using Params = std::vector<Value>;

class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> columns, std::vector<Value> values)
      : columns_(std::move(columns)), values_(std::move(values)) {}

  size_t size() const { return values_.size(); }
  const Value& at(size_t i) const { return values_.at(i); }
  const Value& at(std::string_view column) const;
  bool IsNull(std::string_view c) const { return at(c).is_null(); }
  int64_t Int(std::string_view c) const { return at(c).AsInt(); }
  double Double(std::string_view c) const { return at(c).AsDouble(); }
  std::string Str(std::string_view c) const { return at(c).AsString(); }
  bool Bool(std::string_view c) const { return !IsNull(c) && Int(c) != 0; }
  std::optional<std::string> OptStr(std::string_view c) const;
  std::optional<int64_t> OptInt(std::string_view c) const;

 private:
  std::shared_ptr<const std::vector<std::string>> columns_;
  std::vector<Value> values_;
  mutable size_t next_ = 0;  // where the next by-name look-up starts (see at())
};

using Rows = std::vector<Row>;

// A driver failure with its canonical code (unique violation -> already_exists, busy ->
// unavailable).
class DbError : public std::runtime_error {
 public:
  DbError(ErrorCode code, const std::string& what) : std::runtime_error(what), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

class Tx {
 public:
  virtual ~Tx() = default;
  virtual Rows Query(std::string_view sql, const Params& params = {}) = 0;
  // Returns the number of affected rows.
  virtual int64_t Exec(std::string_view sql, const Params& params = {}) = 0;
  // Runs several statements without parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;
  // Hands `note` to every node's listener (Database::Listen) once this transaction commits; a
  // rollback drops it. At most a few hundred bytes, no personal data (it may cross the network).
  virtual void Notify(std::string_view note) = 0;

  std::optional<Row> QueryOne(std::string_view sql, const Params& params = {}) {
    Rows rows = Query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
};

struct PoolStats {
  int size = 0;
  int in_use = 0;
  int64_t waits = 0;
  // Write transactions asked for, and commits that carried them: on SQLite several writes share
  // a commit (group commit), so writes / commits is the mean batch.
  int64_t writes = 0;
  int64_t commits = 0;
};

enum class TxMode { kRead, kWrite };

class Database {
 public:
  virtual ~Database() = default;
  virtual std::string_view Dialect() const = 0;  // "sqlite" or "postgresql"
  // Whether queries may block for long (network database): such work runs on the worker pool.
  virtual bool IsRemote() const = 0;
  // Runs fn in one transaction; commits when it returns true, rolls back when it returns false or
  // throws (the exception propagates).
  virtual void RunInTx(TxMode mode, const std::function<bool(Tx&)>& fn) = 0;
  virtual PoolStats Stats() const = 0;
  // Write transactions this process has committed, counted after each commit returns: a read
  // that began under one count may be kept (platform/cache/read_cache.hpp) until it changes.
  // nullopt where other nodes may write too (PostgreSQL): there nothing may be kept.
  virtual std::optional<uint64_t> CommitCount() const { return std::nullopt; }

  using Listener = std::function<void(std::string_view note)>;
  // Hands every committed note (Tx::Notify) to `listener`: this process's on SQLite, every node's
  // on PostgreSQL (LISTEN/NOTIFY on a connection of its own). Set once, before serving; the
  // listener must be quick (it runs on the committing thread or the listening one).
  virtual void Listen(Listener listener) = 0;

  // One use case = one transaction: commits only when the Result is ok.
  template <class F>
  auto Write(F&& fn) -> decltype(fn(std::declval<Tx&>())) {
    std::optional<decltype(fn(std::declval<Tx&>()))> out;
    RunInTx(TxMode::kWrite, [&](Tx& tx) {
      out.emplace(fn(tx));
      return out->ok();
    });
    return std::move(*out);
  }
  template <class F>
  auto Read(F&& fn) -> decltype(fn(std::declval<Tx&>())) {
    std::optional<decltype(fn(std::declval<Tx&>()))> out;
    RunInTx(TxMode::kRead, [&](Tx& tx) {
      out.emplace(fn(tx));
      return true;
    });
    return std::move(*out);
  }
};

struct DatabaseOptions {
  int pool_size = 8;
  int busy_timeout_ms = 5000;
  int acquire_timeout_ms = 5000;
};

// url: "sqlite:./var/kenes.db", "sqlite::memory:" or "postgresql://user@host:port/db?options".
std::unique_ptr<Database> OpenDatabase(const std::string& url, const DatabaseOptions& options);

}  // namespace kenes::db
