#pragma once

#include <memory>

#include "features/directory/directory_service.hpp"
#include "features/privacy/privacy_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::privacy {

// Also the consent text (GET /api/v1/consent); a security.consent_version without a shipped text
// stops the start (std::runtime_error naming the versions shipped).
// The daily retention run (PrivacyService::RunRetention); queued at start, re-queues itself.
inline constexpr const char* kRetentionJob = "privacy.retention";

std::shared_ptr<PrivacyService> RegisterModule(
    ModuleContext& ctx, std::shared_ptr<identity::IdentityService> identity,
    std::shared_ptr<reception::ReceptionService> reception,
    std::shared_ptr<notifications::NotificationService> notifications,
    std::shared_ptr<directory::DirectoryService> directory);

}  // namespace kenes::privacy
