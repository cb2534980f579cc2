#include "features/privacy/module.hpp"

#include <stdexcept>

#include "features/privacy/consent_http.hpp"
#include "features/privacy/privacy_http.hpp"
#include "platform/log/log.hpp"

namespace kenes::privacy {
namespace {
constexpr int64_t kRetentionEveryMs = 24LL * 60 * 60 * 1000;
}  // namespace

std::shared_ptr<PrivacyService> RegisterModule(
    ModuleContext& ctx, std::shared_ptr<identity::IdentityService> identity,
    std::shared_ptr<reception::ReceptionService> reception,
    std::shared_ptr<notifications::NotificationService> notifications,
    std::shared_ptr<directory::DirectoryService> directory) {
  if (auto version = CheckConsentVersion(ctx.config.security.consent_version); !version.ok()) {
    throw std::runtime_error(version.error().message);
  }
  auto consent = std::make_shared<ConsentService>(ctx.config, std::move(directory));
  if (consent->DefaultOperator().bin.empty()) {
    log::Warn(
        "privacy.operator_bin is not set: the consent text names the operator without a BIN "
        "where a maslikhat names none of its own (docs/personal-data.md)");
  }
  RegisterConsentRoutes(ctx.routes, consent);
  auto service =
      std::make_shared<PrivacyService>(ctx.db, ctx.clock, ctx.config, std::move(identity),
                                       std::move(reception), std::move(notifications));
  RegisterPrivacyRoutes(ctx.routes, service);
  const Clock& clock = ctx.clock;
  db::Database& db = ctx.db;
  ctx.jobs.Register(kRetentionJob, [service, &clock, &db](const jobs::Job&) {
    service->RunRetention();
    jobs::EnsureQueued(db, kRetentionJob, clock.NowMs(), clock.NowMs() + kRetentionEveryMs);
  });
  jobs::EnsureQueued(ctx.db, kRetentionJob, ctx.clock.NowMs(), ctx.clock.NowMs());
  return service;
}

}  // namespace kenes::privacy
