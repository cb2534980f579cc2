#include "platform/jobs/jobs.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

#include "platform/log/log.hpp"

namespace kenes::jobs {
namespace {
constexpr int kMaxAttempts = 8;
constexpr int64_t kLeaseMs = int64_t{5} * 60'000;
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

void EnsureQueued(db::Database& db, std::string_view kind, int64_t now_ms, int64_t run_at_ms) {
  db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    if (!HasPending(tx, kind, now_ms)) {
      Enqueue(tx, kind, nlohmann::json::object(), now_ms, run_at_ms);
    }
    return true;
  });
}

void JobRunner::Register(std::string kind, Handler handler, bool own_lane, int threads) {
  if (own_lane) own_lane_kinds_.emplace_back(kind, std::max(threads, 1));
  handlers_[std::move(kind)] = std::move(handler);
}

std::vector<JobRunner::Lane> JobRunner::Lanes() const {
  // $1 lease end, $2 now, $3 batch size, then the lane's kinds.
  // On PostgreSQL several nodes poll at once: SKIP LOCKED lets each take other rows instead of
  // queueing behind the first node's claim. SQLite has one writer and no such clause.
  const std::string skip_locked =
      db_.Dialect() == "postgresql" ? " FOR UPDATE SKIP LOCKED" : std::string();
  // Each lane claims only the kinds it can run: a node that does not know a kind (a tool, or an
  // older node during an upgrade) leaves those jobs to one that does instead of failing them.
  // Each kind's due jobs are read from its own index in due order, at most a batch of each, and
  // the batch is the earliest of those: one scan of the due jobs in order would walk past another
  // lane's backlog (100,000 queued mails) at every poll.
  auto claim = [&skip_locked](size_t kinds) {
    std::string due;
    for (size_t i = 0; i < kinds; ++i) {
      if (i > 0) due += " UNION ALL ";
      due += "SELECT id, run_at_ms FROM (SELECT id, run_at_ms FROM jobs WHERE done_at IS NULL AND ";
      due += "kind = $";
      due += std::to_string(4 + i);
      due +=
          " AND run_at_ms <= $2 AND (locked_until_ms IS NULL OR locked_until_ms < $2) ORDER BY "
          "run_at_ms, id LIMIT $3";
      due += skip_locked;
      due += ") AS k";
      due += std::to_string(i);
    }
    return "UPDATE jobs SET locked_until_ms = $1, attempts = attempts + 1 WHERE id IN (SELECT id "
           "FROM (" +
           due +
           ") AS due ORDER BY run_at_ms, id LIMIT $3) AND (locked_until_ms IS NULL OR "
           "locked_until_ms < $2) RETURNING id, kind, payload, attempts, run_at_ms";
  };
  std::vector<std::string> shared;
  for (const auto& entry : handlers_) {
    const auto& kind = entry.first;
    if (std::none_of(own_lane_kinds_.begin(), own_lane_kinds_.end(),
                     [&kind](const auto& own) { return own.first == kind; })) {
      shared.push_back(kind);
    }
  }
  std::vector<Lane> lanes;
  if (!shared.empty()) lanes.push_back({claim(shared.size()), {shared.begin(), shared.end()}});
  for (const auto& [kind, threads] : own_lane_kinds_) {
    lanes.push_back({claim(1), {kind}, threads});
  }
  return lanes;
}

bool JobRunner::RunOnce() {
  bool worked = false;
  for (const auto& lane : Lanes()) worked |= RunLane(lane);
  return worked;
}

bool JobRunner::RunLane(const Lane& lane) {
  if (stop_) return false;  // a stopping runner claims nothing more
  const int64_t now = clock_.NowMs();
  std::vector<std::pair<int64_t, Job>> claimed;  // (run_at_ms, job)
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    // The lease makes a crashed worker's jobs visible again; a second node's UPDATE re-checks the
    // lease condition and claims nothing twice. A batch keeps write transactions few under load.
    db::Params params = {now + kLeaseMs, now, kBatch};
    params.insert(params.end(), lane.kinds.begin(), lane.kinds.end());
    for (const auto& row : tx.Query(lane.sql, params)) {
      claimed.emplace_back(row.Int("run_at_ms"), Job{row.Int("id"), row.Str("kind"),
                                                     nlohmann::json::parse(row.Str("payload")),
                                                     static_cast<int>(row.Int("attempts"))});
    }
    return true;
  });
  if (claimed.empty()) return false;
  // In the order they fell due: a digest queued yesterday for 08:00 runs after the post fanned
  // out at 07:30 (RETURNING keeps no order, and ids say when a job was queued, not when it is due).
  std::sort(claimed.begin(), claimed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
  });
  std::vector<Job> batch;
  batch.reserve(claimed.size());
  for (auto& c : claimed) batch.push_back(std::move(c.second));

  std::vector<std::string> errors(batch.size());
  std::vector<bool> interrupted(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    auto it = handlers_.find(batch[i].kind);
    if (it == handlers_.end()) {
      errors[i] = "no handler for job kind";
      continue;
    }
    if (stop_) {  // the rest of the batch waits for the next start, as it was
      interrupted[i] = true;
      continue;
    }
    try {
      it->second(batch[i]);
    } catch (const Interrupted&) {
      interrupted[i] = true;
    } catch (const std::exception& e) {
      errors[i] = e.what();
    }
  }
  const int64_t done = clock_.NowMs();
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    for (size_t i = 0; i < batch.size(); ++i) {
      const Job& job = batch[i];
      const std::string& error = errors[i];
      if (interrupted[i]) {
        tx.Exec("UPDATE jobs SET locked_until_ms = NULL, attempts = attempts - 1 WHERE id = $1",
                {job.id});
      } else if (error.empty()) {
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
  for (const auto& lane : Lanes()) {
    for (int i = 0; i < lane.threads; ++i) {
      threads_.emplace_back([this, poll_ms, lane] {
        while (!stop_) {
          bool worked = false;
          try {
            worked = RunLane(lane);
          } catch (const std::exception& e) {
            log::Error("job runner", {{"error", e.what()}});
          }
          if (!worked) std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
        }
      });
    }
  }
}

void JobRunner::Stop() {
  stop_ = true;
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

}  // namespace kenes::jobs
