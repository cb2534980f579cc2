#pragma once
// How events are written as JSON, shared by the event and the registration routes.

#include <vector>

#include <nlohmann/json.hpp>

#include "features/events/events_service.hpp"

namespace kenes::events {

// What every reader sees: one language's title, the times, the place, the places left.
nlohmann::json CardJson(const EventView& v);
// The page: the card with the description, the report and the reader's registration.
nlohmann::json EventJson(const EventView& v);
// The organisers' view: every language's title and Markdown.
nlohmann::json EditorJson(const EventView& v);
nlohmann::json PageJson(const EventPage& page);
nlohmann::json ListJson(const std::vector<EventView>& list);

}  // namespace kenes::events
