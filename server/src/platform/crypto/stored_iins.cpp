#include "platform/crypto/stored_iins.hpp"

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace kenes::crypto {

void CheckIinKey(db::Database& db, const FieldCipher& cipher, const IinColumn& c) {
  const std::string table = c.table, value = c.value, hash = c.hash;
  std::optional<std::string> sample;
  db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    auto row = tx.QueryOne("SELECT " + value + " AS v FROM " + table + " WHERE " + hash +
                           " IS NOT NULL AND " + value + " IS NOT NULL ORDER BY id LIMIT 1");
    if (row) sample = row->Str("v");
    return true;
  });
  if (sample && !cipher.Open(*sample).ok()) {
    throw std::runtime_error(
        "privacy.iin_key does not open the IINs already stored: it is not the key they were "
        "sealed with (docs/adr/0018-iin-encryption.md); refusing to start");
  }
}

int64_t SealClearIins(db::Database& db, const FieldCipher& cipher, const IinColumn& c) {
  const std::string table = c.table, value = c.value, hash = c.hash;
  constexpr int64_t kBatch = 500;
  int64_t total = 0;
  for (;;) {
    int64_t done = 0;
    db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      std::vector<std::pair<int64_t, std::string>> rows;
      for (const auto& r :
           tx.Query("SELECT id, " + value + " AS v FROM " + table + " WHERE " + value +
                        " IS NOT NULL AND " + hash + " IS NULL ORDER BY id LIMIT $1",
                    {kBatch})) {
        rows.emplace_back(r.Int("id"), r.Str("v"));
      }
      for (const auto& [id, stored] : rows) {
        // A sealed value without its hash is never written; kept safe all the same.
        std::string plain = stored;
        if (FieldCipher::IsSealed(stored)) {
          auto opened = cipher.Open(stored);
          if (!opened.ok()) throw std::runtime_error(opened.error().message);
          plain = std::move(opened.value());
        }
        tx.Exec("UPDATE " + table + " SET " + value + " = $2, " + hash + " = $3 WHERE id = $1",
                {id, cipher.Seal(plain), cipher.LookupHash(plain)});
        ++done;
      }
      return true;
    });
    total += done;
    if (done < kBatch) return total;
  }
}

}  // namespace kenes::crypto
