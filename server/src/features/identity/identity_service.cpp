#include "features/identity/identity_service.hpp"

#include <algorithm>
#include <atomic>

#include <nlohmann/json.hpp>

#include "features/identity/identity_jobs.hpp"
#include "features/identity/identity_policy.hpp"
#include "platform/audit/audit.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/crypto/hash_gate.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::identity {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kTouchEveryMs = 60'000;

// Sign-in per (account, address): after `login_max_failures_account` failures the next attempt
// waits kFirstDelayMs, doubling with each further failure up to `login_window_minutes`; a day
// without attempts forgets the count, a successful sign-in or an unlock clears it.
constexpr int64_t kFirstDelayMs = 30'000;
constexpr int64_t kForgetAfterMs = 24 * kHour;
// Code e-mails (verification resend, password reset): per login and per address, per window.
constexpr int kCodeMailsPerLogin = 3;
constexpr int kCodeMailsPerAddress = 10;
constexpr int64_t kCodeMailWindowMs = 15 * kMinute;
// New accounts from one address: a class registering its pupils fits, a script mailing codes to
// strangers' addresses does not.
constexpr int kRegistrationsPerAddress = 30;
constexpr int64_t kRegistrationWindowMs = 60 * kMinute;
constexpr int64_t kUnlockTtlMs = 24 * kHour;
// Waiting for a slot of the hash gate outside requests (seeding).
constexpr std::chrono::milliseconds kSeedHashWait{60'000};

std::string AccountKeyOf(int64_t user_id) {
  return crypto::Sha256Hex("acct:u" + std::to_string(user_id));
}

// The account a throttle belongs to: the user when the login exists, else the login itself, so
// that throttles behave the same whether or not an account exists.
std::string AccountKey(const std::optional<User>& user, const std::string& login) {
  return user ? AccountKeyOf(user->id) : crypto::Sha256Hex("acct:l:" + login);
}

std::string UnlockHash(const std::string& token) { return crypto::Sha256Hex("unlock:" + token); }

std::string CodeHash(int64_t user_id, CodePurpose purpose, const std::string& code) {
  return crypto::Sha256Hex(std::to_string(user_id) + ":" + std::string(PurposeName(purpose)) + ":" +
                           code);
}

// Verifying against a real hash when the login is unknown keeps both paths equally slow, so
// response time does not tell which logins exist.
const std::string& DummyHash() {
  static const std::string kHash = crypto::HashPassword("kenes-timing-equaliser");
  return kHash;
}

Status CheckPassword(const std::string& password, const std::string& field) {
  size_t len = 0;
  for (unsigned char c : password) len += (c & 0xC0) != 0x80;
  if (len < kMinPassword) return Error::Invalid(field, "too_short");
  if (len > kMaxPassword) return Error::Invalid(field, "too_long");
  return Ok();
}

Error Throttled(int seconds) {
  Error e = Error::Of(ErrorCode::kResourceExhausted, "too many attempts");
  e.retry_after_s = seconds;
  return e;
}

// Every slot of the hash gate stayed taken: the client tries again in a second.
Error Busy() {
  Error e = Error::Of(ErrorCode::kResourceExhausted, "busy");
  e.retry_after_s = 1;
  return e;
}

std::atomic<uint64_t> takes{0};

}  // namespace

IdentityService::IdentityService(db::Database& db, const Clock& clock, const Config& config)
    : db_(db),
      clock_(clock),
      config_(config),
      sessions_(db.IsRemote() ? 0 : config.security.session_cache_ms, 100'000) {
  DummyHash();  // computed once, so that the first unknown login costs no more than the others
}

std::optional<Error> IdentityService::Take(db::Tx& tx,
                                           std::initializer_list<const Throttle*> keys) {
  const int64_t now = clock_.NowMs();
  if (takes.fetch_add(1, std::memory_order_relaxed) % 256 == 0) {
    repo_.PruneThrottles(tx, now - kForgetAfterMs);
  }
  std::vector<ThrottleState> states;
  std::optional<int64_t> held_until;
  for (const Throttle* t : keys) {
    ThrottleState s = repo_.LockThrottle(tx, t->key, t->account);
    if (auto until = TakeAttempt(s, t->rule, now)) {
      held_until = std::max(held_until.value_or(0), *until);
    }
    states.push_back(s);
  }
  if (held_until) return Throttled(RetryAfterSeconds(*held_until, now));
  size_t i = 0;
  for (const Throttle* t : keys) repo_.SaveThrottle(tx, t->key, states[i++]);
  return std::nullopt;
}

void IdentityService::GiveBack(db::Tx& tx, std::initializer_list<const Throttle*> keys) {
  for (const Throttle* t : keys) {
    ThrottleState s = repo_.LockThrottle(tx, t->key, t->account);
    GiveBackAttempt(s, t->rule);
    repo_.SaveThrottle(tx, t->key, s);
  }
}

void IdentityService::GiveBack(std::initializer_list<const Throttle*> keys) {
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    GiveBack(tx, keys);
    return true;
  });
}

IdentityService::Throttle IdentityService::CodeGuesses(const std::string& account,
                                                       CodePurpose purpose) const {
  return {crypto::Sha256Hex("guess:" + std::string(PurposeName(purpose)) + ":" + account), account,
          ThrottleRule{kMaxCodeAttempts, kCodeTtlMinutes * kMinute}};
}

IdentityService::Throttle IdentityService::CodeGuessesFrom(const std::string& ip) const {
  return {crypto::Sha256Hex("guess-ip:" + ip), "",
          ThrottleRule{config_.security.login_max_failures_ip,
                       config_.security.login_window_minutes * kMinute}};
}

std::optional<Error> IdentityService::TakeCodeRequest(const std::string& account,
                                                      const Actor& actor) {
  const Throttle per_login{crypto::Sha256Hex("mail:" + account), account,
                           ThrottleRule{kCodeMailsPerLogin, kCodeMailWindowMs}};
  const Throttle per_address{crypto::Sha256Hex("mail-ip:" + actor.ip), "",
                             ThrottleRule{kCodeMailsPerAddress, kCodeMailWindowMs}};
  std::optional<Error> held;
  db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    held = Take(tx, {&per_login, &per_address});
    return true;
  });
  return held;
}

void IdentityService::MaybeSendUnlock(db::Tx& tx, const User& user, int64_t now) {
  if (!user.verified() || user.login().empty()) return;
  const Throttle once{crypto::Sha256Hex("unlock-mail:" + AccountKeyOf(user.id)), "",
                      ThrottleRule{1, config_.security.login_window_minutes * kMinute}};
  if (Take(tx, {&once})) return;
  std::string token = crypto::RandomToken(32);
  repo_.AddCode(tx, user.id, CodePurpose::kUnlock, UnlockHash(token), now + kUnlockTtlMs);
  nlohmann::json payload = {{"user_id", user.id},
                            {"channel", user.email ? "email" : "phone"},
                            {"to", user.login()},
                            {"language", user.language},
                            {"link", config_.http.public_url + "/unlock?token=" + token}};
  jobs::Enqueue(tx, kSendUnlockJob, payload, now);
  Actor system;
  audit::Record(tx, system, {"identity.unlock_sent", "user", user.id, "{}"}, now);
}

Status IdentityService::IssueCode(db::Tx& tx, const User& user, CodePurpose purpose) {
  const int64_t now = clock_.NowMs();
  std::string code = crypto::RandomDigits(6);
  repo_.AddCode(tx, user.id, purpose, CodeHash(user.id, purpose, code),
                now + kCodeTtlMinutes * kMinute);
  nlohmann::json payload = {{"user_id", user.id}, {"purpose", std::string(PurposeName(purpose))},
                            {"code", code},       {"channel", user.email ? "email" : "phone"},
                            {"to", user.login()}, {"language", user.language}};
  jobs::Enqueue(tx, kSendCodeJob, payload, now);
  return Ok();
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
  if (in.iin && !IsValidIin(*in.iin)) invalid.fields["iin"] = "invalid_checksum";
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

Result<User> IdentityService::Me(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  // Authenticate has just loaded the account with the session: no second read.
  if (auto cached = sessions_.Find(actor.session_id_hash, clock_.NowMs());
      cached && cached->user && cached->user->id == *actor.user_id) {
    return *cached->user;
  }
  return db_.Read([&](db::Tx& tx) -> Result<User> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    return *user;
  });
}

Result<User> IdentityService::UpdateMe(const Actor& actor,
                                       const std::optional<std::string>& display_name,
                                       const std::optional<std::string>& language) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (language && !IsKnownLanguage(*language)) return Error::Invalid("language", "invalid");
  auto changed = db_.Write([&](db::Tx& tx) -> Result<User> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    repo_.UpdateProfile(tx, user->id, display_name.value_or(user->display_name),
                        language.value_or(user->language));
    audit::Record(tx, actor, {"identity.profile_updated", "user", user->id, "{}"}, clock_.NowMs());
    return *repo_.FindById(tx, user->id);
  });
  sessions_.ForgetUser(*actor.user_id);  // the cached account is out of date
  return changed;
}

Result<TotpSetup> IdentityService::SetupTotp(const Actor& actor) {
  if (auto s = IdentityPolicy::UseSecondFactor(actor); !s.ok()) return s.error();
  std::string secret = crypto::Base32Encode(crypto::RandomBytes(20));
  auto changed = db_.Write([&](db::Tx& tx) -> Result<TotpSetup> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    if (user->totp_enabled) {
      Error e = Error::Of(ErrorCode::kFailedPrecondition, "second factor already enabled");
      e.fields["totp"] = "already_enabled";
      return e;
    }
    repo_.SetTotp(tx, user->id, secret, std::nullopt, false);
    std::string uri = "otpauth://totp/Kenes:" + std::to_string(user->id) + "?secret=" + secret +
                      "&issuer=Kenes&algorithm=SHA1&digits=6&period=30";
    return TotpSetup{secret, uri};
  });
  sessions_.ForgetUser(*actor.user_id);  // the cached account is out of date
  return changed;
}

Result<User> IdentityService::EnableTotp(const Actor& actor, const std::string& code) {
  if (auto s = IdentityPolicy::UseSecondFactor(actor); !s.ok()) return s.error();
  const int64_t now = clock_.NowMs();
  auto changed = db_.Write([&](db::Tx& tx) -> Result<User> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    std::string secret;
    if (!user->totp_pending_secret || !crypto::Base32Decode(*user->totp_pending_secret, &secret) ||
        !crypto::TotpVerify(secret, code, now / 1000)) {
      return Error::Invalid("code", "invalid");
    }
    repo_.SetTotp(tx, user->id, std::nullopt, user->totp_pending_secret, true);
    audit::Record(tx, actor, {"identity.totp_enabled", "user", user->id, "{}"}, now);
    return *repo_.FindById(tx, user->id);
  });
  sessions_.ForgetUser(*actor.user_id);  // the cached account is out of date
  return changed;
}

Result<User> IdentityService::DisableTotp(const Actor& actor, const std::string& code) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  auto changed = db_.Write([&](db::Tx& tx) -> Result<User> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    std::string secret;
    if (!user->totp_enabled || !crypto::Base32Decode(user->totp_secret.value_or(""), &secret) ||
        !crypto::TotpVerify(secret, code, now / 1000)) {
      return Error::Invalid("code", "invalid");
    }
    repo_.SetTotp(tx, user->id, std::nullopt, std::nullopt, false);
    audit::Record(tx, actor, {"identity.totp_disabled", "user", user->id, "{}"}, now);
    return *repo_.FindById(tx, user->id);
  });
  sessions_.ForgetUser(*actor.user_id);  // the cached account is out of date
  return changed;
}

Result<UserPage> IdentityService::ListUsers(const Actor& actor, const std::string& query,
                                            int64_t after_id, int limit) {
  if (auto s = IdentityPolicy::ManageUsers(actor); !s.ok()) return s.error();
  if (limit < 1 || limit > 100) return Error::Invalid("limit", "invalid");
  return db_.Read([&](db::Tx& tx) -> Result<UserPage> {
    UserPage page;
    page.items = repo_.ListUsers(tx, query, after_id, limit);
    if (static_cast<int>(page.items.size()) == limit) page.next_after = page.items.back().id;
    return page;
  });
}

Result<RoleGrant> IdentityService::GrantRole(const Actor& actor, int64_t user_id, RoleGrant grant) {
  if (auto s = IdentityPolicy::ManageUsers(actor); !s.ok()) return s.error();
  Error invalid = Error::Of(ErrorCode::kInvalidArgument, "invalid role grant");
  if (!IsKnownRole(grant.role)) invalid.fields["role"] = "invalid";
  if (!IsKnownScopeType(grant.scope_type)) invalid.fields["scope_type"] = "invalid";
  if (grant.scope_type == "global" && grant.scope_id) invalid.fields["scope_id"] = "invalid";
  if (grant.scope_type != "global" && !grant.scope_id) invalid.fields["scope_id"] = "required";
  if (!invalid.fields.empty()) return invalid;
  const int64_t now = clock_.NowMs();
  auto granted = db_.Write([&](db::Tx& tx) -> Result<RoleGrant> {
    if (!repo_.FindById(tx, user_id)) return Error::NotFound();
    grant.granted_at = FormatIsoUtc(now);
    grant.id = repo_.AddRole(tx, user_id, grant, *actor.user_id);
    nlohmann::json details = {
        {"role", grant.role},
        {"scope_type", grant.scope_type},
        {"scope_id", grant.scope_id ? nlohmann::json(*grant.scope_id) : nullptr},
        {"user_id", user_id}};
    audit::Record(tx, actor, {"identity.role_granted", "role_grant", grant.id, details.dump()},
                  now);
    return grant;
  });
  sessions_.ForgetUser(user_id);  // the new role counts from the next request
  return granted;
}

Status IdentityService::RevokeRole(const Actor& actor, int64_t user_id, int64_t grant_id) {
  if (auto s = IdentityPolicy::ManageUsers(actor); !s.ok()) return s;
  const int64_t now = clock_.NowMs();
  Status revoked = db_.Write([&](db::Tx& tx) -> Status {
    if (!repo_.RemoveRole(tx, user_id, grant_id)) return Error::NotFound();
    nlohmann::json details = {{"user_id", user_id}};
    audit::Record(tx, actor, {"identity.role_revoked", "role_grant", grant_id, details.dump()},
                  now);
    return Ok();
  });
  sessions_.ForgetUser(user_id);  // a revoked role stops working at once
  return revoked;
}

std::optional<std::string> IdentityService::DisplayNameOf(int64_t user_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::optional<std::string>> {
        auto u = repo_.FindById(tx, user_id);
        return u ? std::optional<std::string>(u->display_name) : std::nullopt;
      })
      .value();
}

std::optional<std::string> IdentityService::EmailOf(int64_t user_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::optional<std::string>> {
        auto u = repo_.FindById(tx, user_id);
        return u ? u->email : std::nullopt;
      })
      .value();
}

std::vector<std::string> IdentityService::StaffEmails(int64_t maslikhat_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::vector<std::string>> {
        return repo_.EmailsWithRole(tx, "staff", "maslikhat", maslikhat_id);
      })
      .value();
}

std::vector<int64_t> IdentityService::StaffUserIds(int64_t maslikhat_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::vector<int64_t>> {
        return repo_.UsersWithRole(tx, "staff", "maslikhat", maslikhat_id);
      })
      .value();
}

std::optional<Actor> IdentityService::Authenticate(const std::string& session_token) {
  if (session_token.size() != 64) return std::nullopt;
  const std::string hash = crypto::Sha256Hex(session_token);
  const int64_t now = clock_.NowMs();
  const int64_t idle = int64_t{config_.security.session_idle_minutes} * kMinute;
  if (auto cached = sessions_.Find(hash, now)) {
    if (now < cached->expires_ms && now - cached->last_seen_ms < idle) {
      if (now - cached->last_seen_ms > kTouchEveryMs) {
        db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
          repo_.TouchSession(tx, hash, now);
          return true;
        });
        sessions_.Touched(hash, now);
      }
      return cached->actor;
    }
  }
  const uint64_t generation = sessions_.generation();
  std::optional<Session> session;
  std::optional<User> user;
  db_.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    session = repo_.FindSession(tx, hash);
    if (session && now < session->expires_ms && now - session->last_seen_ms < idle) {
      user = repo_.FindById(tx, session->user_id);
    }
    return true;
  });
  if (!user) return std::nullopt;
  int64_t last_seen = session->last_seen_ms;
  if (now - last_seen > kTouchEveryMs) {
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      repo_.TouchSession(tx, hash, now);
      return true;
    });
    last_seen = now;
  }
  Actor actor;
  actor.user_id = user->id;
  actor.session_id_hash = hash;
  actor.roles = user->roles;
  sessions_.Put(hash,
                {actor, session->expires_ms, last_seen, now, std::make_shared<const User>(*user)},
                generation);
  return actor;
}

Result<std::optional<int64_t>> IdentityService::EnsureAccount(const std::string& email,
                                                              const std::string& password,
                                                              const std::string& display_name,
                                                              const std::string& language,
                                                              const std::vector<RoleGrant>& roles) {
  std::string hash;
  {
    auto permit = crypto::HashGate::Shared().Acquire(kSeedHashWait);
    if (!permit) return Error::Of(ErrorCode::kUnavailable, "password hashing is saturated");
    hash = crypto::HashPassword(password);
  }
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<std::optional<int64_t>> {
    if (repo_.FindByLogin(tx, email)) return std::optional<int64_t>();
    NewUser nu{email, std::nullopt, hash, display_name, language, std::nullopt, FormatIsoUtc(now)};
    int64_t id = repo_.CreateUser(tx, nu);
    repo_.MarkVerified(tx, id, FormatIsoUtc(now));
    repo_.AddConsent(tx, id, "personal_data", config_.security.consent_version, FormatIsoUtc(now));
    for (auto g : roles) {
      g.granted_at = FormatIsoUtc(now);
      repo_.AddRole(tx, id, g, id);
    }
    return std::optional<int64_t>(id);
  });
}

}  // namespace kenes::identity
