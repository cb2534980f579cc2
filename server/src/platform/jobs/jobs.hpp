#pragma once
// Background jobs through an outbox table: a use case enqueues in its own transaction, so a job
// exists exactly when the change it belongs to committed. At-least-once; handlers are idempotent.
// Survives restarts because the queue is the database.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

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

// Queues a recurring job of this kind at run_at_ms unless one is already waiting, in its own
// transaction; a recurring job calls it at the end of each run.
void EnsureQueued(db::Database& db, std::string_view kind, int64_t now_ms, int64_t run_at_ms);

// Thrown by a long handler that saw stopping(): the job is put back as it was (no attempt
// counted, no backoff), to run again at the next start or on another node.
struct Interrupted : std::runtime_error {
  Interrupted() : std::runtime_error("interrupted: the server is stopping") {}
};

// The generic outbox e-mail: {"to","subject","body"}; the payload is cleared once sent.
inline constexpr const char* kSendMail = "mail.send";

// Runs jobs on lanes: the shared lane takes every kind registered without a lane of its own, in
// order of due time; a kind registered with `own_lane` gets its own thread, so that upkeep (the
// search index) never waits behind a backlog of e-mail after a burst of intake.
class JobRunner {
 public:
  using Handler = std::function<void(const Job&)>;  // throws to ask for a retry

  JobRunner(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  ~JobRunner() { Stop(); }

  // Before Start(). `threads` > 1 (with own_lane) runs that many batches of the kind at once:
  // for handlers that mostly wait on another server (SMTP).
  void Register(std::string kind, Handler handler, bool own_lane = false, int threads = 1);
  void Start(int poll_ms = 200);
  void Stop();
  // Claims and runs one batch of due jobs on every lane; false when none was due.
  bool RunOnce();
  int64_t processed() const { return processed_; }
  // True once Stop() was called: a handler that runs long checks it and throws Interrupted.
  bool stopping() const { return stop_; }

 private:
  struct Lane {
    std::string sql;  // the claim statement, filtered to this lane's kinds
    db::Params kinds;
    int threads = 1;
  };
  std::vector<Lane> Lanes() const;
  bool RunLane(const Lane& lane);

  db::Database& db_;
  const Clock& clock_;
  std::map<std::string, Handler> handlers_;
  std::vector<std::pair<std::string, int>> own_lane_kinds_;  // (kind, threads)
  std::atomic<bool> stop_{false};
  std::atomic<int64_t> processed_{0};
  std::vector<std::thread> threads_;
};

}  // namespace kenes::jobs
