#pragma once
// What an uploaded document is, told by its content, never by its name or the browser's word: a
// PDF by its header and end marker; DOCX, XLSX and ODT are ZIP packages, told apart by the entries
// their central directory lists (OOXML's [Content_Types].xml with word/ or xl/, ODF's leading
// "mimetype" entry). No I/O.

#include <optional>
#include <string_view>

namespace kenes::files {

enum class DocumentType { kPdf, kDocx, kXlsx, kOdt };

std::optional<DocumentType> DetectDocumentType(std::string_view bytes);
std::string_view MimeOf(DocumentType type);       // "application/pdf", …
std::string_view ExtensionOf(DocumentType type);  // "pdf", "docx", "xlsx", "odt"

}  // namespace kenes::files
