#include "platform/http/csrf.hpp"

#include "platform/crypto/crypto.hpp"

namespace kenes::http {
namespace {

constexpr size_t kNonceHex = 32;
constexpr size_t kDigestHex = 32;

std::string Digest(std::string_view nonce, std::optional<std::string_view> session) {
  std::string input = "kenes-csrf-v1|";
  input.append(nonce);
  input += '|';
  if (session) input.append(*session);
  return crypto::Sha256Hex(input).substr(0, kDigestHex);
}

}  // namespace

std::string IssueCsrfToken(std::optional<std::string_view> session) {
  std::string nonce = crypto::RandomToken(kNonceHex / 2);
  return nonce + Digest(nonce, session);
}

bool CsrfTokenFits(std::string_view token, std::optional<std::string_view> session) {
  if (token.size() != kNonceHex + kDigestHex) return false;
  return crypto::ConstantTimeEqual(token.substr(kNonceHex),
                                   Digest(token.substr(0, kNonceHex), session));
}

std::string CsrfCookie(const std::string& token, bool secure) {
  std::string c = std::string(kCsrfCookieName) + "=" + token + "; Path=/; SameSite=Strict";
  if (secure) c += "; Secure";
  return c;
}

}  // namespace kenes::http
