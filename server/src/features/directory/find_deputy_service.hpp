#pragma once
// "Find my deputy": an address typed by a person → the okrug(s) covering it at each maslikhat
// level and their deputies. Also the autocomplete for settlements and streets.

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "features/directory/directory.hpp"
#include "features/directory/directory_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::directory {

struct AddressMatch {
  Maslikhat maslikhat;
  Okrug okrug;
  std::vector<Deputy> deputies;
};

struct LookupResult {
  std::vector<AddressMatch> matches;  // oblast level first
  std::vector<Maslikhat> contacts;    // when nothing matched: the settlement's maslikhats
  bool settlement_known = false;
};

class FindDeputyService {
 public:
  explicit FindDeputyService(db::Database& db) : db_(db) {}

  Result<LookupResult> Lookup(const std::string& settlement, const std::string& street,
                              const std::string& house);
  Result<std::vector<NamePair>> Settlements(const std::string& query);
  Result<std::vector<NamePair>> Streets(const std::string& settlement, const std::string& query);

 private:
  db::Database& db_;
  DirectoryRepository repo_;
};

}  // namespace kenes::directory
