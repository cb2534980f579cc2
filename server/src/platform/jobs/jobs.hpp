#pragma once
// Background jobs through an outbox table: a use case enqueues in its own transaction, so a job
// exists exactly when the change it belongs to committed. At-least-once; handlers are idempotent.
// Survives restarts because the queue is the database.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/clock.hpp"
#include "platform/db/database.hpp"

namespace kenes::jobs {

struct Job {
  int64_t id = 0;
  std::string kind;
  nlohmann::json payload;
  int attempts = 0;
};

void Enqueue(db::Tx& tx, std::string_view kind, const nlohmann::json& payload, int64_t now_ms,
             int64_t run_at_ms = 0);

// True when a job of this kind waits to run and is not running now; for recurring jobs that
// re-queue themselves.
bool HasPending(db::Tx& tx, std::string_view kind, int64_t now_ms);

// The generic outbox e-mail: {"to","subject","body"}; the payload is cleared once sent.
inline constexpr const char* kSendMail = "mail.send";

class JobRunner {
 public:
  using Handler = std::function<void(const Job&)>;  // throws to ask for a retry

  JobRunner(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  ~JobRunner() { Stop(); }

  void Register(std::string kind, Handler handler) {
    handlers_[std::move(kind)] = std::move(handler);
  }
  void Start(int poll_ms = 200);
  void Stop();
  // Claims and runs one due job; false when none was due.
  bool RunOnce();
  int64_t processed() const { return processed_; }

 private:
  db::Database& db_;
  const Clock& clock_;
  std::map<std::string, Handler> handlers_;
  std::atomic<bool> stop_{false};
  std::atomic<int64_t> processed_{0};
  std::thread thread_;
};

}  // namespace kenes::jobs
