// IdentityService: the signed-in account, TOTP, role grants, look-ups for other features, sessions.
#include <algorithm>
#include <atomic>

#include <nlohmann/json.hpp>

#include "features/identity/identity_jobs.hpp"
#include "features/identity/identity_policy.hpp"
#include "features/identity/identity_rules.hpp"
#include "features/identity/identity_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/crypto/hash_gate.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::identity {

using namespace rules;  // NOLINT(google-build-using-namespace): the feature's own rules

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
  // Others' names, e-mails and phones: the read is audited (docs/personal-data.md), with counts.
  return db_.Write([&](db::Tx& tx) -> Result<UserPage> {
    UserPage page;
    page.items = repo_.ListUsers(tx, query, after_id, limit);
    if (static_cast<int>(page.items.size()) == limit) page.next_after = page.items.back().id;
    const nlohmann::json details{{"shown", page.items.size()}, {"searched", !query.empty()}};
    audit::Record(tx, actor, {"identity.users_listed", "user", std::nullopt, details.dump()},
                  clock_.NowMs());
    return page;
  });
}

Result<RoleGrant> IdentityService::GrantRole(const Actor& actor, int64_t user_id, RoleGrant grant) {
  if (auto s = IdentityPolicy::ManageUsers(actor); !s.ok()) return s.error();
  Error invalid = Error::Of(ErrorCode::kInvalidArgument, "invalid role grant");
  const bool global = grant.scope_type == ScopeType::kGlobal;
  if (global && grant.scope_id) invalid.fields["scope_id"] = "invalid";
  if (!global && !grant.scope_id) invalid.fields["scope_id"] = "required";
  if (!invalid.fields.empty()) return invalid;
  const int64_t now = clock_.NowMs();
  auto granted = db_.Write([&](db::Tx& tx) -> Result<RoleGrant> {
    if (!repo_.FindById(tx, user_id)) return Error::NotFound();
    grant.granted_at = FormatIsoUtc(now);
    grant.id = repo_.AddRole(tx, user_id, grant, *actor.user_id);
    nlohmann::json details = {
        {"role", RoleName(grant.role)},
        {"scope_type", ScopeTypeName(grant.scope_type)},
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
        return repo_.EmailsWithRole(tx, Role::kStaff, ScopeType::kMaslikhat, maslikhat_id);
      })
      .value();
}

std::vector<int64_t> IdentityService::StaffUserIds(int64_t maslikhat_id) {
  return db_
      .Read([&](db::Tx& tx) -> Result<std::vector<int64_t>> {
        return repo_.UsersWithRole(tx, Role::kStaff, ScopeType::kMaslikhat, maslikhat_id);
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
