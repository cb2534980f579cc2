// "Find my deputy" with 50,000 coverage rows in SQLite: the lookup's latency distribution.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>

#include "core/clock.hpp"
#include "features/directory/address.hpp"
#include "features/directory/directory_repository.hpp"
#include "features/directory/find_deputy_service.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"

namespace {

using kenes::directory::NameKey;

constexpr int kSettlements = 10;
constexpr int kStreetsPerSettlement = 250;
constexpr int kRangesPerStreet = 20;  // 10 x 250 x 20 = 50,000 coverage rows

std::string SettlementName(int s) { return "Кентау " + std::to_string(s); }
std::string StreetName(int s, int t) {
  return "ул. Улица " + std::to_string(s) + "-" + std::to_string(t);
}

struct Fixture {
  std::filesystem::path path;
  std::unique_ptr<kenes::db::Database> db;

  Fixture() {
    kenes::crypto::Init();
    path = std::filesystem::temp_directory_path() / "kenes_bench_directory.db";
    for (auto s : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + s);
    db = kenes::db::OpenDatabase("sqlite:" + path.string(), {});
    (void)kenes::db::Migrate(*db, kenes::db::EmbeddedMigrations());
    kenes::directory::DirectoryRepository repo;
    db->RunInTx(kenes::db::TxMode::kWrite, [&](kenes::db::Tx& tx) {
      kenes::directory::Territory t{0,         std::nullopt, "oblast",     "Облыс",
                                    "Область", std::nullopt, "2000-01-01", std::nullopt};
      int64_t territory = repo.CreateTerritory(tx, t);
      kenes::directory::Maslikhat m;
      m.territory_id = territory;
      m.level = "city";
      m.name_kk = m.name_ru = "Bench";
      int64_t maslikhat = repo.CreateMaslikhat(tx, m, "2026-01-01");
      int okrug_number = 0;
      int64_t okrug = 0;
      int rows = 0;
      for (int s = 0; s < kSettlements; ++s) {
        for (int t = 0; t < kStreetsPerSettlement; ++t) {
          for (int r = 0; r < kRangesPerStreet; ++r) {
            if (rows++ % 100 == 0) {
              kenes::directory::Okrug o{0, maslikhat, ++okrug_number, "", "", "", ""};
              okrug = repo.CreateOkrug(tx, o);
            }
            std::string houses = std::to_string(r * 10 + 1) + "-" + std::to_string(r * 10 + 10);
            kenes::directory::CoverageRow row{0,
                                              okrug,
                                              SettlementName(s),
                                              SettlementName(s),
                                              StreetName(s, t),
                                              StreetName(s, t),
                                              houses};
            kenes::directory::CoverageKeys keys{NameKey(row.settlement_kk),
                                                NameKey(row.settlement_ru), NameKey(row.street_kk),
                                                NameKey(row.street_ru)};
            repo.AddCoverage(tx, row, keys);
          }
        }
      }
      return true;
    });
  }
  ~Fixture() {
    db.reset();
    for (auto s : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + s);
  }
};

void BM_FindMyDeputy50k(benchmark::State& state) {
  static Fixture fixture;
  kenes::directory::FindDeputyService find(*fixture.db);
  std::mt19937 rng(42);
  std::vector<double> micros;
  for (auto _ : state) {
    int s = static_cast<int>(rng() % kSettlements);
    int t = static_cast<int>(rng() % kStreetsPerSettlement);
    int house = static_cast<int>(rng() % (kRangesPerStreet * 10)) + 1;
    auto start = std::chrono::steady_clock::now();
    auto r = find.Lookup(SettlementName(s), StreetName(s, t), std::to_string(house));
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
    if (!r.ok() || r->matches.size() != 1)
      state.SkipWithError("lookup did not find exactly one okrug");
  }
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double p) {
    return micros[std::min(micros.size() - 1, static_cast<size_t>(p * micros.size()))];
  };
  state.counters["p50_us"] = pct(0.50);
  state.counters["p99_us"] = pct(0.99);
  state.counters["rows"] = kSettlements * kStreetsPerSettlement * kRangesPerStreet;
}
BENCHMARK(BM_FindMyDeputy50k)->Iterations(20000)->Unit(benchmark::kMicrosecond);

}  // namespace
