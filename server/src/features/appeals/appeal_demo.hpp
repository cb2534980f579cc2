#pragma once
// A few appeals for `kenes seed --demo`, made through the real use cases (talons, deadlines,
// history, notifications), so that the demo's citizen, deputy and staff each find work waiting.

#include "core/actor.hpp"
#include "core/error.hpp"
#include "features/appeals/appeal_service.hpp"
#include "features/appeals/register.hpp"

namespace kenes::appeals {

struct DemoPeople {
  Actor citizen, deputy, staff;
  int64_t deputy_id = 0;     // the deputy record the deputy account acts as
  int64_t maslikhat_id = 0;  // the staff's maslikhat, the deputy's too
};

// One answered appeal in the public register (reviewed and approved by the staff), one in
// consideration, one registered on paper by staff. Fictional people and places of the demo
// directory.
Status SeedDemoAppeals(AppealService& appeals, RegisterService& register_review,
                       const DemoPeople& people);

}  // namespace kenes::appeals
