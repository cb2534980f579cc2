#include "platform/http/compress.hpp"

#include <zlib.h>

namespace kenes::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "q=0", "q=0.0", "q=0.000" refuse a coding; any other weight accepts it.
bool Refused(std::string_view params) {
  size_t q = params.find("q=");
  if (q == std::string_view::npos) return false;
  std::string_view v = Trim(params.substr(q + 2));
  if (v.empty() || v[0] != '0') return false;
  for (char c : v.substr(1)) {
    if (c != '.' && c != '0') return false;
  }
  return true;
}

}  // namespace

AcceptedEncodings ParseAcceptEncoding(std::string_view header) {
  AcceptedEncodings out;
  bool star = false;
  bool br_named = false;
  bool gzip_named = false;
  size_t start = 0;
  while (start <= header.size()) {
    size_t comma = header.find(',', start);
    if (comma == std::string_view::npos) comma = header.size();
    std::string_view item = Trim(header.substr(start, comma - start));
    start = comma + 1;
    size_t semi = item.find(';');
    std::string_view name = Trim(item.substr(0, semi));
    std::string_view params = semi == std::string_view::npos ? "" : item.substr(semi + 1);
    const bool ok = !Refused(params);
    if (name == "br") {
      br_named = true;
      out.br = ok;
    } else if (name == "gzip" || name == "x-gzip") {
      gzip_named = true;
      out.gzip = ok;
    } else if (name == "*") {
      star = ok;
    }
  }
  if (star && !br_named) out.br = true;
  if (star && !gzip_named) out.gzip = true;
  return out;
}

std::string Gzip(std::string_view data, int level) {
  z_stream zs{};
  // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(data.size())));
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  const size_t written = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return {};
  out.resize(written);
  return out;
}

}  // namespace kenes::http
