#include "features/calendar/module.hpp"

#include "features/calendar/calendar_http.hpp"

namespace kenes::calendar {
namespace {
constexpr int64_t kCoverageEveryMs = 24LL * 60 * 60 * 1000;
}  // namespace

std::shared_ptr<CalendarService> RegisterModule(ModuleContext& ctx) {
  auto service = std::make_shared<CalendarService>(ctx.db, ctx.clock);
  RegisterCalendarRoutes(ctx.routes, service);
  const Clock& clock = ctx.clock;
  db::Database& db = ctx.db;
  ctx.jobs.Register(kCoverageJob, [service, &clock, &db](const jobs::Job&) {
    service->WarnIfUncovered();
    jobs::EnsureQueued(db, kCoverageJob, clock.NowMs(), clock.NowMs() + kCoverageEveryMs);
  });
  jobs::EnsureQueued(ctx.db, kCoverageJob, ctx.clock.NowMs(), ctx.clock.NowMs());
  return service;
}

}  // namespace kenes::calendar
