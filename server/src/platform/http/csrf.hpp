#pragma once
// CSRF tokens bound to the session (signed double-submit). A token is a random nonce and a digest
// of the nonce with the session cookie's value: a page on another site can neither read the
// HttpOnly session cookie nor, therefore, forge a token that passes for it. No server-side state,
// so any node checks any token.

#include <optional>
#include <string>
#include <string_view>

namespace kenes::http {

inline constexpr const char* kCsrfCookieName = "kenes_csrf";

// A new token for the session (nullopt: not signed in).
std::string IssueCsrfToken(std::optional<std::string_view> session);
// True when `token` was issued for this session (or, for nullopt, for no session).
bool CsrfTokenFits(std::string_view token, std::optional<std::string_view> session);
// The Set-Cookie value carrying `token` (readable by the web app, SameSite=Strict).
std::string CsrfCookie(const std::string& token, bool secure);

}  // namespace kenes::http
