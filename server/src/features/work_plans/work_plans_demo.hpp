#pragma once
// Work plans for `kenes seed --demo`: the demo city maslikhat's published plan for this year, six
// items over the four quarters (some done, linked to the demo's past sitting and an act of the
// demo registry; one postponed with its reason; one pointing at the upcoming sitting), and the
// published plan of its budget commission. The city plan has two editions: edition 1 fixed on
// publishing, edition 2 after a note was added to an item (with its "what changed" note). Made
// through the real use cases.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/work_plans/work_plans_service.hpp"

namespace kenes::work_plans {

Status SeedDemoWorkPlans(WorkPlansService& plans, directory::DirectoryService& directory,
                         sittings::SittingsService& sittings, acts::ActsService& acts,
                         const Actor& staff, int64_t maslikhat_id, const Clock& clock);

}  // namespace kenes::work_plans
