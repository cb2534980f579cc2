#include "platform/crypto/stored_iins.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::crypto {
namespace {

// The column's names pasted into a statement ("{v}" value, "{h}" hash, "{t}" table).
std::string Sql(const IinColumn& c, std::string_view pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      const char k = pattern[i + 1];
      out += k == 'v' ? c.value : k == 'h' ? c.hash : c.table;
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace

void CheckIinKey(db::Database& db, const FieldCipher& cipher, const IinColumn& c) {
  const std::string sql = Sql(
      c, "SELECT {v} AS v FROM {t} WHERE {h} IS NOT NULL AND {v} IS NOT NULL ORDER BY id LIMIT 1");
  std::optional<std::string> sample;
  db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    auto row = tx.QueryOne(sql);
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
  const std::string select = Sql(
      c, "SELECT id, {v} AS v FROM {t} WHERE {v} IS NOT NULL AND {h} IS NULL ORDER BY id LIMIT $1");
  const std::string update = Sql(c, "UPDATE {t} SET {v} = $2, {h} = $3 WHERE id = $1");
  constexpr int64_t kBatch = 500;
  int64_t total = 0;
  for (;;) {
    int64_t done = 0;
    db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      std::vector<std::pair<int64_t, std::string>> rows;
      for (const auto& r : tx.Query(select, {kBatch})) {
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
        tx.Exec(update, {id, cipher.Seal(plain), cipher.LookupHash(plain)});
        ++done;
      }
      return true;
    });
    total += done;
    if (done < kBatch) return total;
  }
}

}  // namespace kenes::crypto
