// libFuzzer target: the directory CSV importers (features/directory/directory_import.cpp), okrug
// coverage and deputies, as a dry run against a real SQLite database (a temporary file, migrated
// once, holding one maslikhat with okrugs 1-3), so that each row is checked as in production.
// Properties: a dry run imports nothing, and every reported problem names a line of the input.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "features/directory/directory_import.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/sqlite/sqlite_database.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

struct Fixture {
  std::filesystem::path dir;
  std::unique_ptr<kenes::db::Database> db;
  kenes::FakeClock clock{1'780'000'000'000};
  kenes::Actor admin;
  int64_t maslikhat_id = 0;

  Fixture() {
    dir =
        std::filesystem::temp_directory_path() / ("kenes-fuzz-import-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    db = kenes::db::OpenSqlite((dir / "kenes.db").string(), {});
    Check(kenes::db::Migrate(*db, kenes::db::EmbeddedMigrations()).ok());
    db->RunInTx(kenes::db::TxMode::kWrite, [&](kenes::db::Tx& tx) {
      tx.Exec(
          "INSERT INTO territories (level, name_kk, name_ru, valid_from) "
          "VALUES ('city', 'Көкшетау қаласы', 'город Кокшетау', '2020-01-01')");
      tx.Exec(
          "INSERT INTO maslikhats (territory_id, level, name_kk, name_ru, created_at) "
          "VALUES (1, 'city', 'Көкшетау қалалық мәслихаты', 'Кокшетауский городской маслихат', "
          "'2026-01-01T00:00:00.000Z')");
      maslikhat_id = tx.QueryOne("SELECT id FROM maslikhats")->Int("id");
      for (int n = 1; n <= 3; ++n)
        tx.Exec("INSERT INTO okrugs (maslikhat_id, number) VALUES ($1, $2)", {maslikhat_id, n});
      return true;
    });
    admin.user_id = 1;
    admin.roles.push_back({1, kenes::Role::kAdmin, kenes::ScopeType::kGlobal, std::nullopt, ""});
  }
  ~Fixture() {
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

int64_t Count(kenes::db::Database& db, const char* table) {
  int64_t n = 0;
  db.RunInTx(kenes::db::TxMode::kRead, [&](kenes::db::Tx& tx) {
    n = tx.QueryOne(std::string("SELECT COUNT(*) AS n FROM ") + table)->Int("n");
    return true;
  });
  return n;
}

void CheckReport(const kenes::Result<kenes::directory::ImportReport>& r, int lines) {
  Check(r.ok());
  Check(r->imported == 0);
  for (const auto& e : r->errors) Check(e.line >= 1 && e.line <= lines + 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture fixture;  // removes its temporary directory at exit
  Fixture* f = &fixture;
  std::string csv(reinterpret_cast<const char*>(data), size);
  int lines = 1;
  for (char c : csv) lines += c == '\n' || c == '\r';
  kenes::directory::DirectoryImport import(*f->db, f->clock);
  CheckReport(import.Coverage(f->admin, f->maslikhat_id, csv, true), lines);
  CheckReport(import.Deputies(f->admin, f->maslikhat_id, csv, true), lines);
  if (size % 64 == 0) {
    Check(Count(*f->db, "okrug_coverage") == 0);
    Check(Count(*f->db, "deputies") == 0);
  }
  return 0;
}
