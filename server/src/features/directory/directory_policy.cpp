#include "features/directory/directory_policy.hpp"

#include "core/roles.hpp"

namespace kenes::directory {
namespace {

// Staff of the maslikhat's apparatus and its chair keep its directory pages.
bool ManagesMaslikhat(const Actor& a, int64_t id) { return roles::IsStaffOf(a, id); }

}  // namespace

bool DirectoryPolicy::CanManageTerritories(const Actor& a) {
  return a.IsAuthenticated() && a.IsAdmin();
}

bool DirectoryPolicy::CanCreateMaslikhat(const Actor& a) {
  return a.IsAuthenticated() && a.IsAdmin();
}

bool DirectoryPolicy::CanMoveMaslikhat(const Actor& a) {
  return a.IsAuthenticated() && a.IsAdmin();
}

bool DirectoryPolicy::CanSetOperator(const Actor& a) { return a.IsAuthenticated() && a.IsAdmin(); }

bool DirectoryPolicy::CanLinkAccount(const Actor& a) { return a.IsAuthenticated() && a.IsAdmin(); }

bool DirectoryPolicy::CanEdit(const Actor& a, int64_t maslikhat_id) {
  return a.IsAuthenticated() && (a.IsAdmin() || ManagesMaslikhat(a, maslikhat_id));
}

bool DirectoryPolicy::CanReadPrivate(const Actor& a, int64_t maslikhat_id,
                                     std::optional<int64_t> parent_maslikhat_id) {
  if (CanEdit(a, maslikhat_id)) return true;
  return a.IsAuthenticated() && parent_maslikhat_id && ManagesMaslikhat(a, *parent_maslikhat_id);
}

}  // namespace kenes::directory
