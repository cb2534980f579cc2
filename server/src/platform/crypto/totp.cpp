#include "platform/crypto/totp.hpp"

#include <array>
#include <cstdio>

#include "platform/crypto/crypto.hpp"

namespace kenes::crypto {
namespace {

uint32_t Rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

}  // namespace

// libsodium has no SHA-1; TOTP apps need it. SHA-1 is safe inside HMAC.
std::string Sha1(std::string_view data) {
  std::array<uint32_t, 5> h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string msg(data);
  uint64_t bit_len = static_cast<uint64_t>(data.size()) * 8;
  msg.push_back(static_cast<char>(0x80));
  while (msg.size() % 64 != 56) msg.push_back('\0');
  for (int i = 7; i >= 0; --i) msg.push_back(static_cast<char>((bit_len >> (i * 8)) & 0xff));
  for (size_t chunk = 0; chunk < msg.size(); chunk += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      const auto* p =
          reinterpret_cast<const unsigned char*>(msg.data() + chunk + static_cast<size_t>(i) * 4);
      w[i] = (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
    }
    for (int i = 16; i < 80; ++i) w[i] = Rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      uint32_t t = Rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = Rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  std::string out;
  for (uint32_t v : h) {
    for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (i * 8)) & 0xff));
  }
  return out;
}

std::string HmacSha1(std::string_view key, std::string_view data) {
  std::string k(key.size() > 64 ? Sha1(key) : std::string(key));
  k.resize(64, '\0');
  std::string ipad(64, '\0'), opad(64, '\0');
  for (int i = 0; i < 64; ++i) {
    ipad[i] = static_cast<char>(k[i] ^ 0x36);
    opad[i] = static_cast<char>(k[i] ^ 0x5c);
  }
  return Sha1(opad + Sha1(ipad + std::string(data)));
}

std::string Base32Encode(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
  return out;
}

bool Base32Decode(std::string_view text, std::string* out) {
  out->clear();
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    int v;
    if (c >= 'A' && c <= 'Z') {
      v = c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      v = c - 'a';
    } else if (c >= '2' && c <= '7') {
      v = c - '2' + 26;
    } else if (c == '=' || c == ' ') {
      continue;
    } else {
      return false;
    }
    buffer = (buffer << 5) | static_cast<uint32_t>(v);
    bits += 5;
    if (bits >= 8) {
      out->push_back(static_cast<char>((buffer >> (bits - 8)) & 0xff));
      bits -= 8;
    }
  }
  return true;
}

std::string TotpCode(std::string_view secret, int64_t unix_seconds) {
  uint64_t counter = static_cast<uint64_t>(unix_seconds / 30);
  std::string msg(8, '\0');
  for (int i = 7; i >= 0; --i) {
    msg[i] = static_cast<char>(counter & 0xff);
    counter >>= 8;
  }
  std::string mac = HmacSha1(secret, msg);
  int offset = mac[19] & 0x0f;
  uint32_t bin = ((static_cast<uint32_t>(mac[offset]) & 0x7f) << 24) |
                 ((static_cast<uint32_t>(mac[offset + 1]) & 0xff) << 16) |
                 ((static_cast<uint32_t>(mac[offset + 2]) & 0xff) << 8) |
                 (static_cast<uint32_t>(mac[offset + 3]) & 0xff);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06u", bin % 1000000);
  return buf;
}

bool TotpVerify(std::string_view secret, std::string_view code, int64_t unix_seconds) {
  if (code.size() != 6) return false;
  bool ok = false;
  for (int step = -1; step <= 1; ++step) {
    ok |= ConstantTimeEqual(TotpCode(secret, unix_seconds + int64_t{step} * 30), code);
  }
  return ok;
}

}  // namespace kenes::crypto
