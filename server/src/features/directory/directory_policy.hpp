#pragma once
// Who may change the directory and read its non-public fields. Every role check of the directory
// is here. Table tests: directory_policy_test.cpp.

#include <cstdint>
#include <optional>

#include "core/actor.hpp"

namespace kenes::directory {

class DirectoryPolicy {
 public:
  // Territories (the administrative tree) are kept by administrators alone.
  static bool CanManageTerritories(const Actor& a);
  // A new maslikhat, and moving one under another parent, change the tree: administrators alone.
  static bool CanCreateMaslikhat(const Actor& a);
  static bool CanMoveMaslikhat(const Actor& a);
  // The operator of personal data (the apparatus's name and BIN) is what every consent to this
  // maslikhat names: a legal statement, set by administrators alone.
  static bool CanSetOperator(const Actor& a);
  // Admins, and staff or the chair scoped to this maslikhat: its contacts, okrugs, commissions,
  // deputies, and its unpublished deputies in lists.
  static bool CanEdit(const Actor& a, int64_t maslikhat_id);
  // Linking an account to a deputy record gives that account the deputy's access to appeals: a
  // grant of rights, so only an administrator may make or change it.
  static bool CanLinkAccount(const Actor& a);
  // Editors, plus staff of the parent (oblast) maslikhat.
  static bool CanReadPrivate(const Actor& a, int64_t maslikhat_id,
                             std::optional<int64_t> parent_maslikhat_id);
};

}  // namespace kenes::directory
