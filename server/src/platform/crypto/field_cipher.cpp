#include "platform/crypto/field_cipher.hpp"

#include <sodium.h>

#include <mutex>
#include <stdexcept>

#include "platform/crypto/crypto.hpp"

namespace kenes::crypto {
namespace {

constexpr std::string_view kPrefix = "v1:";
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "kenesiin";  // 8 bytes, fixed forever
constexpr uint64_t kSealSubkey = 1;
constexpr uint64_t kHashSubkey = 2;

std::mutex& CipherMutex() {
  static std::mutex mu;
  return mu;
}
std::shared_ptr<const FieldCipher>& CipherSlot() {
  static std::shared_ptr<const FieldCipher> slot;
  return slot;
}

bool FromHexDigits(std::string_view hex, std::string* out) {
  out->assign(hex.size() / 2, '\0');
  size_t len = 0;
  return hex.size() % 2 == 0 &&
         sodium_hex2bin(reinterpret_cast<unsigned char*>(out->data()), out->size(), hex.data(),
                        hex.size(), nullptr, &len, nullptr) == 0 &&
         len == out->size();
}

Error KeyError(const std::string& why) {
  Error e = Error::Invalid("privacy.iin_key", "invalid");
  e.message = "privacy.iin_key " + why +
              ": it must be 64 hex digits (32 bytes), e.g. from `openssl rand -hex 32`";
  return e;
}

}  // namespace

Result<FieldCipher> FieldCipher::FromHex(std::string_view hex_key) {
  if (hex_key.size() != size_t{2} * crypto_kdf_KEYBYTES) {
    return KeyError("has " + std::to_string(hex_key.size()) + " characters");
  }
  std::string master;
  if (!FromHexDigits(hex_key, &master)) return KeyError("is not hexadecimal");
  FieldCipher c;
  c.seal_key_.assign(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
  c.hash_key_.assign(crypto_generichash_KEYBYTES, '\0');
  const auto* mk = reinterpret_cast<const unsigned char*>(master.data());
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(c.seal_key_.data()),
                             c.seal_key_.size(), kSealSubkey, kKdfContext, mk);
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(c.hash_key_.data()),
                             c.hash_key_.size(), kHashSubkey, kKdfContext, mk);
  sodium_memzero(master.data(), master.size());
  return c;
}

std::string FieldCipher::Seal(std::string_view plain) const {
  std::string nonce = RandomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  std::string box(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long box_len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      reinterpret_cast<unsigned char*>(box.data()), &box_len,
      reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), nullptr, 0, nullptr,
      reinterpret_cast<const unsigned char*>(nonce.data()),
      reinterpret_cast<const unsigned char*>(seal_key_.data()));
  box.resize(box_len);
  return std::string(kPrefix) + Hex(nonce + box);
}

Result<std::string> FieldCipher::Open(std::string_view sealed) const {
  auto fail = [] {
    return Error::Of(
        ErrorCode::kInternal,
        "a stored IIN does not decrypt with privacy.iin_key (another key, or altered)");
  };
  if (!IsSealed(sealed)) return fail();
  std::string raw;
  if (!FromHexDigits(sealed.substr(kPrefix.size()), &raw)) return fail();
  constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (raw.size() < kNonce + kTag) return fail();
  std::string plain(raw.size() - kNonce - kTag, '\0');
  unsigned long long plain_len = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &plain_len, nullptr, bytes + kNonce,
          raw.size() - kNonce, nullptr, 0, bytes,
          reinterpret_cast<const unsigned char*>(seal_key_.data())) != 0) {
    return fail();
  }
  plain.resize(plain_len);
  return plain;
}

bool FieldCipher::IsSealed(std::string_view stored) { return stored.rfind(kPrefix, 0) == 0; }

std::string FieldCipher::LookupHash(std::string_view plain) const {
  std::string out(crypto_generichash_BYTES, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                     reinterpret_cast<const unsigned char*>(hash_key_.data()), hash_key_.size());
  return Hex(out);
}

void SetIinCipher(std::shared_ptr<const FieldCipher> cipher) {
  std::lock_guard lock(CipherMutex());
  CipherSlot() = std::move(cipher);
}

std::shared_ptr<const FieldCipher> IinCipher() {
  std::lock_guard lock(CipherMutex());
  if (!CipherSlot()) throw std::logic_error("the IIN cipher is used before start-up set it");
  return CipherSlot();
}

std::optional<std::string> SealIin(const std::optional<std::string>& iin) {
  if (!iin) return std::nullopt;
  return IinCipher()->Seal(*iin);
}

std::optional<std::string> IinHash(const std::optional<std::string>& iin) {
  if (!iin) return std::nullopt;
  return IinCipher()->LookupHash(*iin);
}

std::optional<std::string> OpenStoredIin(const std::optional<std::string>& stored) {
  if (!stored || !FieldCipher::IsSealed(*stored)) return stored;
  auto plain = IinCipher()->Open(*stored);
  if (!plain.ok()) throw std::runtime_error(plain.error().message);
  return std::move(plain.value());
}

}  // namespace kenes::crypto
