#include "features/events/module.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/events/events_http.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::events {
namespace {

// The reminders job scans every hour for registrations of events starting tomorrow (local) that
// have not been reminded: a registration made in the afternoon for tomorrow still gets one, and
// `reminded_at`, set in the transaction that queues the mail, keeps it to one across reruns and
// restarts.
constexpr const char* kRemindersJob = "events.reminders";
constexpr int64_t kHourMs = int64_t{60} * 60 * 1000;

int64_t NextHour(int64_t now_ms) { return (now_ms / kHourMs + 1) * kHourMs; }

}  // namespace

std::shared_ptr<EventService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory) {
  auto service =
      std::make_shared<EventService>(ctx.db, ctx.clock, directory, ctx.config.http.public_url);
  RegisterEventRoutes(ctx.routes, service);
  RegisterRegistrationRoutes(ctx.routes, service);
  const Clock& clock = ctx.clock;
  db::Database& db = ctx.db;
  ctx.jobs.Register(kRemindersJob, [service, &clock, &db](const jobs::Job&) {
    const int64_t now = clock.NowMs();
    service->SendReminders(calendar::LocalDate(now).AddDays(1).ToString());
    jobs::EnsureQueued(db, kRemindersJob, now, NextHour(now));
  });
  jobs::EnsureQueued(ctx.db, kRemindersJob, ctx.clock.NowMs(), NextHour(ctx.clock.NowMs()));
  return service;
}

}  // namespace kenes::events
