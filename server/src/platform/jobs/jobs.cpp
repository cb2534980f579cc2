#include "platform/jobs/jobs.hpp"

#include <chrono>

#include "platform/log/log.hpp"

namespace kenes::jobs {
namespace {
constexpr int kMaxAttempts = 8;
constexpr int64_t kLeaseMs = 60'000;
}  // namespace

void Enqueue(db::Tx& tx, std::string_view kind, const nlohmann::json& payload, int64_t now_ms,
             int64_t run_at_ms) {
  tx.Exec(
      "INSERT INTO jobs (kind, payload, run_at_ms, attempts, created_at) VALUES ($1, $2, $3, 0, "
      "$4)",
      {std::string(kind), payload.dump(), run_at_ms > 0 ? run_at_ms : now_ms,
       FormatIsoUtc(now_ms)});
}

bool HasPending(db::Tx& tx, std::string_view kind, int64_t now_ms) {
  return tx
      .QueryOne(
          "SELECT id FROM jobs WHERE kind = $1 AND done_at IS NULL AND (locked_until_ms IS "
          "NULL OR locked_until_ms < $2) LIMIT 1",
          {std::string(kind), now_ms})
      .has_value();
}

bool JobRunner::RunOnce() {
  const int64_t now = clock_.NowMs();
  std::optional<Job> job;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    // The lease makes a crashed worker's job visible again; a second node's UPDATE re-checks the
    // condition and claims nothing.
    auto row = tx.QueryOne(
        "UPDATE jobs SET locked_until_ms = $1, attempts = attempts + 1 WHERE id = (SELECT id FROM "
        "jobs WHERE done_at IS NULL AND run_at_ms <= $2 AND (locked_until_ms IS NULL OR "
        "locked_until_ms < $2) ORDER BY run_at_ms, id LIMIT 1) AND (locked_until_ms IS NULL OR "
        "locked_until_ms < $2) RETURNING id, kind, payload, attempts",
        {now + kLeaseMs, now});
    if (row) {
      job = Job{row->Int("id"), row->Str("kind"), nlohmann::json::parse(row->Str("payload")),
                static_cast<int>(row->Int("attempts"))};
    }
    return true;
  });
  if (!job) return false;

  std::string error;
  auto it = handlers_.find(job->kind);
  if (it == handlers_.end()) {
    error = "no handler for job kind";
  } else {
    try {
      it->second(*job);
    } catch (const std::exception& e) {
      error = e.what();
    }
  }
  const int64_t done = clock_.NowMs();
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    if (error.empty()) {
      // Payloads may carry personal data (addresses, codes): nothing is kept once done.
      tx.Exec("UPDATE jobs SET done_at = $2, payload = '{}', last_error = NULL WHERE id = $1",
              {job->id, FormatIsoUtc(done)});
    } else if (job->attempts >= kMaxAttempts) {
      tx.Exec("UPDATE jobs SET done_at = $2, payload = '{}', last_error = $3 WHERE id = $1",
              {job->id, FormatIsoUtc(done), "failed: " + error});
    } else {
      int64_t backoff = int64_t{1000} << job->attempts;
      tx.Exec(
          "UPDATE jobs SET run_at_ms = $2, locked_until_ms = NULL, last_error = $3 WHERE id = $1",
          {job->id, done + backoff, error});
    }
    return true;
  });
  if (!error.empty()) {
    log::Warn(
        "job failed",
        {{"job_id", job->id}, {"kind", job->kind}, {"attempt", job->attempts}, {"error", error}});
  }
  ++processed_;
  return true;
}

void JobRunner::Start(int poll_ms) {
  stop_ = false;
  thread_ = std::thread([this, poll_ms] {
    while (!stop_) {
      bool worked = false;
      try {
        worked = RunOnce();
      } catch (const std::exception& e) {
        log::Error("job runner", {{"error", e.what()}});
      }
      if (!worked) std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
    }
  });
}

void JobRunner::Stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

}  // namespace kenes::jobs
