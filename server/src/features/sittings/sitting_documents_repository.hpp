#pragma once
// Documents of agenda items and their versions (migration 0058).

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "features/sittings/sitting_documents.hpp"
#include "platform/db/database.hpp"

namespace kenes::sittings {

class SittingDocumentsRepository {
 public:
  // The document and its first version; returns the document's id.
  int64_t Insert(db::Tx& tx, const SittingDocument& d, const DocumentVersion& first,
                 std::optional<int64_t> by);
  void AddVersion(db::Tx& tx, int64_t document_id, const DocumentVersion& v,
                  std::optional<int64_t> by, const std::string& now);
  void Update(db::Tx& tx, const SittingDocument& d);  // titles, language, position
  void Remove(db::Tx& tx, int64_t document_id);       // with its versions
  // With its versions, newest first.
  std::optional<SittingDocument> Find(db::Tx& tx, int64_t document_id);
  // By agenda item position, then the document's.
  std::vector<SittingDocument> OfSitting(db::Tx& tx, int64_t sitting_id);
  int CountOfItem(db::Tx& tx, int64_t agenda_item_id);
  // Whether the item is on this sitting's agenda.
  bool ItemOfSitting(db::Tx& tx, int64_t sitting_id, int64_t agenda_item_id);
  // Every version's file, for the file store's sweep (a removed document's are gone with it).
  void StoredNames(db::Tx& tx, std::unordered_set<std::string>& names);
};

}  // namespace kenes::sittings
