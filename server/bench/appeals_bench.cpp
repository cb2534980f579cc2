// Appeals list and search over a large database made by `kenes bench-data appeals --count N`
// (path in KENES_BENCH_APPEALS_DB): staff-filtered list pages and stemmed word search, p95.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <random>

#include <benchmark/benchmark.h>

#include "features/appeals/appeal_repository.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/db/database.hpp"
#include "platform/text/stem.hpp"

namespace {

kenes::db::Database* BenchDb() {
  static std::unique_ptr<kenes::db::Database> db = [] {
    const char* path = std::getenv("KENES_BENCH_APPEALS_DB");
    if (!path) return std::unique_ptr<kenes::db::Database>();
    kenes::crypto::Init();
    return kenes::db::OpenDatabase(std::string("sqlite:") + path, {});
  }();
  return db.get();
}

template <class Fill>
void RunPages(benchmark::State& state, Fill fill) {
  auto* db = BenchDb();
  if (!db) {
    state.SkipWithError("set KENES_BENCH_APPEALS_DB (kenes bench-data appeals)");
    return;
  }
  kenes::appeals::AppealRepository repo;
  std::mt19937 rng(7);
  int64_t max_id = 0;
  db->RunInTx(kenes::db::TxMode::kRead, [&](kenes::db::Tx& tx) {
    max_id = tx.QueryOne("SELECT MAX(id) AS m FROM appeals")->Int("m");
    return true;
  });
  std::vector<double> ms;
  size_t rows = 0;
  for (auto _ : state) {
    kenes::appeals::AppealFilter f;
    fill(f, rng);
    // Cursors land anywhere in the data, as paging through a real list does.
    f.after_id =
        static_cast<int64_t>(rng() % static_cast<uint64_t>(std::max<int64_t>(1, max_id - 2000)));
    auto start = std::chrono::steady_clock::now();
    db->RunInTx(kenes::db::TxMode::kRead, [&](kenes::db::Tx& tx) {
      rows += repo.List(tx, f).size();
      return true;
    });
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count());
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))];
  };
  state.counters["p50_ms"] = pct(0.50);
  state.counters["p95_ms"] = pct(0.95);
  state.counters["rows_per_page"] = static_cast<double>(rows) / static_cast<double>(ms.size());
}

void BM_AppealsFilteredList(benchmark::State& state) {
  using kenes::appeals::AppealStatus;
  const std::optional<AppealStatus> kStatuses[] = {
      AppealStatus::kRegistered, AppealStatus::kInConsideration, AppealStatus::kAnswered,
      AppealStatus::kClosed, std::nullopt};
  RunPages(state, [&](kenes::appeals::AppealFilter& f, std::mt19937& rng) {
    f.maslikhat_id = 2;
    f.status = kStatuses[rng() % 5];
    f.limit = 50;
  });
}
BENCHMARK(BM_AppealsFilteredList)->Iterations(300)->Unit(benchmark::kMillisecond);

void BM_AppealsSearch(benchmark::State& state) {
  // What staff type: one or two words of a real topic, in Russian or Kazakh, inflected.
  const char* kQueries[] = {"дороги", "отоплением", "жолдар", "уличного освещения",
                            "жарық",  "детский сад"};
  RunPages(state, [&](kenes::appeals::AppealFilter& f, std::mt19937& rng) {
    f.maslikhat_id = 2;
    f.terms = kenes::text::QueryTerms(kQueries[rng() % 6]);
    f.limit = 50;
  });
}
BENCHMARK(BM_AppealsSearch)->Iterations(300)->Unit(benchmark::kMillisecond);

}  // namespace
