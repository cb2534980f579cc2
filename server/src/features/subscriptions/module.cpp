#include "features/subscriptions/module.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/subscriptions/subscriptions_http.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::subscriptions {
namespace {

constexpr int64_t kHourMs = int64_t{60} * 60 * 1000;
constexpr int64_t kDayMs = 24 * kHourMs;

}  // namespace

int64_t NextDigestRun(int64_t now_ms, int hour) {
  const int64_t offset = int64_t{calendar::kLocalUtcOffsetMinutes} * 60 * 1000;
  const int64_t local_day_start = (now_ms + offset) / kDayMs * kDayMs - offset;
  int64_t at = local_day_start + hour * kHourMs;
  if (at <= now_ms) at += kDayMs;
  return at;
}

std::shared_ptr<SubscriptionService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<posts::PostService>& posts,
    const std::shared_ptr<events::EventService>& events, const std::string& unsubscribe_key) {
  auto service = std::make_shared<SubscriptionService>(
      ctx.db, ctx.clock, directory, posts, events,
      Settings{.public_url = ctx.config.http.public_url, .unsubscribe_key = unsubscribe_key});
  RegisterSubscriptionRoutes(ctx.routes, service);
  // The fan-out: at-least-once and idempotent (one delivery row per person and item).
  ctx.jobs.Register(kFanOutJob, [service](const jobs::Job& job) {
    auto kind = ParseItemKind(job.payload.value("kind", ""));
    if (!kind) return;
    service->FanOut(*kind, job.payload.value("id", int64_t{0}));
  });
  // The digests, once a day at the configured hour; a run that dies half-way is run again (the
  // job is retried), and the people already mailed have nothing left to list.
  const Clock& clock = ctx.clock;
  db::Database& db = ctx.db;
  const int hour = ctx.config.subscriptions.digest_hour;
  const int weekly_day = ctx.config.subscriptions.weekly_day;
  jobs::JobRunner& runner = ctx.jobs;
  ctx.jobs.Register(kDigestJob,
                    [service, &clock, &db, &runner, hour, weekly_day](const jobs::Job&) {
                      const int64_t now = clock.NowMs();
                      auto stopping = [&runner] { return runner.stopping(); };
                      service->RunDigest(Delivery::kDaily, {}, stopping);
                      if (calendar::LocalDate(now).Weekday() == weekly_day) {
                        service->RunDigest(Delivery::kWeekly, {}, stopping);
                      }
                      jobs::EnsureQueued(db, kDigestJob, now, NextDigestRun(now, hour));
                    });
  jobs::EnsureQueued(ctx.db, kDigestJob, ctx.clock.NowMs(), NextDigestRun(ctx.clock.NowMs(), hour));
  return service;
}

}  // namespace kenes::subscriptions
