#pragma once
// Audit rows of reads on a SQLite installation: appended to a journal file beside the database and
// moved into audit_log in batches (docs/adr/0023-read-audit-journal.md). A staff view then costs
// one write() instead of a place in the writer's queue, and commits of nothing but read records
// no longer end the kept list pages (ADR 0012) every time somebody looks at an appeal.

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "core/clock.hpp"
#include "platform/audit/read_recorder.hpp"

namespace kenes::audit {

class ReadJournal final : public ReadRecorder {
 public:
  // Opens (creates) `dir`; rows a previous process left there are moved by the first Move().
  // Throws std::runtime_error when the directory cannot be used.
  ReadJournal(db::Database& db, const Clock& clock, std::string dir);
  ~ReadJournal() override;
  ReadJournal(const ReadJournal&) = delete;
  ReadJournal& operator=(const ReadJournal&) = delete;

  // Appends one line; when it returns the row survives the process, as a SQLite commit with
  // synchronous=NORMAL does. Throws when the line cannot be written (the read is then refused).
  void Record(const Actor& actor, const Entry& entry, int64_t now_ms) override;

  // Moves every row appended so far into audit_log: closes the current file, then imports each
  // closed file in one transaction that also records its name (so it is never imported twice)
  // and removes it. Returns the rows moved. Safe while others Record.
  int64_t Move();

  // Moves every `every_ms` on a thread of its own until Stop(), which moves once more.
  void Start(int every_ms);
  void Stop();

  const std::string& dir() const { return dir_; }

 private:
  void OpenCurrent();
  void CloseCurrentIfWritten();
  int64_t Import(const std::string& name);

  db::Database& db_;
  const Clock& clock_;
  std::string dir_;
  std::string run_id_;    // tells apart the files of processes that started at the same time
  std::mutex append_mu_;  // the current file: appends, and closing it for a move
  int fd_ = -1;
  int64_t written_ = 0;  // bytes in the current file
  int64_t closed_ = 0;   // files closed by this process
  std::mutex move_mu_;   // one Move at a time
  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;
  std::thread mover_;
};

}  // namespace kenes::audit
