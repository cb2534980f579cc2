#pragma once
// Documents of a sitting's agenda items (the draft decision, the report, annexes): titled in
// Kazakh and Russian, written in one language or both, in order under their item. Each upload is a
// version; a replaced file stays listed under the newer one. The file's type is told by its content
// (platform/files/document_type.hpp). See docs/sessions.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::sittings {

enum class DocumentLanguage { kKk, kRu, kBoth };
std::string_view LanguageName(DocumentLanguage l);  // "kk", "ru", "both"
std::optional<DocumentLanguage> ParseLanguage(std::string_view name);

struct DocumentVersion {
  int64_t id = 0;
  std::string stored_name{}, mime{};
  int64_t size_bytes = 0;
  std::string created_at{};  // the upload's moment
};

struct SittingDocument {
  int64_t id = 0;
  int64_t sitting_id = 0, agenda_item_id = 0;
  std::string title_kk{}, title_ru{};
  DocumentLanguage language = DocumentLanguage::kBoth;
  int position = 0;  // 1, 2, … among the item's documents
  std::string created_at{}, updated_at{};
  std::vector<DocumentVersion> versions{};  // newest first; never empty
};

// The documents of a sitting as the reader may see them: a closed sitting's are its staff's, so
// anyone else gets `hidden` and none.
struct SittingDocuments {
  bool hidden = false;
  std::vector<SittingDocument> items{};  // by item, then position
};

// What staff send with a new document (titles and language required), or to change one.
struct DocumentInput {
  std::optional<std::string> title_kk, title_ru;
  std::optional<DocumentLanguage> language;
  std::optional<int> position;  // the end of the item's list by default
};

inline constexpr size_t kMaxDocumentBytes = 20u << 20;
inline constexpr size_t kMaxDocumentTitleChars = 500;
inline constexpr int kMaxDocumentsPerItem = 30;
inline constexpr int kMaxVersions = 50;

// The downloaded file's name: the title with the type's extension, without characters a file
// system or a header cannot hold; clipped on a character's boundary.
std::string DocumentFileName(std::string_view title, std::string_view extension);
// Content-Disposition for downloading `file_name` (UTF-8): an ASCII stand-in for old clients and
// the name itself percent-encoded (RFC 5987/6266), so Cyrillic titles survive.
std::string DownloadDisposition(std::string_view file_name, std::string_view extension);

}  // namespace kenes::sittings
