#pragma once
// Sittings for `kenes seed --demo`: a past regular sitting of the demo city maslikhat with its
// agenda, attendance (a quorum) and two decisions with votes, one linked to an act of the demo
// registry, and documents of its items (PDFs made here); and an upcoming sitting with its agenda.
// Made through the real use cases.

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/sittings/sitting_documents_service.hpp"
#include "features/sittings/sittings_service.hpp"

namespace kenes::sittings {

Status SeedDemoSittings(SittingsService& sittings, SittingDocumentsService& documents,
                        acts::ActsService& acts, const Actor& staff, int64_t maslikhat_id,
                        const Clock& clock);

}  // namespace kenes::sittings
