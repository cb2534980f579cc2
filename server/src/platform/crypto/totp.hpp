#pragma once
// RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits): what authenticator apps expect by default.

#include <cstdint>
#include <string>
#include <string_view>

namespace kenes::crypto {

std::string Sha1(std::string_view data);  // 20 raw bytes
std::string HmacSha1(std::string_view key, std::string_view data);
std::string Base32Encode(std::string_view bytes);
bool Base32Decode(std::string_view text, std::string* out);
// The code for the 30-second step containing unix_seconds.
std::string TotpCode(std::string_view secret, int64_t unix_seconds);
// Accepts the current step and one step either side, for clock drift.
bool TotpVerify(std::string_view secret, std::string_view code, int64_t unix_seconds);

}  // namespace kenes::crypto
