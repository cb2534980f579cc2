#pragma once
// Content coding: which of br, gzip or identity a client accepts (RFC 9110 Accept-Encoding with
// q-values), and gzip of a response body with zlib.

#include <string>
#include <string_view>

namespace kenes::http {

struct AcceptedEncodings {
  bool br = false;
  bool gzip = false;
};

AcceptedEncodings ParseAcceptEncoding(std::string_view header);

// gzip (RFC 1952) of `data`; empty on failure.
std::string Gzip(std::string_view data, int level = 4);

}  // namespace kenes::http
