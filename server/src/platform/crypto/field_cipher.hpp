#pragma once
// Encryption of single personal-data fields at rest (IINs), and a keyed hash of each for equality
// lookups, so that a copy of the database alone reveals neither (docs/adr/0018-iin-encryption.md).

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kenes::crypto {

class FieldCipher {
 public:
  // `hex_key`: 64 hex digits (32 bytes), from privacy.iin_key. Anything else is refused with a
  // message that says what is expected; the key itself is never repeated in it.
  static Result<FieldCipher> FromHex(std::string_view hex_key);

  // "v1:" + hex(nonce | ciphertext | tag), XChaCha20-Poly1305 with a random nonce: equal values
  // encrypt differently, so the column says nothing about which rows share an IIN.
  std::string Seal(std::string_view plain) const;
  // The plain value; an error (never garbage) when it was sealed with another key or altered.
  Result<std::string> Open(std::string_view sealed) const;
  static bool IsSealed(std::string_view stored);

  // Keyed BLAKE2b (hex) with a key derived apart from the encryption key: equal values give equal
  // hashes for lookups, and without the key nobody can test the few 10^12 IIN guesses against it.
  std::string LookupHash(std::string_view plain) const;

 private:
  std::string seal_key_, hash_key_;
};

// The process's IIN cipher: set at start-up (App::Start, `kenes migrate`), used by the repositories
// that store IINs. Using it before it is set throws: an IIN must never be written in clear.
void SetIinCipher(std::shared_ptr<const FieldCipher> cipher);
std::shared_ptr<const FieldCipher> IinCipher();

// Column helpers for the repositories. OpenStoredIin passes a value still in clear through (rows
// stored before encryption, until the start-up step converts them) and throws when a sealed value
// does not open: a wrong key must stop the request, not show another string as the IIN.
std::optional<std::string> SealIin(const std::optional<std::string>& iin);
std::optional<std::string> IinHash(const std::optional<std::string>& iin);
std::optional<std::string> OpenStoredIin(const std::optional<std::string>& stored);

}  // namespace kenes::crypto
