#pragma once
// Events for `kenes seed --demo`, made through the real use cases: the demo deputy's meeting with
// voters next week (kk, ru) with the demo citizen registered, a round table in two weeks (ru only:
// the Kazakh page shows the fallback), and a report meeting three weeks ago, held, with its report.

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/events/events_service.hpp"

namespace kenes::events {

struct DemoEventPeople {
  Actor staff, citizen;
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
};

Status SeedDemoEvents(EventService& events, const DemoEventPeople& people, const Clock& clock);

}  // namespace kenes::events
