#pragma once
// The annual report for `kenes seed --demo`: the demo maslikhat's chair's report for the past
// year (local), its figures counted from the demo's record, its first text with a paragraph of
// the chair's own, published as version 1. Made by the demo staff through the real use cases.

#include <cstdint>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/annual_reports/annual_reports_service.hpp"

namespace kenes::annual_reports {

Status SeedDemoAnnualReports(AnnualReportsService& reports, const Actor& staff,
                             int64_t maslikhat_id, const Clock& clock);

}  // namespace kenes::annual_reports
