#pragma once
// The report to voters for `kenes seed --demo`: the demo deputy's report for this year (local),
// its figures counted from the demo's record, its first text with a paragraph of the deputy's
// own, linked to the deputy's held report meeting when there is one, and published. Made by the
// demo deputy through the real use cases.

#include <cstdint>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/events/events_service.hpp"
#include "features/voter_reports/voter_reports_service.hpp"

namespace kenes::voter_reports {

Status SeedDemoVoterReports(VoterReportsService& reports, events::EventService& events,
                            const Actor& deputy, int64_t deputy_id, const Clock& clock);

}  // namespace kenes::voter_reports
