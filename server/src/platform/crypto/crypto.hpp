#pragma once
// Randomness, hashing and password storage (libsodium). TOTP lives in totp.hpp.

#include <cstdint>
#include <string>
#include <string_view>

namespace kenes::crypto {

void Init();  // once at start-up; throws if libsodium cannot initialise

std::string RandomBytes(size_t n);
std::string RandomToken(size_t bytes = 32);  // hex
std::string RandomDigits(int n);             // uniform decimal digits, for one-time codes
std::string Hex(std::string_view bytes);
std::string Sha256Hex(std::string_view data);
// HMAC-SHA-256 of `data` under `key` (any length), in hex: signed links (unsubscribe tokens).
std::string HmacSha256Hex(std::string_view key, std::string_view data);
bool ConstantTimeEqual(std::string_view a, std::string_view b);

// argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1); the result embeds its parameters.
std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view password, const std::string& stored);

}  // namespace kenes::crypto
