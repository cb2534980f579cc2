#include "features/identity/identity_repository.hpp"
#include "features/identity/identity_service.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/crypto/stored_iins.hpp"
#include "platform/live/event_hub.hpp"

namespace kenes::identity {
namespace {

constexpr const char* kUserColumns =
    "id, email, phone, password_hash, display_name, language, iin, verified_at, totp_secret, "
    "totp_pending_secret, totp_enabled, created_at, (SELECT c.version FROM consents c WHERE "
    "c.user_id = users.id AND c.kind = 'personal_data' AND c.withdrawn_at IS NULL ORDER BY c.id "
    "DESC LIMIT 1) AS consent_version";

User ToUser(const db::Row& r) {
  User u;
  u.id = r.Int("id");
  u.email = r.OptStr("email");
  u.phone = r.OptStr("phone");
  u.password_hash = r.Str("password_hash");
  u.display_name = r.Str("display_name");
  u.language = r.Str("language");
  u.iin = crypto::OpenStoredIin(r.OptStr("iin"));
  u.verified_at = r.OptStr("verified_at");
  u.totp_secret = r.OptStr("totp_secret");
  u.totp_pending_secret = r.OptStr("totp_pending_secret");
  u.totp_enabled = r.Bool("totp_enabled");
  u.created_at = r.Str("created_at");
  u.consent_version = r.OptStr("consent_version");
  return u;
}

}  // namespace

std::optional<User> IdentityRepository::FindByLogin(db::Tx& tx, const std::string& login) {
  auto row = tx.QueryOne(
      std::string("SELECT ") + kUserColumns + " FROM users WHERE email = $1 OR phone = $1",
      {login});
  if (!row) return std::nullopt;
  User u = WithConsent(ToUser(*row));
  u.roles = Roles(tx, u.id);
  return u;
}

std::optional<User> IdentityRepository::FindById(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = $1", {id});
  if (!row) return std::nullopt;
  User u = WithConsent(ToUser(*row));
  u.roles = Roles(tx, u.id);
  return u;
}

int64_t IdentityRepository::CreateUser(db::Tx& tx, const NewUser& u) {
  auto row = tx.QueryOne(
      "INSERT INTO users (email, phone, password_hash, display_name, language, iin, iin_hash, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      {u.email, u.phone, u.password_hash, u.display_name, u.language, crypto::SealIin(u.iin),
       crypto::IinHash(u.iin), u.created_at});
  return row->Int("id");
}

void IdentityRepository::AddConsent(db::Tx& tx, int64_t user_id, const std::string& kind,
                                    const std::string& version, const std::string& at) {
  tx.Exec("INSERT INTO consents (user_id, kind, version, given_at) VALUES ($1, $2, $3, $4)",
          {user_id, kind, version, at});
}

User IdentityRepository::WithConsent(User u) const {
  u.consent_required = u.consent_version != current_consent_;
  return u;
}

std::vector<Consent> IdentityRepository::Consents(db::Tx& tx, int64_t user_id) {
  std::vector<Consent> out;
  for (const auto& r : tx.Query("SELECT id, kind, version, given_at, withdrawn_at FROM consents "
                                "WHERE user_id = $1 ORDER BY id",
                                {user_id})) {
    out.push_back({r.Int("id"), r.Str("kind"), r.Str("version"), r.Str("given_at"),
                   r.OptStr("withdrawn_at")});
  }
  return out;
}

int IdentityRepository::WithdrawConsents(db::Tx& tx, int64_t user_id, const std::string& at) {
  return static_cast<int>(
      tx.Exec("UPDATE consents SET withdrawn_at = $2 WHERE user_id = $1 AND withdrawn_at IS NULL",
              {user_id, at}));
}

std::vector<Session> IdentityRepository::UserSessions(db::Tx& tx, int64_t user_id) {
  std::vector<Session> out;
  for (const auto& r : tx.Query("SELECT id_hash, user_id, created_ms, last_seen_ms, expires_ms "
                                "FROM sessions WHERE user_id = $1 ORDER BY created_ms",
                                {user_id})) {
    out.push_back({r.Str("id_hash"), r.Int("user_id"), r.Int("created_ms"), r.Int("last_seen_ms"),
                   r.Int("expires_ms")});
  }
  return out;
}

void IdentityRepository::EraseUser(db::Tx& tx, int64_t user_id, const std::string& at) {
  tx.Exec(
      "UPDATE users SET email = NULL, phone = NULL, password_hash = '', display_name = '', "
      "iin = NULL, iin_hash = NULL, totp_secret = NULL, totp_pending_secret = NULL, totp_enabled = "
      "0, "
      "deleted_at = $2 WHERE id = $1",
      {user_id, at});
  tx.Exec("DELETE FROM one_time_codes WHERE user_id = $1", {user_id});
  tx.Exec("DELETE FROM sessions WHERE user_id = $1", {user_id});
  tx.Notify(live::EventHub::EndNote(user_id, ""));  // its live streams end on every node
  tx.Exec("DELETE FROM role_grants WHERE user_id = $1", {user_id});
}

int64_t IdentityRepository::DeleteDeadSessions(db::Tx& tx, int64_t now_ms, int64_t idle_before_ms) {
  return tx.Exec("DELETE FROM sessions WHERE expires_ms < $1 OR last_seen_ms < $2",
                 {now_ms, idle_before_ms});
}

int64_t IdentityRepository::DeleteExpiredCodes(db::Tx& tx, int64_t codes_before_ms) {
  return tx.Exec("DELETE FROM one_time_codes WHERE expires_ms < $1", {codes_before_ms});
}

void IdentityRepository::MarkVerified(db::Tx& tx, int64_t user_id, const std::string& at) {
  tx.Exec("UPDATE users SET verified_at = $2 WHERE id = $1 AND verified_at IS NULL", {user_id, at});
}

void IdentityRepository::SetPassword(db::Tx& tx, int64_t user_id, const std::string& hash) {
  tx.Exec("UPDATE users SET password_hash = $2 WHERE id = $1", {user_id, hash});
}

void IdentityRepository::UpdateProfile(db::Tx& tx, int64_t user_id, const std::string& display_name,
                                       const std::string& language) {
  tx.Exec("UPDATE users SET display_name = $2, language = $3 WHERE id = $1",
          {user_id, display_name, language});
}

void IdentityRepository::SetTotp(db::Tx& tx, int64_t user_id,
                                 const std::optional<std::string>& pending,
                                 const std::optional<std::string>& secret, bool enabled) {
  tx.Exec(
      "UPDATE users SET totp_pending_secret = $2, totp_secret = $3, totp_enabled = $4 WHERE id = "
      "$1",
      {user_id, pending, secret, enabled});
}

void IdentityRepository::AddCode(db::Tx& tx, int64_t user_id, CodePurpose purpose,
                                 const std::string& code_hash, int64_t expires_ms) {
  // A new code replaces the earlier ones of the same purpose.
  tx.Exec(
      "UPDATE one_time_codes SET used_at = 'superseded' WHERE user_id = $1 AND purpose = $2 AND "
      "used_at IS NULL",
      {user_id, std::string(PurposeName(purpose))});
  tx.Exec(
      "INSERT INTO one_time_codes (user_id, purpose, code_hash, expires_ms, attempts) VALUES ($1, "
      "$2, $3, $4, 0)",
      {user_id, std::string(PurposeName(purpose)), code_hash, expires_ms});
}

std::optional<OneTimeCode> IdentityRepository::LatestCode(db::Tx& tx, int64_t user_id,
                                                          CodePurpose purpose) {
  auto row = tx.QueryOne(
      "SELECT id, code_hash, expires_ms, attempts, used_at FROM one_time_codes WHERE user_id = $1 "
      "AND purpose = $2 ORDER BY id DESC LIMIT 1",
      {user_id, std::string(PurposeName(purpose))});
  if (!row) return std::nullopt;
  return OneTimeCode{row->Int("id"), row->Str("code_hash"), row->Int("expires_ms"),
                     static_cast<int>(row->Int("attempts")), !row->IsNull("used_at")};
}

void IdentityRepository::CountCodeAttempt(db::Tx& tx, int64_t code_id) {
  tx.Exec("UPDATE one_time_codes SET attempts = attempts + 1 WHERE id = $1", {code_id});
}

void IdentityRepository::MarkCodeUsed(db::Tx& tx, int64_t code_id, const std::string& at) {
  tx.Exec("UPDATE one_time_codes SET used_at = $2 WHERE id = $1", {code_id, at});
}

bool IdentityRepository::UseCodeOnce(db::Tx& tx, int64_t code_id, const std::string& at) {
  return tx.Exec("UPDATE one_time_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL",
                 {code_id, at}) == 1;
}

std::optional<std::pair<int64_t, OneTimeCode>> IdentityRepository::FindCodeByHash(
    db::Tx& tx, CodePurpose purpose, const std::string& code_hash) {
  auto row = tx.QueryOne(
      "SELECT id, user_id, code_hash, expires_ms, attempts, used_at FROM one_time_codes WHERE "
      "code_hash = $1 AND purpose = $2 AND used_at IS NULL",
      {code_hash, std::string(PurposeName(purpose))});
  if (!row) return std::nullopt;
  return std::make_pair(row->Int("user_id"),
                        OneTimeCode{row->Int("id"), row->Str("code_hash"), row->Int("expires_ms"),
                                    static_cast<int>(row->Int("attempts")), false});
}

void IdentityRepository::CreateSession(db::Tx& tx, const Session& s) {
  tx.Exec(
      "INSERT INTO sessions (id_hash, user_id, created_ms, last_seen_ms, expires_ms) VALUES ($1, "
      "$2, $3, $4, $5)",
      {s.id_hash, s.user_id, s.created_ms, s.last_seen_ms, s.expires_ms});
}

std::optional<Session> IdentityRepository::FindSession(db::Tx& tx, const std::string& id_hash) {
  auto row = tx.QueryOne(
      "SELECT id_hash, user_id, created_ms, last_seen_ms, expires_ms FROM sessions WHERE id_hash "
      "= $1",
      {id_hash});
  if (!row) return std::nullopt;
  return Session{row->Str("id_hash"), row->Int("user_id"), row->Int("created_ms"),
                 row->Int("last_seen_ms"), row->Int("expires_ms")};
}

void IdentityRepository::TouchSession(db::Tx& tx, const std::string& id_hash, int64_t now_ms) {
  tx.Exec("UPDATE sessions SET last_seen_ms = $2 WHERE id_hash = $1", {id_hash, now_ms});
}

void IdentityRepository::DeleteSession(db::Tx& tx, const std::string& id_hash) {
  tx.Exec("DELETE FROM sessions WHERE id_hash = $1", {id_hash});
}

void IdentityRepository::DeleteUserSessions(db::Tx& tx, int64_t user_id) {
  tx.Exec("DELETE FROM sessions WHERE user_id = $1", {user_id});
  tx.Notify(live::EventHub::EndNote(user_id, ""));  // their live streams end on every node
}

ThrottleState IdentityRepository::LockThrottle(db::Tx& tx, const std::string& key_hash,
                                               const std::string& account_hash) {
  tx.Exec(
      "INSERT INTO auth_throttles (key_hash, account_hash, hits, window_start_ms, until_ms, "
      "updated_ms) VALUES ($1, $2, 0, 0, 0, 0) ON CONFLICT (key_hash) DO UPDATE SET hits = "
      "auth_throttles.hits",
      {key_hash, account_hash});
  auto row = tx.QueryOne(
      "SELECT hits, window_start_ms, until_ms, updated_ms FROM auth_throttles WHERE key_hash = $1",
      {key_hash});
  return ThrottleState{row->Int("hits"), row->Int("window_start_ms"), row->Int("until_ms"),
                       row->Int("updated_ms")};
}

void IdentityRepository::SaveThrottle(db::Tx& tx, const std::string& key_hash,
                                      const ThrottleState& s) {
  tx.Exec(
      "UPDATE auth_throttles SET hits = $2, window_start_ms = $3, until_ms = $4, updated_ms = $5 "
      "WHERE key_hash = $1",
      {key_hash, s.hits, s.window_start_ms, s.until_ms, s.updated_ms});
}

void IdentityRepository::DeleteThrottle(db::Tx& tx, const std::string& key_hash) {
  tx.Exec("DELETE FROM auth_throttles WHERE key_hash = $1", {key_hash});
}

void IdentityRepository::DeleteAccountThrottles(db::Tx& tx, const std::string& account_hash) {
  tx.Exec("DELETE FROM auth_throttles WHERE account_hash = $1", {account_hash});
}

void IdentityRepository::PruneThrottles(db::Tx& tx, int64_t before_ms) {
  tx.Exec("DELETE FROM auth_throttles WHERE updated_ms < $1 AND until_ms < $1", {before_ms});
}

std::vector<RoleGrant> IdentityRepository::Roles(db::Tx& tx, int64_t user_id) {
  std::vector<RoleGrant> out;
  for (const auto& r : tx.Query(
           "SELECT id, role, scope_type, scope_id, granted_at FROM role_grants WHERE user_id = $1 "
           "ORDER BY id",
           {user_id})) {
    // A grant of a role or scope this version does not know grants nothing here.
    auto role = ParseRole(r.Str("role"));
    auto scope = ParseScopeType(r.Str("scope_type"));
    if (!role || !scope) continue;
    out.push_back(RoleGrant{r.Int("id"), *role, *scope, r.OptInt("scope_id"), r.Str("granted_at")});
  }
  return out;
}

std::vector<std::string> IdentityRepository::EmailsWithRole(db::Tx& tx, Role role,
                                                            ScopeType scope_type,
                                                            int64_t scope_id) {
  std::vector<std::string> out;
  for (const auto& r :
       tx.Query("SELECT DISTINCT u.email FROM users u JOIN role_grants g ON g.user_id = u.id WHERE "
                "g.role "
                "= $1 AND g.scope_type = $2 AND g.scope_id = $3 AND u.email IS NOT NULL",
                {RoleName(role), ScopeTypeName(scope_type), scope_id})) {
    out.push_back(r.Str("email"));
  }
  return out;
}

std::vector<int64_t> IdentityRepository::UsersWithRole(db::Tx& tx, Role role, ScopeType scope_type,
                                                       int64_t scope_id) {
  std::vector<int64_t> out;
  for (const auto& r : tx.Query("SELECT DISTINCT user_id FROM role_grants WHERE role = $1 AND "
                                "scope_type = $2 AND scope_id = $3 ORDER BY user_id",
                                {RoleName(role), ScopeTypeName(scope_type), scope_id})) {
    out.push_back(r.Int("user_id"));
  }
  return out;
}

int64_t IdentityRepository::AddRole(db::Tx& tx, int64_t user_id, const RoleGrant& g,
                                    int64_t granted_by) {
  auto row = tx.QueryOne(
      "INSERT INTO role_grants (user_id, role, scope_type, scope_id, granted_by, granted_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {user_id, RoleName(g.role), ScopeTypeName(g.scope_type), g.scope_id, granted_by,
       g.granted_at});
  return row->Int("id");
}

bool IdentityRepository::RemoveRole(db::Tx& tx, int64_t user_id, int64_t grant_id) {
  return tx.Exec("DELETE FROM role_grants WHERE id = $1 AND user_id = $2", {grant_id, user_id}) > 0;
}

std::vector<User> IdentityRepository::ListUsers(db::Tx& tx, const std::string& query,
                                                int64_t after_id, int limit) {
  std::string like = "%" + query + "%";
  std::vector<User> out;
  for (const auto& r :
       tx.Query(std::string("SELECT ") + kUserColumns +
                    " FROM users WHERE id > $1 AND deleted_at IS NULL AND ($2 = '' OR "
                    "lower(display_name) LIKE lower($3) "
                    "OR email LIKE lower($3) OR phone LIKE $3) ORDER BY id LIMIT $4",
                {after_id, query, like, limit})) {
    User u = WithConsent(ToUser(r));
    u.roles = Roles(tx, u.id);
    out.push_back(std::move(u));
  }
  return out;
}

crypto::IinColumn UserIinColumn() { return {"users", "iin", "iin_hash"}; }

}  // namespace kenes::identity
