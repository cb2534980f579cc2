#pragma once
// The client's address. The socket's peer is the client unless it is a proxy we trust; then the
// client is the right-most address in X-Forwarded-For that is not one of our proxies (everything
// to its left was written by the client itself and proves nothing).

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace kenes::http {

// "10.0.0.1, 10.0.0.2" → {"10.0.0.1", "10.0.0.2"}; entries that are not plain addresses are
// dropped.
std::set<std::string> ParseTrustedProxies(std::string_view list);

std::string ClientAddress(const std::string& peer, std::optional<std::string_view> forwarded_for,
                          const std::set<std::string>& trusted);

bool IsLoopback(std::string_view address);

}  // namespace kenes::http
