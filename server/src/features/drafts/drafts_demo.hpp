#pragma once
// Draft discussions for `kenes seed --demo`: one open now with comments of each author type, and
// one closed (opened 40 days ago, through the same use cases on a clock moved back) with the
// staff's decisions, its summary table, and the act of the demo registry adopted from it.

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/drafts/drafts_service.hpp"

namespace kenes::drafts {

struct DemoDraftPeople {
  Actor staff{}, citizen{}, other{};  // `other` comments as an expert and as an organisation
  int64_t maslikhat_id = 0;
};

Status SeedDemoDrafts(db::Database& db, const Clock& clock,
                      const std::shared_ptr<directory::DirectoryService>& directory,
                      const std::shared_ptr<acts::ActsService>& acts,
                      const DemoDraftPeople& people);

}  // namespace kenes::drafts
