#pragma once
// Start-up of IIN encryption (docs/adr/0018-iin-encryption.md): the key from privacy.iin_key (or
// a development key file made once), the process's cipher, and the sealing of IINs still stored
// in clear. Both `kenes serve` and `kenes migrate`/`seed` run it after the migrations.

#include <string>

#include "core/config.hpp"
#include "platform/db/database.hpp"

namespace kenes {

// The hex key: privacy.iin_key, or else the development key file in files.dir (made with a fresh
// random key when missing, readable by the owner only). Throws when the file cannot be made.
std::string ResolveIinKey(const Config& config);

// The key that signs unsubscribe links: subscriptions.unsubscribe_key, or else the development
// key file files.dir/unsubscribe.key, made the same way as the IIN's.
std::string ResolveUnsubscribeKey(const Config& config);

// Sets the process's IIN cipher; throws with a clear message on a key of the wrong shape.
void InstallIinCipher(const Config& config);

// Checks the key against the IINs already sealed (throws when it does not open them), seals those
// still in clear, then makes it the process's cipher. Idempotent.
void ProtectIins(const Config& config, db::Database& db);

struct IinRotation {
  int64_t resealed = 0;  // IINs re-sealed with the new key by this run
  int64_t already = 0;   // IINs a previous, interrupted run had already re-sealed
};

// `kenes rotate-iin-key --new-key-file F` (ADR 0018, "Rotation"; docs/operations.md): re-seals
// every stored IIN with the key in F (64 hex digits on its first line) and recomputes the lookup
// hashes, batch by batch, each batch one transaction. The current key is the configured one
// (privacy.iin_key or the development key file). Run with the servers stopped; an interrupted run
// is finished by running it again. It never changes the process's cipher or the configuration:
// the operator sets privacy.iin_key to the new key afterwards, and the old key is refused at start.
// Throws with a clear message (never a key) on a bad key file or a key equal to the current one.
IinRotation RotateIinKey(const Config& config, db::Database& db, const std::string& new_key_file);

}  // namespace kenes
