// Micro benchmarks of hot paths: routing, JSON body reading, password hashing, SQLite point read.
#include <filesystem>

#include <benchmark/benchmark.h>

#include "platform/crypto/crypto.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/router.hpp"

namespace {

void BM_RouterFind(benchmark::State& state) {
  kenes::http::Router router;
  const char* patterns[] = {"/api/v1/me",
                            "/api/v1/users",
                            "/api/v1/users/{id}/roles",
                            "/api/v1/users/{id}/roles/{grant_id}",
                            "/api/v1/info",
                            "/api/v1/auth/login",
                            "/api/v1/auth/register"};
  for (auto p : patterns)
    router.Add("GET", p, [](kenes::http::Request&) { return kenes::http::Response{}; });
  for (auto _ : state) {
    auto m = router.Find("GET", "/api/v1/users/42/roles/7");
    benchmark::DoNotOptimize(m.handler);
  }
}
BENCHMARK(BM_RouterFind);

void BM_PasswordHash(benchmark::State& state) {
  kenes::crypto::Init();
  for (auto _ : state)
    benchmark::DoNotOptimize(kenes::crypto::HashPassword("correct horse battery"));
}
BENCHMARK(BM_PasswordHash)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_SqlitePointRead(benchmark::State& state) {
  kenes::crypto::Init();
  auto path = std::filesystem::temp_directory_path() / "kenes_bench_point.db";
  std::filesystem::remove(path);
  auto db = kenes::db::OpenDatabase("sqlite:" + path.string(), {});
  (void)kenes::db::Migrate(*db, kenes::db::EmbeddedMigrations());
  db->RunInTx(kenes::db::TxMode::kWrite, [](kenes::db::Tx& tx) {
    tx.Exec(
        "INSERT INTO settings (key, value, updated_at) VALUES ('installation', "
        "'{\"name\":\"Kenes\"}', 'x')");
    return true;
  });
  for (auto _ : state) {
    db->RunInTx(kenes::db::TxMode::kRead, [](kenes::db::Tx& tx) {
      benchmark::DoNotOptimize(
          tx.QueryOne("SELECT value FROM settings WHERE key = $1", {"installation"}));
      return true;
    });
  }
  db.reset();
  std::filesystem::remove(path);
}
BENCHMARK(BM_SqlitePointRead);

}  // namespace

BENCHMARK_MAIN();
