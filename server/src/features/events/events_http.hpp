#pragma once

#include <memory>

#include "features/events/events_service.hpp"
#include "platform/http/api.hpp"

namespace kenes::events {

void RegisterEventRoutes(http::Routes& routes, const std::shared_ptr<EventService>& svc);
// The registrations and the calendars (ICS).
void RegisterRegistrationRoutes(http::Routes& routes, const std::shared_ptr<EventService>& svc);

}  // namespace kenes::events
