#include "platform/db/backup.hpp"

#include <spawn.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <memory>
#include <vector>

#include <sqlite3.h>
#include <sys/wait.h>

#include "platform/db/database.hpp"
#include "platform/db/statistics.hpp"

extern char** environ;

namespace kenes::db {
namespace {

bool IsSqlite(const std::string& url) { return url.rfind("sqlite:", 0) == 0; }
bool IsPostgres(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

Error Failed(const std::string& what) { return Error::Of(ErrorCode::kInternal, what); }

using SqliteHandle = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Result<SqliteHandle> OpenFile(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  SqliteHandle handle(raw, &sqlite3_close);
  if (rc != SQLITE_OK) return Failed("cannot open " + path + ": " + sqlite3_errstr(rc));
  sqlite3_busy_timeout(raw, 5000);
  return handle;
}

// Copies every page of `from` into `to` in steps, so a serving writer waits at most one step.
Result<Unit> CopyPages(sqlite3* from, sqlite3* to) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (backup == nullptr) return Failed(std::string("backup: ") + sqlite3_errmsg(to));
  int rc = SQLITE_OK;
  do {
    rc = sqlite3_backup_step(backup, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  const int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return Failed(std::string("backup: ") + sqlite3_errstr(rc));
  if (finished != SQLITE_OK) return Failed(std::string("backup: ") + sqlite3_errstr(finished));
  return Unit{};
}

Result<Unit> CheckIntegrity(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK) {
    return Failed(std::string("integrity check: ") + sqlite3_errmsg(db));
  }
  std::string verdict;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    verdict = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  if (verdict != "ok") return Failed("integrity check failed: " + verdict);
  return Unit{};
}

Result<Unit> SqliteBackup(const std::string& path, const std::string& file) {
  auto from = OpenFile(path, SQLITE_OPEN_READONLY);
  if (!from.ok()) return from.error();
  const std::string partial = file + ".partial";
  std::filesystem::remove(partial);
  {
    auto to = OpenFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!to.ok()) return to.error();
    if (auto copied = CopyPages(from->get(), to->get()); !copied.ok()) return copied.error();
    if (auto checked = CheckIntegrity(to->get()); !checked.ok()) return checked.error();
  }
  // A backup file either is whole or does not exist under its name.
  std::filesystem::rename(partial, file);
  return Unit{};
}

Result<Unit> SqliteRestore(const std::string& file, const std::string& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0) {
    return Error::Of(ErrorCode::kAlreadyExists, "restore: " + path + " is not empty");
  }
  auto from = OpenFile(file, SQLITE_OPEN_READONLY);
  if (!from.ok()) return from.error();
  if (auto checked = CheckIntegrity(from->get()); !checked.ok()) return checked.error();
  auto to = OpenFile(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to.ok()) return to.error();
  return CopyPages(from->get(), to->get());
}

// Runs a program (no shell: the URL is one argument however it is spelled) and waits.
Result<Unit> RunTool(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (int rc = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ); rc != 0) {
    return Failed(args[0] + " could not start (is postgresql-client installed?)");
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return Failed(args[0] + " was lost");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return Failed(args[0] + " failed");
  return Unit{};
}

Result<Unit> PostgresRestore(const std::string& file, const std::string& url) {
  auto db = OpenDatabase(url, DatabaseOptions{});
  const bool empty =
      db->Read([](Tx& tx) {
          return Result<bool>(tx.Query("SELECT 1 FROM information_schema.tables WHERE "
                                       "table_schema = current_schema() LIMIT 1")
                                  .empty());
        }).value();
  if (!empty)
    return Error::Of(ErrorCode::kAlreadyExists, "restore: the target database is not empty");
  auto loaded = RunTool({"pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                         "--single-transaction", "--dbname=" + url, file});
  if (!loaded.ok()) return loaded.error();
  RefreshStatistics(*db);  // pg_restore leaves the planner without statistics
  return Unit{};
}

}  // namespace

Result<Unit> Backup(const std::string& url, const std::string& file) {
  if (IsSqlite(url)) return SqliteBackup(url.substr(7), file);
  if (IsPostgres(url)) {
    return RunTool({"pg_dump", "--format=custom", "--no-owner", "--file=" + file, url});
  }
  return Error::Invalid("database.url", "unsupported");
}

Result<Unit> Restore(const std::string& file, const std::string& url) {
  if (!std::filesystem::exists(file)) return Error::Of(ErrorCode::kNotFound, file + " not found");
  if (IsSqlite(url)) return SqliteRestore(file, url.substr(7));
  if (IsPostgres(url)) return PostgresRestore(file, url);
  return Error::Invalid("database.url", "unsupported");
}

}  // namespace kenes::db
