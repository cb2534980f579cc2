// The list cache's key must tell every two filters apart: a field it forgot would serve one
// person's page for another's filter.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "features/appeals/appeal_repository.hpp"

namespace kenes::appeals {
namespace {

TEST(AppealListCacheKey, EveryFieldOfTheFilterChangesTheKey) {
  const std::vector<std::function<void(AppealFilter&)>> changes = {
      [](AppealFilter& f) { f.maslikhat_id = 2; },
      [](AppealFilter& f) { f.deputy_id = 2; },
      [](AppealFilter& f) { f.applicant_id = 2; },
      [](AppealFilter& f) { f.status = AppealStatus::kRegistered; },
      [](AppealFilter& f) { f.type = AppealType::kComplaint; },
      [](AppealFilter& f) { f.category = "roads"; },
      [](AppealFilter& f) { f.query = "дорога"; },
      [](AppealFilter& f) { f.okrug_id = 2; },
      [](AppealFilter& f) { f.filter_deputy_id = 2; },
      [](AppealFilter& f) { f.from = "2026-01-01"; },
      [](AppealFilter& f) { f.to = "2026-01-01"; },
      [](AppealFilter& f) { f.overdue = true; },
      [](AppealFilter& f) { f.overdue_before = "2026-01-01"; },
      [](AppealFilter& f) { f.urgent = true; },
      [](AppealFilter& f) { f.number = "2-2026-1"; },
      [](AppealFilter& f) { f.seq = 1; },
      [](AppealFilter& f) { f.iin_hash = "ab"; },
      [](AppealFilter& f) { f.terms = {{"дорог"}}; },
      [](AppealFilter& f) {
        f.terms = {{"дорог", "дорога"}};
      },
      [](AppealFilter& f) {
        f.terms = {{"дорог"}, {"дорога"}};
      },
      [](AppealFilter& f) { f.after_id = 2; },
      [](AppealFilter& f) { f.limit = 2; },
      // Neighbours must not run together: "2" + "" is not "" + "2".
      [](AppealFilter& f) { f.category = "a"; },
      [](AppealFilter& f) { f.query = "a"; },
  };
  std::set<std::string> keys = {ListCacheKey(AppealFilter{})};
  for (size_t i = 0; i < changes.size(); ++i) {
    AppealFilter f;
    changes[i](f);
    EXPECT_TRUE(keys.insert(ListCacheKey(f)).second)
        << "change " << i << " gives a key seen before";
  }
}

}  // namespace
}  // namespace kenes::appeals
