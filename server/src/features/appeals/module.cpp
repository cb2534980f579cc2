#include "features/appeals/module.hpp"

#include "features/appeals/appeal_http.hpp"
#include "features/appeals/appeal_jobs.hpp"
#include "features/appeals/deadline_http.hpp"
#include "features/appeals/deadline_service.hpp"
#include "features/appeals/register_http.hpp"

namespace kenes::appeals {

std::shared_ptr<AppealService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<identity::IdentityService>& identity) {
  auto service = std::make_shared<AppealService>(ctx.db, ctx.clock, ctx.config, ctx.reads,
                                                 directory, identity);
  auto control = std::make_shared<DeadlineService>(ctx.db, ctx.clock, directory, identity);
  RegisterAppealRoutes(ctx.routes, service);
  RegisterDeadlineRoutes(ctx.routes, control);
  RegisterRegisterRoutes(ctx.routes, std::make_shared<RegisterService>(ctx.db, ctx.clock));
  RegisterAppealJobs(ctx.jobs, ctx.db, ctx.clock, ctx.mailer);
  const Clock& clock = ctx.clock;
  ctx.jobs.Register(kRemindersJob, [control, &clock](const jobs::Job&) {
    control->RunReminders();
    control->ScheduleReminders(clock.NowMs() + kReminderEveryMs);
  });
  control->ScheduleReminders(ctx.clock.NowMs());
  // Its own lane: new appeals become searchable within a second even while e-mail lags behind a
  // burst of intake.
  ctx.jobs.Register(
      kIndexJob,
      [service, &clock](const jobs::Job&) {
        service->IndexPending(kIndexPerRun);
        service->ScheduleIndexing(clock.NowMs() + kIndexEveryMs);
      },
      /*own_lane=*/true);
  service->ScheduleIndexing(ctx.clock.NowMs());
  return service;
}

}  // namespace kenes::appeals
