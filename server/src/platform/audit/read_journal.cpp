#include "platform/audit/read_journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/crypto/crypto.hpp"
#include "platform/log/log.hpp"

namespace kenes::audit {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCurrent = "current.jsonl";
constexpr int64_t kKeepNamesMs = 24LL * 60 * 60 * 1000;

void WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::system_error(errno, std::generic_category(), "read journal: write");
    done += static_cast<size_t>(n);
  }
}

// Closed files sort in the order they were closed: the time first, zero-padded.
std::string ClosedName(int64_t now_ms, const std::string& run_id, int64_t seq) {
  char head[32];
  std::snprintf(head, sizeof head, "%015lld", static_cast<long long>(now_ms));
  char tail[24];
  std::snprintf(tail, sizeof tail, "%08lld", static_cast<long long>(seq));
  return std::string(head) + "-" + run_id + "-" + tail + ".jsonl";
}

}  // namespace

ReadJournal::ReadJournal(db::Database& db, const Clock& clock, std::string dir)
    : db_(db), clock_(clock), dir_(std::move(dir)), run_id_(crypto::RandomToken(4)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) throw std::runtime_error("read journal: cannot create " + dir_ + ": " + ec.message());
  OpenCurrent();
}

ReadJournal::~ReadJournal() {
  Stop();
  if (fd_ >= 0) ::close(fd_);
}

void ReadJournal::OpenCurrent() {
  const std::string path = dir_ + "/" + kCurrent;
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd_ < 0) {
    throw std::system_error(errno, std::generic_category(), "read journal: open " + path);
  }
  const off_t end = ::lseek(fd_, 0, SEEK_END);
  written_ = end > 0 ? static_cast<int64_t>(end) : 0;
  if (written_ == 0) return;
  // A process that died in the middle of a line left it without its end: the next row must not
  // be glued to it, or the two would be dropped together.
  char last = '\n';
  const int reader = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (reader >= 0) {
    if (::pread(reader, &last, 1, end - 1) != 1) last = '\n';
    ::close(reader);
  }
  if (last != '\n') {
    WriteAll(fd_, "\n");
    ++written_;
  }
}

void ReadJournal::Record(const Actor& actor, const Entry& entry, int64_t now_ms) {
  nlohmann::json row = {{"at", FormatIsoUtc(now_ms)},
                        {"user", actor.user_id ? nlohmann::json(*actor.user_id) : nullptr},
                        {"action", entry.action},
                        {"entity", entry.entity},
                        {"entity_id", entry.entity_id ? nlohmann::json(*entry.entity_id) : nullptr},
                        {"ip", actor.ip},
                        {"request_id", actor.request_id},
                        {"details", entry.details.empty() ? std::string("{}") : entry.details}};
  std::string line = row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  std::lock_guard lock(append_mu_);
  if (fd_ < 0) OpenCurrent();
  WriteAll(fd_, line);
  written_ += static_cast<int64_t>(line.size());
}

void ReadJournal::CloseCurrentIfWritten() {
  std::lock_guard lock(append_mu_);
  if (fd_ >= 0 && written_ == 0) return;
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  const std::string from = dir_ + "/" + kCurrent;
  std::error_code ec;
  if (fs::exists(from, ec)) {
    fs::rename(from, dir_ + "/" + ClosedName(clock_.NowMs(), run_id_, closed_++), ec);
    if (ec) throw std::runtime_error("read journal: cannot close " + from + ": " + ec.message());
  }
  OpenCurrent();
}

int64_t ReadJournal::Move() {
  std::lock_guard move_lock(move_mu_);
  CloseCurrentIfWritten();
  std::vector<std::string> closed;
  for (const auto& f : fs::directory_iterator(dir_)) {
    const std::string name = f.path().filename().string();
    if (name != kCurrent && f.path().extension() == ".jsonl") closed.push_back(name);
  }
  std::sort(closed.begin(), closed.end());
  int64_t moved = 0;
  for (const auto& name : closed) moved += Import(name);
  return moved;
}

int64_t ReadJournal::Import(const std::string& name) {
  const std::string path = dir_ + "/" + name;
  std::vector<nlohmann::json> rows;
  {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      // A line cut short by a crash was never acknowledged: its read was not answered.
      auto row = nlohmann::json::parse(line, nullptr, false);
      if (row.is_object()) rows.push_back(std::move(row));
    }
  }
  const int64_t now = clock_.NowMs();
  int64_t moved = 0;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    if (tx.QueryOne("SELECT name FROM audit_journal_imports WHERE name = $1", {name})) return true;
    for (const auto& r : rows) {
      std::optional<int64_t> user, entity_id;
      if (r.value("user", nlohmann::json()).is_number_integer()) user = r["user"].get<int64_t>();
      if (r.value("entity_id", nlohmann::json()).is_number_integer()) {
        entity_id = r["entity_id"].get<int64_t>();
      }
      tx.Exec(
          "INSERT INTO audit_log (at, actor_user_id, action, entity, entity_id, ip, request_id, "
          "details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          {r.value("at", std::string()), user, r.value("action", std::string()),
           r.value("entity", std::string()), entity_id, r.value("ip", std::string()),
           r.value("request_id", std::string()), r.value("details", std::string("{}"))});
      ++moved;
    }
    tx.Exec("INSERT INTO audit_journal_imports (name, imported_at) VALUES ($1, $2)",
            {name, FormatIsoUtc(now)});
    tx.Exec("DELETE FROM audit_journal_imports WHERE imported_at < $1",
            {FormatIsoUtc(now - kKeepNamesMs)});
    return true;
  });
  std::error_code ec;
  fs::remove(path, ec);
  if (ec) log::Warn("read journal: a moved file stays", {{"file", name}, {"error", ec.message()}});
  return moved;
}

void ReadJournal::Start(int every_ms) {
  mover_ = std::thread([this, every_ms] {
    std::unique_lock lock(stop_mu_);
    while (!stopping_) {
      stop_cv_.wait_for(lock, std::chrono::milliseconds(every_ms));
      if (stopping_) break;
      lock.unlock();
      try {
        Move();
      } catch (const std::exception& e) {
        // The rows stay in their files and move at the next turn.
        log::Warn("read journal: move failed", {{"error", e.what()}});
      }
      lock.lock();
    }
  });
}

void ReadJournal::Stop() {
  {
    std::lock_guard lock(stop_mu_);
    if (stopping_) return;
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (mover_.joinable()) mover_.join();
  try {
    Move();
  } catch (const std::exception& e) {
    log::Warn("read journal: move at stop failed", {{"error", e.what()}});
  }
}

}  // namespace kenes::audit
