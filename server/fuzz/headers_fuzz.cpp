// libFuzzer target: the request headers Kenes interprets itself — X-Forwarded-For (client address
// behind trusted proxies), Accept-Encoding (content coding) and the CSRF token bound to a session.
// Input: three lines, "X-Forwarded-For value\nAccept-Encoding value\ncsrf token".

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/crypto/crypto.hpp"
#include "platform/http/client_address.hpp"
#include "platform/http/compress.hpp"
#include "platform/http/csrf.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

std::string_view Line(std::string_view& in) {
  size_t nl = in.find('\n');
  std::string_view line = in.substr(0, nl);
  in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool init = (kenes::crypto::Init(), true);
  (void)init;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view xff = Line(in);
  std::string_view accept = Line(in);
  std::string_view token = Line(in);

  static const auto trusted = kenes::http::ParseTrustedProxies("127.0.0.1, 10.0.0.5");
  const std::string peer = "127.0.0.1";
  std::string client = kenes::http::ClientAddress(peer, xff, trusted);
  // The answer is the peer or one of the forwarded hops, never anything the header did not hold.
  Check(client == peer || xff.find(client) != std::string_view::npos);
  Check(client.size() <= 45);
  Check(kenes::http::ClientAddress("203.0.113.1", xff, trusted) == "203.0.113.1");
  kenes::http::ParseTrustedProxies(xff);

  kenes::http::ParseAcceptEncoding(accept);

  // No token but those issued for a session fits it.
  Check(!kenes::http::CsrfTokenFits(token, std::string_view("session-a")) || token.size() == 64);
  const std::string issued = kenes::http::IssueCsrfToken(std::string(token));
  Check(kenes::http::CsrfTokenFits(issued, std::string(token)));
  Check(!kenes::http::CsrfTokenFits(issued, std::string(token) + "x"));
  return 0;
}
