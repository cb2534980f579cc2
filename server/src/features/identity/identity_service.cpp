// IdentityService: registration, verification, sign-in and out, password reset, unlock.
#include "features/identity/identity_service.hpp"

#include <algorithm>
#include <atomic>

#include <nlohmann/json.hpp>

#include "features/identity/identity_jobs.hpp"
#include "features/identity/identity_policy.hpp"
#include "features/identity/identity_rules.hpp"
#include "platform/audit/audit.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/crypto/hash_gate.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/live/event_hub.hpp"

namespace kenes::identity {

using namespace rules;  // NOLINT(google-build-using-namespace): the feature's own rules

IdentityService::IdentityService(db::Database& db, const Clock& clock, const Config& config)
    : db_(db),
      clock_(clock),
      config_(config),
      sessions_(db.IsRemote() ? 0 : config.security.session_cache_ms, 100'000) {
  repo_.SetCurrentConsent(config.security.consent_version);
  DummyHash();  // computed once, so that the first unknown login costs no more than the others
}

Result<Registered> IdentityService::Register(const RegisterInput& in, const Actor& actor) {
  Error invalid = Error::Of(ErrorCode::kInvalidArgument, "invalid registration");
  std::optional<std::string> email, phone;
  if (in.email) {
    email = NormalizeEmail(*in.email);
    if (!email) invalid.fields["email"] = "invalid_format";
  }
  if (in.phone) {
    phone = NormalizePhone(*in.phone);
    if (!phone) invalid.fields["phone"] = "invalid_format";
  }
  if (!in.email && !in.phone) invalid.fields["email"] = "required";
  if (auto s = CheckPassword(in.password, "password"); !s.ok()) {
    invalid.fields.insert(s.error().fields.begin(), s.error().fields.end());
  }
  if (!IsKnownLanguage(in.language)) invalid.fields["language"] = "invalid";
  if (in.consent_version != config_.security.consent_version) {
    invalid.fields["consent.version"] = "invalid";
  }
  if (in.iin) {
    if (IsPlaceholderIin(*in.iin)) {
      invalid.fields["iin"] = "invalid";
    } else if (!IsValidIin(*in.iin)) {
      invalid.fields["iin"] = "invalid_checksum";
    }
  }
  if (!invalid.fields.empty()) return invalid;

  // Counted before the hash: registration mails a code, so it is a code e-mail like resend.
  const Throttle per_login{
      crypto::Sha256Hex("mail:" + AccountKey(std::nullopt, email ? *email : *phone)), "",
      ThrottleRule{kCodeMailsPerLogin, kCodeMailWindowMs}};
  const Throttle per_address{crypto::Sha256Hex("register-ip:" + actor.ip), "",
                             ThrottleRule{kRegistrationsPerAddress, kRegistrationWindowMs}};
  std::optional<Error> held;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    held = Take(tx, {&per_login, &per_address});
    return true;
  });
  if (held) return *held;

  auto permit = crypto::HashGate::Shared().Acquire(crypto::kHashWait);
  if (!permit) return Busy();
  std::string hash = crypto::HashPassword(in.password);  // slow: outside the transaction
  permit.reset();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Registered> {
    // A login that has an account gets the same answer as a new one, so registration does not
    // tell anyone which addresses are registered; the owner is told instead, in their language.
    std::optional<User> existing;
    if (email) existing = repo_.FindByLogin(tx, *email);
    if (!existing && phone) existing = repo_.FindByLogin(tx, *phone);
    if (existing) {
      nlohmann::json payload = {{"channel", existing->email ? "email" : "phone"},
                                {"to", existing->login()},
                                {"language", existing->language},
                                {"site", config_.http.public_url}};
      jobs::Enqueue(tx, kSendAlreadyRegisteredJob, payload, now);
      audit::Record(tx, actor, {"identity.register_existing", "user", existing->id, "{}"}, now);
      return Registered{email ? *email : *phone, email ? "email" : "phone"};
    }
    NewUser nu{email, phone, hash, in.display_name, in.language, in.iin, FormatIsoUtc(now)};
    int64_t id = repo_.CreateUser(tx, nu);
    repo_.AddConsent(tx, id, "personal_data", in.consent_version, FormatIsoUtc(now));
    auto user = repo_.FindById(tx, id);
    if (auto s = IssueCode(tx, *user, CodePurpose::kVerify); !s.ok()) return s.error();
    Actor self = actor;
    self.user_id = id;
    audit::Record(tx, self, {"identity.registered", "user", id, "{}"}, now);
    return Registered{user->login(), email ? "email" : "phone"};
  });
}

Result<int64_t> IdentityService::CheckCode(const std::optional<User>& user,
                                           const std::string& account, CodePurpose purpose,
                                           const std::string& code, const Actor& actor,
                                           bool consume) {
  const int64_t now = clock_.NowMs();
  const Throttle guesses = CodeGuesses(account, purpose);
  const Throttle from = CodeGuessesFrom(actor.ip);
  std::optional<Result<int64_t>> out;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    // Counted before the comparison, in the transaction that holds the rows: parallel guesses
    // cannot pass the budget, and a new code does not renew it.
    if (auto held = Take(tx, {&guesses, &from})) {
      out.emplace(*held);
      return true;
    }
    auto c = user ? repo_.LatestCode(tx, user->id, purpose) : std::nullopt;
    if (!c || c->used) {
      out.emplace(Error::Invalid("code", "invalid"));
    } else if (c->attempts >= kMaxCodeAttempts) {
      out.emplace(Throttled(kCodeTtlMinutes * 60));
    } else if (c->expires_ms < now) {
      GiveBack(tx, {&guesses, &from});
      out.emplace(Error::Invalid("code", "expired"));
    } else if (!crypto::ConstantTimeEqual(CodeHash(user->id, purpose, code), c->code_hash)) {
      repo_.CountCodeAttempt(tx, c->id);  // the guess stays counted
      out.emplace(Error::Invalid("code", "invalid"));
    } else {
      GiveBack(tx, {&guesses, &from});
      if (consume) repo_.MarkCodeUsed(tx, c->id, FormatIsoUtc(now));
      out.emplace(c->id);
    }
    return true;
  });
  return std::move(*out);
}

Status IdentityService::Verify(const std::string& login, const std::string& code,
                               const Actor& actor) {
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
  auto user = db_.Read(
      [&](db::Tx& tx) { return Result<std::optional<User>>(repo_.FindByLogin(tx, *normalized)); });
  // An account already verified answers like a wrong code: "200 for any code" would tell a
  // stranger which logins exist and are verified.
  auto checked = CheckCode(user.value(), AccountKey(user.value(), *normalized),
                           CodePurpose::kVerify, code, actor, true);
  if (!checked.ok()) return checked.error();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    if (user.value()->verified()) return Ok();
    repo_.MarkVerified(tx, user.value()->id, FormatIsoUtc(now));
    Actor self = actor;
    self.user_id = user.value()->id;
    audit::Record(tx, self, {"identity.verified", "user", user.value()->id, "{}"}, now);
    return Ok();
  });
}

Status IdentityService::Resend(const std::string& login, const Actor& actor) {
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
  auto found = db_.Read(
      [&](db::Tx& tx) { return Result<std::optional<User>>(repo_.FindByLogin(tx, *normalized)); });
  if (auto held = TakeCodeRequest(AccountKey(found.value(), *normalized), actor)) return *held;
  return db_.Write([&](db::Tx& tx) -> Status {
    auto user = repo_.FindByLogin(tx, *normalized);
    if (!user || user->verified()) return Ok();  // the answer does not reveal accounts
    return IssueCode(tx, *user, CodePurpose::kVerify);
  });
}

Result<LoggedIn> IdentityService::Login(const LoginInput& in, const Actor& actor) {
  const int64_t now = clock_.NowMs();
  auto normalized = NormalizeLogin(in.login);
  std::optional<User> user;
  if (normalized) {
    user = db_.Read([&](db::Tx& tx) {
                return Result<std::optional<User>>(repo_.FindByLogin(tx, *normalized));
              })
               .value();
  }
  const std::string account = AccountKey(user, normalized.value_or(in.login));
  const Throttle pair{
      crypto::Sha256Hex("login:" + account + ":" + actor.ip), account,
      ThrottleRule{config_.security.login_max_failures_account, kForgetAfterMs, true, kFirstDelayMs,
                   config_.security.login_window_minutes * kMinute}};
  const Throttle from{crypto::Sha256Hex("login-ip:" + actor.ip), "",
                      ThrottleRule{config_.security.login_max_failures_ip,
                                   config_.security.login_window_minutes * kMinute}};

  // The attempt counts as a failure from here on (so parallel guesses see it) until it proves
  // otherwise; only attempts within the limits reach argon2.
  std::optional<Error> held;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    held = Take(tx, {&pair, &from});
    if (user && repo_.LockThrottle(tx, pair.key, pair.account).hits >= pair.rule.max) {
      MaybeSendUnlock(tx, *user, now);  // this account is being held back: tell its owner
    }
    return true;
  });
  if (held) return *held;

  bool password_ok = false;
  {
    auto permit = crypto::HashGate::Shared().Acquire(crypto::kHashWait);
    if (!permit) {
      GiveBack({&pair, &from});
      return Busy();
    }
    // An unknown login costs the same argon2 verification, so time does not tell it apart.
    password_ok = crypto::VerifyPassword(in.password, user ? user->password_hash : DummyHash());
  }
  if (!user || !password_ok)
    return Error::Of(ErrorCode::kUnauthenticated, "wrong login or password");
  if (!user->verified()) {
    GiveBack({&pair, &from});
    Error e = Error::Of(ErrorCode::kFailedPrecondition, "account not verified");
    e.fields["login"] = "not_verified";
    return e;
  }
  if (user->totp_enabled) {
    if (!in.totp_code || in.totp_code->empty()) {
      GiveBack({&pair, &from});  // given back, not cleared: TOTP guesses stay counted
      Error e = Error::Unauthenticated();
      e.fields["totp_code"] = "required";
      return e;
    }
    std::string secret;
    crypto::Base32Decode(user->totp_secret.value_or(""), &secret);
    if (!crypto::TotpVerify(secret, *in.totp_code, now / 1000)) {
      Error e = Error::Unauthenticated();
      e.fields["totp_code"] = "invalid";
      return e;
    }
  }
  std::string token = crypto::RandomToken(32);
  return db_.Write([&](db::Tx& tx) -> Result<LoggedIn> {
    repo_.DeleteThrottle(tx, pair.key);  // this address may sign in to this account freely again
    GiveBack(tx, {&from});
    Session s{crypto::Sha256Hex(token), user->id, now, now,
              now + int64_t{config_.security.session_absolute_hours} * 60 * kMinute};
    repo_.CreateSession(tx, s);
    Actor self = actor;
    self.user_id = user->id;
    audit::Record(tx, self, {"identity.login", "user", user->id, "{}"}, now);
    return LoggedIn{*user, token};
  });
}

Status IdentityService::Logout(const Actor& actor) {
  if (actor.session_id_hash.empty()) return Ok();
  Status s = db_.Write([&](db::Tx& tx) -> Status {
    repo_.DeleteSession(tx, actor.session_id_hash);
    if (actor.user_id) {
      audit::Record(tx, actor, {"identity.logout", "user", actor.user_id, "{}"}, clock_.NowMs());
      // The session's live streams end too, on every node.
      tx.Notify(live::EventHub::EndNote(*actor.user_id,
                                        live::EventHub::SessionKey(actor.session_id_hash)));
    }
    return Ok();
  });
  sessions_.Forget(actor.session_id_hash);  // after the commit: the next request reads "gone"
  return s;
}

Status IdentityService::RequestReset(const std::string& login, const Actor& actor) {
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
  auto found = db_.Read(
      [&](db::Tx& tx) { return Result<std::optional<User>>(repo_.FindByLogin(tx, *normalized)); });
  if (auto held = TakeCodeRequest(AccountKey(found.value(), *normalized), actor)) return *held;
  return db_.Write([&](db::Tx& tx) -> Status {
    auto user = repo_.FindByLogin(tx, *normalized);
    if (!user) return Ok();  // the answer does not reveal accounts
    audit::Record(tx, actor, {"identity.reset_requested", "user", user->id, "{}"}, clock_.NowMs());
    return IssueCode(tx, *user, CodePurpose::kReset);
  });
}

Status IdentityService::ConfirmReset(const std::string& login, const std::string& code,
                                     const std::string& new_password, const Actor& actor) {
  if (auto s = CheckPassword(new_password, "new_password"); !s.ok()) return s;
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
  auto user = db_.Read(
      [&](db::Tx& tx) { return Result<std::optional<User>>(repo_.FindByLogin(tx, *normalized)); });
  const std::string account = AccountKey(user.value(), *normalized);
  // The code first (cheap, constant time, throttled); argon2 only for a valid code.
  auto checked = CheckCode(user.value(), account, CodePurpose::kReset, code, actor, false);
  if (!checked.ok()) return checked.error();
  const int64_t id = user.value()->id;
  std::string hash;
  {
    auto permit = crypto::HashGate::Shared().Acquire(crypto::kHashWait);
    if (!permit) return Busy();  // the code stays valid: the client tries again
    hash = crypto::HashPassword(new_password);
  }
  const int64_t now = clock_.NowMs();
  Status done = db_.Write([&](db::Tx& tx) -> Status {
    if (!repo_.UseCodeOnce(tx, *checked, FormatIsoUtc(now))) {
      return Error::Invalid("code", "invalid");  // used (or replaced) meanwhile
    }
    repo_.SetPassword(tx, id, hash);
    repo_.DeleteUserSessions(tx, id);               // a reset signs out every device
    repo_.MarkVerified(tx, id, FormatIsoUtc(now));  // the code proved control of the login
    repo_.DeleteAccountThrottles(tx, account);      // and lifts the account's throttles
    Actor self = actor;
    self.user_id = id;
    audit::Record(tx, self, {"identity.password_reset", "user", id, "{}"}, now);
    return Ok();
  });
  sessions_.ForgetUser(id);
  return done;
}

Status IdentityService::Unlock(const std::string& token, const Actor& actor) {
  if (token.size() != 64) return Error::Invalid("token", "invalid");
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    auto found = repo_.FindCodeByHash(tx, CodePurpose::kUnlock, UnlockHash(token));
    if (!found) return Error::Invalid("token", "invalid");
    if (found->second.expires_ms < now) return Error::Invalid("token", "expired");
    repo_.MarkCodeUsed(tx, found->second.id, FormatIsoUtc(now));
    repo_.DeleteAccountThrottles(tx, AccountKeyOf(found->first));
    Actor self = actor;
    self.user_id = found->first;
    audit::Record(tx, self, {"identity.unlocked", "user", found->first, "{}"}, now);
    return Ok();
  });
}

}  // namespace kenes::identity
