// The list cache's key must tell every two filters apart: a field it forgot would serve one
// person's page for another's filter. The same for kept views and their readers.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "features/appeals/appeal_repository.hpp"
#include "features/appeals/appeal_service.hpp"

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

TEST(AppealViewCacheKey, EveryRoleAndScopeOfTheReaderChangesTheKey) {
  Actor base;
  base.user_id = 7;
  base.roles = {RoleGrant{1, Role::kStaff, ScopeType::kMaslikhat, 2, ""}};
  const std::vector<std::function<void(Actor&)>> changes = {
      [](Actor& a) { a.user_id = 8; },
      [](Actor& a) { a.roles[0].role = Role::kDeputy; },
      [](Actor& a) { a.roles[0].scope_type = ScopeType::kGlobal; },
      [](Actor& a) { a.roles[0].scope_id = 3; },
      [](Actor& a) { a.roles[0].scope_id.reset(); },
      [](Actor& a) { a.roles.clear(); },
      [](Actor& a) {
        a.roles.push_back({2, Role::kAdmin, ScopeType::kGlobal, std::nullopt, ""});
      },
  };
  std::set<std::string> keys = {ViewCacheKey(base, 1), ViewCacheKey(base, 2)};
  for (size_t i = 0; i < changes.size(); ++i) {
    Actor a = base;
    changes[i](a);
    EXPECT_TRUE(keys.insert(ViewCacheKey(a, 1)).second)
        << "change " << i << " gives a key seen before";
  }
  // The session and the address are not part of what a view shows.
  Actor other_session = base;
  other_session.session_id_hash = "x";
  other_session.ip = "10.0.0.1";
  EXPECT_EQ(ViewCacheKey(other_session, 1), ViewCacheKey(base, 1));
}

}  // namespace
}  // namespace kenes::appeals
