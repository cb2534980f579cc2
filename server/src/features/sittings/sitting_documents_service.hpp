#pragma once
// Documents of agenda items: the maslikhat's staff attach, replace (a new version), retitle,
// reorder and remove them; everybody reads and downloads those of an open sitting, its staff
// those of a closed one (SittingsPolicy). A file is checked (size, type by content) and written to
// the store before the use case's one transaction; a transaction that fails leaves its file in the
// store with no row naming it, so it is never served. Every change audited.

#include <memory>
#include <string>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/sittings/sitting_documents.hpp"
#include "features/sittings/sitting_documents_repository.hpp"
#include "features/sittings/sittings_repository.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"

namespace kenes::sittings {

// A version's file as served: its document, which version, the bytes and whether the public reads
// it (caches may then keep it).
struct DocumentFile {
  SittingDocument document{};
  DocumentVersion version{};
  std::string bytes{};
  bool is_public = false;
};

class SittingDocumentsService {
 public:
  SittingDocumentsService(db::Database& db, const Clock& clock,
                          std::shared_ptr<files::FileStore> store)
      : db_(db), clock_(clock), store_(std::move(store)) {}

  // 404 for no such sitting.
  Result<SittingDocuments> List(const Actor& actor, int64_t sitting_id);
  // 403 for anyone but the sitting's keepers; 404 for an item not on this sitting's agenda; 422
  // `file: too_large` over 20 MB, `unsupported_type` for anything but PDF, DOCX, XLSX or ODT (by
  // content), `too_many` past 30 documents of the item; titles and language required.
  Result<SittingDocument> Add(const Actor& actor, int64_t sitting_id, int64_t agenda_item_id,
                              const DocumentInput& in, const std::string& bytes);
  // A new version of the file; the earlier ones stay listed (422 `file: too_many` past 50).
  Result<SittingDocument> Replace(const Actor& actor, int64_t document_id,
                                  const std::string& bytes);
  Result<SittingDocument> Update(const Actor& actor, int64_t document_id, const DocumentInput& in);
  Status Remove(const Actor& actor, int64_t document_id);
  // 404 as well for a closed sitting's document to anyone but its keepers.
  Result<DocumentFile> Download(const Actor& actor, int64_t document_id, int64_t version_id);

 private:
  struct Found {
    SittingDocument document;
    Sitting sitting;
  };
  // The document and its sitting, with the keeper's check (403), in the caller's transaction.
  Result<Found> Editable(db::Tx& tx, const Actor& actor, int64_t document_id);
  // The file checked by size and content and written to the store: the new version, unsaved.
  Result<DocumentVersion> Stored(const std::string& bytes, int64_t now);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<files::FileStore> store_;
  SittingsRepository sittings_;
  SittingDocumentsRepository repo_;
};

}  // namespace kenes::sittings
