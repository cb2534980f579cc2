#include "platform/jobs/jobs.hpp"

#include <algorithm>
#include <chrono>

#include "platform/log/log.hpp"

namespace kenes::jobs {
namespace {
constexpr int kMaxAttempts = 8;
constexpr int64_t kLeaseMs = 5 * 60'000;
constexpr int kBatch = 32;
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
  std::vector<Job> batch;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    // The lease makes a crashed worker's jobs visible again; a second node's UPDATE re-checks the
    // lease condition and claims nothing twice. A batch keeps write transactions few under load.
    for (const auto& row : tx.Query(
             "UPDATE jobs SET locked_until_ms = $1, attempts = attempts + 1 WHERE id IN (SELECT id "
             "FROM jobs WHERE done_at IS NULL AND run_at_ms <= $2 AND (locked_until_ms IS NULL OR "
             "locked_until_ms < $2) ORDER BY run_at_ms, id LIMIT $3) AND (locked_until_ms IS NULL "
             "OR locked_until_ms < $2) RETURNING id, kind, payload, attempts",
             {now + kLeaseMs, now, kBatch})) {
      batch.push_back(Job{row.Int("id"), row.Str("kind"), nlohmann::json::parse(row.Str("payload")),
                          static_cast<int>(row.Int("attempts"))});
    }
    return true;
  });
  if (batch.empty()) return false;
  std::sort(batch.begin(), batch.end(), [](const Job& a, const Job& b) { return a.id < b.id; });

  std::vector<std::string> errors(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    auto it = handlers_.find(batch[i].kind);
    if (it == handlers_.end()) {
      errors[i] = "no handler for job kind";
      continue;
    }
    try {
      it->second(batch[i]);
    } catch (const std::exception& e) {
      errors[i] = e.what();
    }
  }
  const int64_t done = clock_.NowMs();
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    for (size_t i = 0; i < batch.size(); ++i) {
      const Job& job = batch[i];
      const std::string& error = errors[i];
      if (error.empty()) {
        // Payloads may carry personal data (addresses, codes): nothing is kept once done.
        tx.Exec("UPDATE jobs SET done_at = $2, payload = '{}', last_error = NULL WHERE id = $1",
                {job.id, FormatIsoUtc(done)});
      } else if (job.attempts >= kMaxAttempts) {
        tx.Exec("UPDATE jobs SET done_at = $2, payload = '{}', last_error = $3 WHERE id = $1",
                {job.id, FormatIsoUtc(done), "failed: " + error});
      } else {
        int64_t backoff = int64_t{1000} << job.attempts;
        tx.Exec(
            "UPDATE jobs SET run_at_ms = $2, locked_until_ms = NULL, last_error = $3 WHERE id = "
            "$1",
            {job.id, done + backoff, error});
      }
    }
    return true;
  });
  for (size_t i = 0; i < batch.size(); ++i) {
    if (!errors[i].empty()) {
      log::Warn("job failed", {{"job_id", batch[i].id},
                               {"kind", batch[i].kind},
                               {"attempt", batch[i].attempts},
                               {"error", errors[i]}});
    }
  }
  processed_ += static_cast<int64_t>(batch.size());
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
