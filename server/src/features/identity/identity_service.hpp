#pragma once
// Identity use cases: one method each, one transaction each (throttle and attempt counters commit
// on their own, because a failed attempt must be remembered even though the use case fails).
// Throttles are taken before the costly or guessable step (argon2, a code comparison) and count
// attempts in flight; argon2 itself runs only with a slot of crypto::HashGate.

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/error.hpp"
#include "features/identity/identity_repository.hpp"
#include "features/identity/session_cache.hpp"
#include "features/identity/throttle.hpp"
#include "features/identity/user.hpp"
#include "platform/crypto/stored_iins.hpp"
#include "platform/db/database.hpp"

namespace kenes::identity {

struct RegisterInput {
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string password;
  std::string display_name;
  std::string language;
  std::string consent_version;
  std::optional<std::string> iin;
};

// The same for a new account and for a login that already has one (see Register).
struct Registered {
  std::string login;
  std::string channel;  // "email" or "phone"
};

struct LoginInput {
  std::string login;
  std::string password;
  std::optional<std::string> totp_code;
};

struct LoggedIn {
  User user;
  std::string session_token;  // goes to the cookie; only its hash is stored
};

struct TotpSetup {
  std::string secret;
  std::string otpauth_uri;
};

struct UserPage {
  std::vector<User> items;
  std::optional<int64_t> next_after;
};

class IdentityService {
 public:
  IdentityService(db::Database& db, const Clock& clock, const Config& config);

  // A login that already has an account is answered like a new one (nothing is created): its
  // owner gets a message instead of a code, so the answer does not tell who is registered.
  Result<Registered> Register(const RegisterInput& in, const Actor& actor);
  Status Verify(const std::string& login, const std::string& code, const Actor& actor);
  Status Resend(const std::string& login, const Actor& actor);
  Result<LoggedIn> Login(const LoginInput& in, const Actor& actor);
  Status Logout(const Actor& actor);
  Status RequestReset(const std::string& login, const Actor& actor);
  Status ConfirmReset(const std::string& login, const std::string& code,
                      const std::string& new_password, const Actor& actor);
  // The token of the unlock link mailed while sign-in was held back: clears every throttle of the
  // account.
  Status Unlock(const std::string& token, const Actor& actor);

  Result<User> Me(const Actor& actor);
  Result<User> UpdateMe(const Actor& actor, const std::optional<std::string>& display_name,
                        const std::optional<std::string>& language);
  Result<TotpSetup> SetupTotp(const Actor& actor);
  Result<User> EnableTotp(const Actor& actor, const std::string& code);
  Result<User> DisableTotp(const Actor& actor, const std::string& code);

  // The person's own rights (identity_privacy.cpp; the page is features/privacy) ---------------

  // Everything identity holds about the signed-in person.
  Result<AccountRecord> OwnRecord(const Actor& actor);
  // Accepts the installation's current consent text (its version must be the current one).
  Result<User> AcceptConsent(const Actor& actor, const std::string& version);
  // Withdraws every consent in force; the account stays, and asks for consent again.
  Result<User> WithdrawConsent(const Actor& actor);
  // Leaves the account without personal data or a way to sign in. `confirm` must be the login;
  // accounts with a staff role are refused (their roles are revoked by an administrator first).
  // `details`: what the caller kept, for the audit row (no personal data).
  Status EraseOwnAccount(const Actor& actor, const std::string& confirm,
                         const nlohmann::json& details);
  // Whether EraseOwnAccount would let the actor go ahead (IdentityPolicy::DeleteOwnAccount).
  static Status MayDeleteOwnAccount(const Actor& actor);

  // Retention: deletes dead sessions and expired one-time codes; returns {sessions, codes}.
  std::pair<int64_t, int64_t> PurgeExpired();

  Result<UserPage> ListUsers(const Actor& actor, const std::string& query, int64_t after_id,
                             int limit);
  Result<RoleGrant> GrantRole(const Actor& actor, int64_t user_id, RoleGrant grant);
  Status RevokeRole(const Actor& actor, int64_t user_id, int64_t grant_id);

  // For notifications by other features (jobs): addresses, never shown to other users.
  std::optional<std::string> EmailOf(int64_t user_id);
  // The name an account goes by, for documents that name an official (the talon).
  std::optional<std::string> DisplayNameOf(int64_t user_id);
  std::vector<std::string> StaffEmails(int64_t maslikhat_id);
  std::vector<int64_t> StaffUserIds(int64_t maslikhat_id);

  // Session token from the cookie -> the acting user, sliding the idle expiry.
  std::optional<Actor> Authenticate(const std::string& session_token);

  // For `kenes seed`: creates a verified account with roles unless the login exists; returns the
  // new account's id, or nullopt when it existed.
  Result<std::optional<int64_t>> EnsureAccount(const std::string& email,
                                               const std::string& password,
                                               const std::string& display_name,
                                               const std::string& language,
                                               const std::vector<RoleGrant>& roles);

 private:
  // One throttle key: its hash, the account it belongs to ("" for per-address keys), its rule.
  struct Throttle {
    std::string key;
    std::string account;
    ThrottleRule rule;
  };
  // Counts one attempt on every key, or on none: the error (429 + Retry-After) when one refuses.
  std::optional<Error> Take(db::Tx& tx, std::initializer_list<const Throttle*> keys);
  void GiveBack(db::Tx& tx, std::initializer_list<const Throttle*> keys);
  void GiveBack(std::initializer_list<const Throttle*> keys);  // in a transaction of its own

  Status IssueCode(db::Tx& tx, const User& user, CodePurpose purpose);
  // The code budget of an account (a new code does not renew it) and of an address.
  Throttle CodeGuesses(const std::string& account, CodePurpose purpose) const;
  Throttle CodeGuessesFrom(const std::string& ip) const;
  // Checks a one-time code under both budgets: a wrong code stays counted; a right one is given
  // back and, when `consume`, marked used. Returns the code's id.
  Result<int64_t> CheckCode(const std::optional<User>& user, const std::string& account,
                            CodePurpose purpose, const std::string& code, const Actor& actor,
                            bool consume);
  // Limits code e-mails per login and per address, before anything is queued.
  std::optional<Error> TakeCodeRequest(const std::string& account, const Actor& actor);
  // Mails the owner an unlock link, at most once per window.
  void MaybeSendUnlock(db::Tx& tx, const User& user, int64_t now);

  db::Database& db_;
  const Clock& clock_;
  const Config& config_;
  IdentityRepository repo_;
  SessionCache sessions_;
};

// Where users' IINs are stored, for the start-up step that checks the key and seals those still
// in clear (app/iin_protection.cpp, docs/adr/0018-iin-encryption.md).
crypto::IinColumn UserIinColumn();

}  // namespace kenes::identity
