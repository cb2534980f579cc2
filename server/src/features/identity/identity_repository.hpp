#pragma once
// The identity tables. The only code that runs identity SQL (identity_repository_sql.cpp).

#include <optional>
#include <string>
#include <vector>

#include "features/identity/throttle.hpp"
#include "features/identity/user.hpp"
#include "platform/db/database.hpp"

namespace kenes::identity {

class IdentityRepository {
 public:
  std::optional<User> FindByLogin(db::Tx& tx, const std::string& login);
  std::optional<User> FindById(db::Tx& tx, int64_t id);
  int64_t CreateUser(db::Tx& tx, const NewUser& user);
  void AddConsent(db::Tx& tx, int64_t user_id, const std::string& kind, const std::string& version,
                  const std::string& at);
  std::vector<Consent> Consents(db::Tx& tx, int64_t user_id);
  // Marks every consent in force withdrawn; returns how many were.
  int WithdrawConsents(db::Tx& tx, int64_t user_id, const std::string& at);
  std::vector<Session> UserSessions(db::Tx& tx, int64_t user_id);
  // Leaves the row without personal data or a way to sign in, and drops its codes, sessions and
  // roles (docs/personal-data.md).
  void EraseUser(db::Tx& tx, int64_t user_id, const std::string& at);
  // Retention: sessions past their absolute expiry or idle since `idle_before_ms`, and one-time
  // codes expired before `codes_before_ms`; each returns how many rows went.
  int64_t DeleteDeadSessions(db::Tx& tx, int64_t now_ms, int64_t idle_before_ms);
  int64_t DeleteExpiredCodes(db::Tx& tx, int64_t codes_before_ms);
  // The consent version every account needs in force (security.consent_version).
  void SetCurrentConsent(std::string version) { current_consent_ = std::move(version); }
  void MarkVerified(db::Tx& tx, int64_t user_id, const std::string& at);
  void SetPassword(db::Tx& tx, int64_t user_id, const std::string& hash);
  void UpdateProfile(db::Tx& tx, int64_t user_id, const std::string& display_name,
                     const std::string& language);
  void SetTotp(db::Tx& tx, int64_t user_id, const std::optional<std::string>& pending,
               const std::optional<std::string>& secret, bool enabled);

  void AddCode(db::Tx& tx, int64_t user_id, CodePurpose purpose, const std::string& code_hash,
               int64_t expires_ms);
  std::optional<OneTimeCode> LatestCode(db::Tx& tx, int64_t user_id, CodePurpose purpose);
  void CountCodeAttempt(db::Tx& tx, int64_t code_id);
  void MarkCodeUsed(db::Tx& tx, int64_t code_id, const std::string& at);
  // Marks the code used unless it was used (or superseded) meanwhile; false then.
  bool UseCodeOnce(db::Tx& tx, int64_t code_id, const std::string& at);
  // The unused code of this purpose with this hash, and its owner.
  std::optional<std::pair<int64_t, OneTimeCode>> FindCodeByHash(db::Tx& tx, CodePurpose purpose,
                                                                const std::string& code_hash);

  void CreateSession(db::Tx& tx, const Session& session);
  std::optional<Session> FindSession(db::Tx& tx, const std::string& id_hash);
  void TouchSession(db::Tx& tx, const std::string& id_hash, int64_t now_ms);
  void DeleteSession(db::Tx& tx, const std::string& id_hash);
  void DeleteUserSessions(db::Tx& tx, int64_t user_id);

  // The throttle row of a key, created empty when missing and locked until the transaction ends
  // (PostgreSQL: row lock of the upsert; SQLite: the write transaction holds the database).
  ThrottleState LockThrottle(db::Tx& tx, const std::string& key_hash,
                             const std::string& account_hash);
  void SaveThrottle(db::Tx& tx, const std::string& key_hash, const ThrottleState& state);
  void DeleteThrottle(db::Tx& tx, const std::string& key_hash);
  // Every throttle of one account (unlock, password reset).
  void DeleteAccountThrottles(db::Tx& tx, const std::string& account_hash);
  // Rows untouched since `before_ms` (they hold nothing any more).
  void PruneThrottles(db::Tx& tx, int64_t before_ms);

  std::vector<RoleGrant> Roles(db::Tx& tx, int64_t user_id);
  std::vector<int64_t> UsersWithRole(db::Tx& tx, Role role, ScopeType scope_type, int64_t scope_id);
  std::vector<std::string> EmailsWithRole(db::Tx& tx, Role role, ScopeType scope_type,
                                          int64_t scope_id);
  int64_t AddRole(db::Tx& tx, int64_t user_id, const RoleGrant& grant, int64_t granted_by);
  bool RemoveRole(db::Tx& tx, int64_t user_id, int64_t grant_id);
  // Users ordered by id, after `after_id`, whose name, e-mail or phone contains `query`.
  std::vector<User> ListUsers(db::Tx& tx, const std::string& query, int64_t after_id, int limit);

 private:
  User WithConsent(User u) const;

  std::string current_consent_;
};

}  // namespace kenes::identity
