// IdentityService: the throttles every sign-in and code path takes before the work.
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

namespace {

std::atomic<uint64_t> takes{0};

}  // namespace

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

}  // namespace kenes::identity
