#pragma once
// The start-up step that seals IINs stored in clear before encryption (migration 0034) and checks
// that the configured key opens those already sealed (docs/adr/0018-iin-encryption.md). Each
// feature that stores IINs names its column; this drives the batches.

#include <cstdint>

#include "platform/crypto/field_cipher.hpp"
#include "platform/db/database.hpp"

namespace kenes::crypto {

// Identifiers from the code, never from input: they are pasted into the SQL.
struct IinColumn {
  const char* table = "";  // with an integer `id`
  const char* value = "";  // the IIN (sealed, or in clear before conversion)
  const char* hash = "";   // its lookup hash; NULL while the value is in clear
};

// Throws (a clear message, no data) when `cipher` does not open the first and the last value
// already sealed (by id): a rotation re-seals in id order, so after an interrupted one neither the
// old nor the new key opens both, and the start is refused until the rotation is finished. Every
// column is checked before any is converted, so that a wrong key never seals anything.
void CheckIinKey(db::Database& db, const FieldCipher& cipher, const IinColumn& column);

// Seals every value still in clear, in short write transactions. Idempotent; returns how many it
// sealed. The cipher is passed, not the process's one: a key is checked before it becomes that.
int64_t SealClearIins(db::Database& db, const FieldCipher& cipher, const IinColumn& column);

struct RotationCount {
  int64_t resealed = 0;  // opened with the old key (or in clear) and sealed with the new one
  int64_t already = 0;   // already under the new key (a rotation that ran before, interrupted)
};

// Re-seals every stored value of the column with `next` and recomputes its lookup hash, in id
// order, one write transaction per batch of 500. A value the new key opens is left as it is, so a
// run interrupted at any point is finished by running it again. Throws (no data in the message)
// when a value opens with neither key.
RotationCount RotateIins(db::Database& db, const FieldCipher& previous, const FieldCipher& next,
                         const IinColumn& column);

}  // namespace kenes::crypto
