#pragma once

#include <memory>
#include <string>

#include "features/directory/directory_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/posts_service.hpp"
#include "features/subscriptions/subscriptions_service.hpp"
#include "platform/module_context.hpp"

namespace kenes::subscriptions {

// `unsubscribe_key`: the secret that signs unsubscribe links (app/iin_protection.hpp resolves it).
std::shared_ptr<SubscriptionService> RegisterModule(
    ModuleContext& ctx, const std::shared_ptr<directory::DirectoryService>& directory,
    const std::shared_ptr<posts::PostService>& posts,
    const std::shared_ptr<events::EventService>& events, const std::string& unsubscribe_key);

// The next time the digests run after `now_ms`: the coming `hour`:00, local time (UTC+5).
int64_t NextDigestRun(int64_t now_ms, int hour);

}  // namespace kenes::subscriptions
