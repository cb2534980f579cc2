#include "features/subscriptions/subscriptions_bench_data.hpp"

#include <string>

#include "platform/jobs/jobs.hpp"

namespace kenes::subscriptions {

Result<BenchFollowers> GenerateBenchFollowers(db::Database& db, const Clock& clock,
                                              SubscriptionService& service, int64_t maslikhat_id,
                                              int count, const NewPerson& new_person) {
  constexpr int kBatch = 1000;
  const std::string now = FormatIsoUtc(clock.NowMs());
  SubscriptionsRepository follows;
  const Target target{.kind = TargetKind::kMaslikhat, .id = maslikhat_id};
  BenchFollowers made;
  while (made.people < count) {
    auto done = db.Write([&](db::Tx& tx) -> Result<int> {
      int n = 0;
      for (; n < kBatch && made.people + n < count; ++n) {
        const int64_t user = new_person(tx, made.people + n);
        follows.Insert(tx, user, target, Delivery::kDaily, now);
      }
      return n;
    });
    if (!done.ok()) return done.error();
    made.people += *done;
  }
  // The demo's published posts wait in the fan-out's queue: run it as `kenes serve` would, so the
  // waiting items are what a day's fan-outs leave; the other kinds stay for the server.
  jobs::JobRunner runner(db, clock);
  runner.Register(kFanOutJob, [&](const jobs::Job& job) {
    if (auto kind = ParseItemKind(job.payload.value("kind", ""))) {
      made.waiting += service.FanOut(*kind, job.payload.value("id", int64_t{0}));
    }
  });
  while (runner.RunOnce()) {
  }
  auto queued = db.Write([&](db::Tx& tx) -> Result<bool> {
    jobs::Enqueue(tx, kDigestJob, nlohmann::json::object(), clock.NowMs());
    return true;
  });
  if (!queued.ok()) return queued.error();
  return made;
}

}  // namespace kenes::subscriptions
