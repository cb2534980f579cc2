#pragma once

#include <memory>

#include "features/privacy/privacy_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::privacy {

// The daily retention run (PrivacyService::RunRetention); queued at start, re-queues itself.
inline constexpr const char* kRetentionJob = "privacy.retention";

std::shared_ptr<PrivacyService> RegisterModule(
    ModuleContext& ctx, std::shared_ptr<identity::IdentityService> identity,
    std::shared_ptr<reception::ReceptionService> reception,
    std::shared_ptr<notifications::NotificationService> notifications);

}  // namespace kenes::privacy
