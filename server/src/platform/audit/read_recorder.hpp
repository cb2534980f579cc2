#pragma once
// Where the audit rows of reads go (who looked at whose personal data). A read is answered only
// after its row is as durable as a commit of the database (docs/adr/0023-read-audit-journal.md).

#include <cstdint>

#include "core/actor.hpp"
#include "platform/audit/audit.hpp"
#include "platform/db/database.hpp"

namespace kenes::audit {

class ReadRecorder {
 public:
  virtual ~ReadRecorder() = default;
  // Returns once the row would survive the process; throws when it cannot be kept.
  virtual void Record(const Actor& actor, const Entry& entry, int64_t now_ms) = 0;
};

// One write transaction per row: PostgreSQL, an in-memory SQLite, the command line.
class RecordInTransaction final : public ReadRecorder {
 public:
  explicit RecordInTransaction(db::Database& db) : db_(db) {}
  void Record(const Actor& actor, const Entry& entry, int64_t now_ms) override {
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      audit::Record(tx, actor, entry, now_ms);
      return true;
    });
  }

 private:
  db::Database& db_;
};

}  // namespace kenes::audit
