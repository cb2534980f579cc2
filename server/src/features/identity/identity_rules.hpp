#pragma once
// The rules identity's use cases share (throttle windows, code and token hashing, password length):
// internal to features/identity, included by the files that implement IdentityService.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "features/identity/identity_service.hpp"
#include "platform/crypto/crypto.hpp"

namespace kenes::identity::rules {

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

inline std::string AccountKeyOf(int64_t user_id) {
  return crypto::Sha256Hex("acct:u" + std::to_string(user_id));
}

// The account a throttle belongs to: the user when the login exists, else the login itself, so
// that throttles behave the same whether or not an account exists.
inline std::string AccountKey(const std::optional<User>& user, const std::string& login) {
  return user ? AccountKeyOf(user->id) : crypto::Sha256Hex("acct:l:" + login);
}

inline std::string UnlockHash(const std::string& token) {
  return crypto::Sha256Hex("unlock:" + token);
}

inline std::string CodeHash(int64_t user_id, CodePurpose purpose, const std::string& code) {
  return crypto::Sha256Hex(std::to_string(user_id) + ":" + std::string(PurposeName(purpose)) + ":" +
                           code);
}

// Verifying against a real hash when the login is unknown keeps both paths equally slow, so
// response time does not tell which logins exist.
inline const std::string& DummyHash() {
  static const std::string kHash = crypto::HashPassword("kenes-timing-equaliser");
  return kHash;
}

inline Status CheckPassword(const std::string& password, const std::string& field) {
  size_t len = 0;
  for (unsigned char c : password) len += (c & 0xC0) != 0x80;
  if (len < kMinPassword) return Error::Invalid(field, "too_short");
  if (len > kMaxPassword) return Error::Invalid(field, "too_long");
  return Ok();
}

inline Error Throttled(int seconds) {
  Error e = Error::Of(ErrorCode::kResourceExhausted, "too many attempts");
  e.retry_after_s = seconds;
  return e;
}

// Every slot of the hash gate stayed taken: the client tries again in a second.
inline Error Busy() {
  Error e = Error::Of(ErrorCode::kResourceExhausted, "busy");
  e.retry_after_s = 1;
  return e;
}

}  // namespace kenes::identity::rules
