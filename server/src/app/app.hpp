#pragma once
// The one composition root: opens the database, wires features, serves HTTP, runs jobs.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "platform/db/database.hpp"
#include "platform/http/http.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/mail/mailer.hpp"

namespace kenes {

struct AppDeps {
  const Clock* clock = nullptr;    // default: system clock
  mail::Mailer* mailer = nullptr;  // default: from config (SMTP or .eml directory)
  bool run_jobs = true;
};

class App {
 public:
  App(Config config, AppDeps deps = {});
  ~App();

  void Start();  // opens, migrates (if configured), listens; port() is known afterwards
  int port() const;
  void Run(bool handle_signals);  // blocks until Stop() or a signal
  void Stop();

  db::Database& database();
  jobs::JobRunner& job_runner();
  // Moves the audit rows of reads journaled so far into audit_log (ADR 0023); they move by
  // themselves within a quarter of a second. Returns how many moved.
  int64_t MoveReadAudit();
  // Every registered route as "METHOD /pattern" (the authorization matrix test walks them).
  std::vector<std::string> Routes() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Used by `kenes migrate` and `kenes seed` as well as serve.
std::unique_ptr<db::Database> OpenConfiguredDatabase(const Config& config);

}  // namespace kenes
