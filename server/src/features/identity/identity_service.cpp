#include "features/identity/identity_service.hpp"

#include <nlohmann/json.hpp>

#include "features/identity/identity_policy.hpp"
#include "platform/audit/audit.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::identity {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kTouchEveryMs = 60'000;

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

}  // namespace

Status IdentityService::IssueCode(db::Tx& tx, const User& user, CodePurpose purpose) {
  const int64_t now = clock_.NowMs();
  std::string code = crypto::RandomDigits(6);
  repo_.AddCode(tx, user.id, purpose, CodeHash(user.id, purpose, code),
                now + kCodeTtlMinutes * kMinute);
  nlohmann::json payload = {{"user_id", user.id}, {"purpose", std::string(PurposeName(purpose))},
                            {"code", code},       {"channel", user.email ? "email" : "phone"},
                            {"to", user.login()}, {"language", user.language}};
  jobs::Enqueue(tx, "identity.send_code", payload, now);
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

  std::string hash = crypto::HashPassword(in.password);  // slow: outside the transaction
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Registered> {
    if (email && repo_.FindByLogin(tx, *email)) {
      Error e = Error::Of(ErrorCode::kAlreadyExists, "e-mail already registered");
      e.fields["email"] = "taken";
      return e;
    }
    if (phone && repo_.FindByLogin(tx, *phone)) {
      Error e = Error::Of(ErrorCode::kAlreadyExists, "phone already registered");
      e.fields["phone"] = "taken";
      return e;
    }
    NewUser nu{email, phone, hash, in.display_name, in.language, in.iin, FormatIsoUtc(now)};
    int64_t id = repo_.CreateUser(tx, nu);
    repo_.AddConsent(tx, id, "personal_data", in.consent_version, FormatIsoUtc(now));
    auto user = repo_.FindById(tx, id);
    if (auto s = IssueCode(tx, *user, CodePurpose::kVerify); !s.ok()) return s.error();
    Actor self = actor;
    self.user_id = id;
    audit::Record(tx, self, {"identity.registered", "user", id, "{}"}, now);
    return Registered{id, user->login(), email ? "email" : "phone"};
  });
}

Status IdentityService::ConsumeCode(int64_t user_id, CodePurpose purpose, const std::string& code) {
  const int64_t now = clock_.NowMs();
  Result<Status> outcome = db_.Write([&](db::Tx& tx) -> Result<Status> {
    auto c = repo_.LatestCode(tx, user_id, purpose);
    if (!c || c->used) return Status(Error::Invalid("code", "invalid"));
    if (c->attempts >= kMaxCodeAttempts) return Status(Throttled(kCodeTtlMinutes * 60));
    if (c->expires_ms < now) return Status(Error::Invalid("code", "expired"));
    if (!crypto::ConstantTimeEqual(CodeHash(user_id, purpose, code), c->code_hash)) {
      repo_.CountCodeAttempt(tx, c->id);  // committed: the outer Result is ok
      return Status(Error::Invalid("code", "invalid"));
    }
    repo_.MarkCodeUsed(tx, c->id, FormatIsoUtc(now));
    return Status(Ok());
  });
  return outcome.value();
}

Status IdentityService::Verify(const std::string& login, const std::string& code,
                               const Actor& actor) {
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
  auto user = db_.Read(
      [&](db::Tx& tx) { return Result<std::optional<User>>(repo_.FindByLogin(tx, *normalized)); });
  if (!user.value()) return Error::Invalid("code", "invalid");
  if (user.value()->verified()) return Ok();
  if (auto s = ConsumeCode(user.value()->id, CodePurpose::kVerify, code); !s.ok()) return s;
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    repo_.MarkVerified(tx, user.value()->id, FormatIsoUtc(now));
    Actor self = actor;
    self.user_id = user.value()->id;
    audit::Record(tx, self, {"identity.verified", "user", user.value()->id, "{}"}, now);
    return Ok();
  });
}

Status IdentityService::Resend(const std::string& login, const Actor&) {
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
  return db_.Write([&](db::Tx& tx) -> Status {
    auto user = repo_.FindByLogin(tx, *normalized);
    if (!user || user->verified()) return Ok();  // the answer does not reveal accounts
    return IssueCode(tx, *user, CodePurpose::kVerify);
  });
}

std::optional<int> IdentityService::ThrottledFor(db::Tx& tx, const std::string& key_hash,
                                                 int limit) {
  const int64_t now = clock_.NowMs();
  const int64_t window = config_.security.login_window_minutes * kMinute;
  if (repo_.CountFailures(tx, key_hash, now - window) < limit) return std::nullopt;
  int64_t latest = repo_.LatestFailure(tx, key_hash).value_or(now);
  int64_t wait_ms = latest + window - now;
  return static_cast<int>(wait_ms <= 0 ? 1 : (wait_ms + 999) / 1000);
}

Result<LoggedIn> IdentityService::Login(const LoginInput& in, const Actor& actor) {
  const int64_t now = clock_.NowMs();
  auto normalized = NormalizeLogin(in.login);
  const std::string acct_key = crypto::Sha256Hex("acct:" + normalized.value_or(in.login));
  const std::string ip_key = crypto::Sha256Hex("ip:" + actor.ip);

  std::optional<int> wait;
  std::optional<User> user;
  db_.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    wait = ThrottledFor(tx, acct_key, config_.security.login_max_failures_account);
    if (!wait) wait = ThrottledFor(tx, ip_key, config_.security.login_max_failures_ip);
    if (!wait && normalized) user = repo_.FindByLogin(tx, *normalized);
    return true;
  });
  if (wait) return Throttled(*wait);

  auto fail = [&](Error e) -> Result<LoggedIn> {
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      repo_.AddFailure(tx, acct_key, now);
      repo_.AddFailure(tx, ip_key, now);
      return true;
    });
    return e;
  };
  bool password_ok = crypto::VerifyPassword(in.password, user ? user->password_hash : DummyHash());
  if (!user || !password_ok)
    return fail(Error::Of(ErrorCode::kUnauthenticated, "wrong login or password"));
  if (!user->verified()) {
    Error e = Error::Of(ErrorCode::kFailedPrecondition, "account not verified");
    e.fields["login"] = "not_verified";
    return e;
  }
  if (user->totp_enabled) {
    if (!in.totp_code || in.totp_code->empty()) {
      Error e = Error::Unauthenticated();
      e.fields["totp_code"] = "required";
      return e;
    }
    std::string secret;
    crypto::Base32Decode(user->totp_secret.value_or(""), &secret);
    if (!crypto::TotpVerify(secret, *in.totp_code, now / 1000)) {
      Error e = Error::Unauthenticated();
      e.fields["totp_code"] = "invalid";
      return fail(e);
    }
  }
  std::string token = crypto::RandomToken(32);
  return db_.Write([&](db::Tx& tx) -> Result<LoggedIn> {
    repo_.ClearFailures(tx, acct_key);
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
  return db_.Write([&](db::Tx& tx) -> Status {
    repo_.DeleteSession(tx, actor.session_id_hash);
    if (actor.user_id) {
      audit::Record(tx, actor, {"identity.logout", "user", actor.user_id, "{}"}, clock_.NowMs());
    }
    return Ok();
  });
}

Status IdentityService::RequestReset(const std::string& login, const Actor& actor) {
  auto normalized = NormalizeLogin(login);
  if (!normalized) return Error::Invalid("login", "invalid_format");
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
  if (!user.value()) return Error::Invalid("code", "invalid");
  const int64_t id = user.value()->id;
  std::string hash = crypto::HashPassword(new_password);
  if (auto s = ConsumeCode(id, CodePurpose::kReset, code); !s.ok()) return s;
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    repo_.SetPassword(tx, id, hash);
    repo_.DeleteUserSessions(tx, id);               // a reset signs out every device
    repo_.MarkVerified(tx, id, FormatIsoUtc(now));  // the code proved control of the login
    Actor self = actor;
    self.user_id = id;
    audit::Record(tx, self, {"identity.password_reset", "user", id, "{}"}, now);
    return Ok();
  });
}

Result<User> IdentityService::Me(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
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
  return db_.Write([&](db::Tx& tx) -> Result<User> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    repo_.UpdateProfile(tx, user->id, display_name.value_or(user->display_name),
                        language.value_or(user->language));
    audit::Record(tx, actor, {"identity.profile_updated", "user", user->id, "{}"}, clock_.NowMs());
    return *repo_.FindById(tx, user->id);
  });
}

Result<TotpSetup> IdentityService::SetupTotp(const Actor& actor) {
  if (auto s = IdentityPolicy::UseSecondFactor(actor); !s.ok()) return s.error();
  std::string secret = crypto::Base32Encode(crypto::RandomBytes(20));
  return db_.Write([&](db::Tx& tx) -> Result<TotpSetup> {
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
}

Result<User> IdentityService::EnableTotp(const Actor& actor, const std::string& code) {
  if (auto s = IdentityPolicy::UseSecondFactor(actor); !s.ok()) return s.error();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<User> {
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
}

Result<User> IdentityService::DisableTotp(const Actor& actor, const std::string& code) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<User> {
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
  return db_.Write([&](db::Tx& tx) -> Result<RoleGrant> {
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
}

Status IdentityService::RevokeRole(const Actor& actor, int64_t user_id, int64_t grant_id) {
  if (auto s = IdentityPolicy::ManageUsers(actor); !s.ok()) return s;
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Status {
    if (!repo_.RemoveRole(tx, user_id, grant_id)) return Error::NotFound();
    nlohmann::json details = {{"user_id", user_id}};
    audit::Record(tx, actor, {"identity.role_revoked", "role_grant", grant_id, details.dump()},
                  now);
    return Ok();
  });
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
  if (now - session->last_seen_ms > kTouchEveryMs) {
    db_.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      repo_.TouchSession(tx, hash, now);
      return true;
    });
  }
  Actor actor;
  actor.user_id = user->id;
  actor.session_id_hash = hash;
  actor.roles = user->roles;
  return actor;
}

Result<std::optional<int64_t>> IdentityService::EnsureAccount(const std::string& email,
                                                              const std::string& password,
                                                              const std::string& display_name,
                                                              const std::string& language,
                                                              const std::vector<RoleGrant>& roles) {
  std::string hash = crypto::HashPassword(password);
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
