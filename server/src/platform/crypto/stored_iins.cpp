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
  std::vector<std::string> samples;
  db.RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
    for (const char* order : {"ASC", "DESC"}) {
      auto row = tx.QueryOne(Sql(c,
                                 "SELECT {v} AS v FROM {t} WHERE {h} IS NOT NULL AND {v} IS NOT "
                                 "NULL ORDER BY id ") +
                             order + " LIMIT 1");
      if (row) samples.push_back(row->Str("v"));
    }
    return true;
  });
  for (const auto& sample : samples) {
    if (cipher.Open(sample).ok()) continue;
    throw std::runtime_error(
        "privacy.iin_key does not open the IINs already stored: it is not the key they were "
        "sealed with, or a key rotation was interrupted (run `kenes rotate-iin-key` again to "
        "finish it; docs/adr/0018-iin-encryption.md); refusing to start");
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

RotationCount RotateIins(db::Database& db, const FieldCipher& previous, const FieldCipher& next,
                         const IinColumn& c) {
  const std::string select =
      Sql(c, "SELECT id, {v} AS v FROM {t} WHERE {v} IS NOT NULL AND id > $1 ORDER BY id LIMIT $2");
  const std::string update = Sql(c, "UPDATE {t} SET {v} = $2, {h} = $3 WHERE id = $1");
  constexpr int64_t kBatch = 500;
  RotationCount count;
  int64_t after = 0;
  for (;;) {
    int64_t seen = 0;
    int64_t last = after;
    RotationCount batch;
    db.RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
      std::vector<std::pair<int64_t, std::string>> rows;
      for (const auto& r : tx.Query(select, {after, kBatch})) {
        rows.emplace_back(r.Int("id"), r.Str("v"));
      }
      batch = {};
      for (const auto& [id, stored] : rows) {
        std::string plain = stored;
        if (FieldCipher::IsSealed(stored)) {
          if (next.Open(stored).ok()) {
            ++batch.already;  // the value and its hash were written together, both new
            continue;
          }
          auto opened = previous.Open(stored);
          if (!opened.ok()) {
            throw std::runtime_error(std::string("an IIN in ") + c.table + " (id " +
                                     std::to_string(id) +
                                     ") opens with neither the current nor the new key");
          }
          plain = std::move(opened.value());
        }
        tx.Exec(update, {id, next.Seal(plain), next.LookupHash(plain)});
        ++batch.resealed;
      }
      seen = static_cast<int64_t>(rows.size());
      if (!rows.empty()) last = rows.back().first;
      return true;
    });
    // Counted once the batch has committed.
    after = last;
    count.resealed += batch.resealed;
    count.already += batch.already;
    if (seen < kBatch) return count;
  }
}

}  // namespace kenes::crypto
