#pragma once
// Receptions for `kenes seed --demo`, made through the real use cases, so a newcomer sees the
// feature at once: the demo deputy receives every Tuesday for six weeks (the first one partly
// booked, then moved to a later afternoon: a notice for the citizen, a call task for the staff),
// and holds one short session on a Thursday that is full, with a waitlist.

#include "core/actor.hpp"
#include "core/error.hpp"
#include "features/reception/reception_service.hpp"

namespace kenes::reception {

struct DemoReceptionPeople {
  Actor citizen, staff;
  int64_t deputy_id = 0;
  int64_t maslikhat_id = 0;
};

Status SeedDemoReceptions(ReceptionService& reception, const DemoReceptionPeople& people,
                          const Clock& clock);

}  // namespace kenes::reception
