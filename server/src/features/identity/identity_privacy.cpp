// IdentityService: the person's own rights over what identity holds (docs/personal-data.md).
#include <utility>

#include <nlohmann/json.hpp>

#include "features/identity/identity_policy.hpp"
#include "features/identity/identity_service.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::identity {

Result<AccountRecord> IdentityService::OwnRecord(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  return db_.Read([&](db::Tx& tx) -> Result<AccountRecord> {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    return AccountRecord{*user, repo_.Consents(tx, user->id), repo_.UserSessions(tx, user->id)};
  });
}

Result<User> IdentityService::AcceptConsent(const Actor& actor, const std::string& version) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (version != config_.security.consent_version) return Error::Invalid("version", "invalid");
  const int64_t now = clock_.NowMs();
  auto user = db_.Write([&](db::Tx& tx) -> Result<User> {
    auto before = repo_.FindById(tx, *actor.user_id);
    if (!before) return Error::Unauthenticated();
    if (before->consent_version != version) {
      // The earlier version gives way to the new one: one consent in force at a time.
      repo_.WithdrawConsents(tx, before->id, FormatIsoUtc(now));
      repo_.AddConsent(tx, before->id, "personal_data", version, FormatIsoUtc(now));
      audit::Record(tx, actor,
                    {"identity.consent_given", "user", before->id,
                     nlohmann::json{{"version", version}}.dump()},
                    now);
    }
    return *repo_.FindById(tx, before->id);
  });
  sessions_.ForgetUser(*actor.user_id);  // the cached account is out of date
  return user;
}

Result<User> IdentityService::WithdrawConsent(const Actor& actor) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  const int64_t now = clock_.NowMs();
  auto user = db_.Write([&](db::Tx& tx) -> Result<User> {
    int withdrawn = repo_.WithdrawConsents(tx, *actor.user_id, FormatIsoUtc(now));
    if (withdrawn > 0) {
      audit::Record(tx, actor,
                    {"identity.consent_withdrawn", "user", *actor.user_id,
                     nlohmann::json{{"consents", withdrawn}}.dump()},
                    now);
    }
    auto u = repo_.FindById(tx, *actor.user_id);
    if (!u) return Error::Unauthenticated();
    return *u;
  });
  sessions_.ForgetUser(*actor.user_id);
  return user;
}

std::pair<int64_t, int64_t> IdentityService::PurgeExpired() {
  const int64_t now = clock_.NowMs();
  const int64_t idle_ms = int64_t{config_.security.session_idle_minutes} * 60 * 1000;
  auto purged = db_.Write([&](db::Tx& tx) -> Result<std::pair<int64_t, int64_t>> {
    // A used or expired code is worth nothing; a day's grace keeps the attempt counts of a code
    // being guessed right now.
    return std::pair{repo_.DeleteDeadSessions(tx, now, now - idle_ms),
                     repo_.DeleteExpiredCodes(tx, now - 24LL * 60 * 60 * 1000)};
  });
  return purged.value();
}

Status IdentityService::MayDeleteOwnAccount(const Actor& actor) {
  return IdentityPolicy::DeleteOwnAccount(actor);
}

Status IdentityService::EraseOwnAccount(const Actor& actor, const std::string& confirm,
                                        const nlohmann::json& details) {
  if (auto s = IdentityPolicy::DeleteOwnAccount(actor); !s.ok()) return s;
  const int64_t now = clock_.NowMs();
  auto done = db_.Write([&](db::Tx& tx) -> Status {
    auto user = repo_.FindById(tx, *actor.user_id);
    if (!user) return Error::Unauthenticated();
    if (HasStaffRole(user->roles)) return IdentityPolicy::DeleteOwnAccount(actor);
    // Typed by the person to confirm: their own login, in any letter case.
    if (NormalizeLogin(confirm) != user->login()) return Error::Invalid("confirm", "invalid");
    repo_.WithdrawConsents(tx, user->id, FormatIsoUtc(now));
    repo_.EraseUser(tx, user->id, FormatIsoUtc(now));
    audit::Record(tx, actor, {"identity.account_deleted", "user", user->id, details.dump()}, now);
    return Ok();
  });
  sessions_.ForgetUser(*actor.user_id);  // every session of the account ends now
  return done;
}

}  // namespace kenes::identity
