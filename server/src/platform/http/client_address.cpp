#include "platform/http/client_address.hpp"

#include <vector>

namespace kenes::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// IPv4 or IPv6 text: digits, hex letters, dots and colons only, at most 45 characters.
bool LooksLikeAddress(std::string_view s) {
  if (s.empty() || s.size() > 45) return false;
  for (char c : s) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                    c == '.' || c == ':';
    if (!ok) return false;
  }
  return true;
}

std::vector<std::string_view> SplitList(std::string_view list) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    out.push_back(Trim(list.substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

}  // namespace

std::set<std::string> ParseTrustedProxies(std::string_view list) {
  std::set<std::string> out;
  for (auto item : SplitList(list)) {
    if (LooksLikeAddress(item)) out.emplace(item);
  }
  return out;
}

std::string ClientAddress(const std::string& peer, std::optional<std::string_view> forwarded_for,
                          const std::set<std::string>& trusted) {
  if (!forwarded_for || !trusted.count(peer)) return peer;
  auto hops = SplitList(*forwarded_for);
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    if (!LooksLikeAddress(*it)) return peer;  // a mangled chain: trust only what we saw
    if (!trusted.count(std::string(*it))) return std::string(*it);
  }
  return peer;
}

bool IsLoopback(std::string_view a) {
  return a.rfind("127.", 0) == 0 || a == "::1" || a.rfind("::ffff:127.", 0) == 0;
}

}  // namespace kenes::http
