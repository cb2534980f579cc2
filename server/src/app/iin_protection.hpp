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

}  // namespace kenes
