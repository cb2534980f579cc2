#include "platform/files/document_type.hpp"

#include <cstdint>

namespace kenes::files {
namespace {

uint32_t Le(std::string_view b, size_t at, int width) {
  uint32_t v = 0;
  for (int i = width - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

bool LooksLikePdf(std::string_view b) {
  // The end marker within the last KiB: a file cut short in transit is refused.
  return b.substr(0, 5) == "%PDF-" &&
         b.find("%%EOF", b.size() > 1024 ? b.size() - 1024 : 0) != std::string_view::npos;
}

// ODF puts an uncompressed "mimetype" entry first, so its type is readable at a fixed offset.
bool IsOdt(std::string_view b) {
  constexpr std::string_view kMime = "application/vnd.oasis.opendocument.text";
  if (b.size() < 30 || Le(b, 8, 2) != 0) return false;  // stored, not deflated
  const size_t name_len = Le(b, 26, 2), extra_len = Le(b, 28, 2);
  if (name_len != 8 || b.substr(30, 8) != "mimetype") return false;
  if (Le(b, 18, 4) != kMime.size()) return false;
  const size_t at = 30 + name_len + extra_len;
  return at + kMime.size() <= b.size() && b.substr(at, kMime.size()) == kMime;
}

// The names in the ZIP's central directory, read from the end-of-directory record; nullopt when
// the archive's structure does not hold together.
std::optional<DocumentType> OoxmlType(std::string_view b) {
  constexpr size_t kEocd = 22;
  if (b.size() < kEocd) return std::nullopt;
  // The record is the last 22 bytes plus a comment of at most 64 KiB.
  size_t eocd = std::string_view::npos;
  const size_t lowest = b.size() > kEocd + 0xFFFF ? b.size() - kEocd - 0xFFFF : 0;
  for (size_t i = b.size() - kEocd + 1; i-- > lowest;) {
    if (b.substr(i, 4) == std::string_view("PK\x05\x06", 4)) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string_view::npos) return std::nullopt;
  const size_t entries = Le(b, eocd + 10, 2);
  size_t at = Le(b, eocd + 16, 4);
  bool content_types = false, word = false, sheet = false;
  for (size_t n = 0; n < entries; ++n) {
    if (at + 46 > eocd || b.substr(at, 4) != std::string_view("PK\x01\x02", 4)) return std::nullopt;
    const size_t name_len = Le(b, at + 28, 2);
    const size_t rest = name_len + Le(b, at + 30, 2) + Le(b, at + 32, 2);
    if (at + 46 + rest > eocd) return std::nullopt;
    const std::string_view name = b.substr(at + 46, name_len);
    content_types = content_types || name == "[Content_Types].xml";
    word = word || name == "word/document.xml";
    sheet = sheet || name == "xl/workbook.xml";
    at += 46 + rest;
  }
  if (!content_types || word == sheet) return std::nullopt;
  return word ? DocumentType::kDocx : DocumentType::kXlsx;
}

}  // namespace

std::optional<DocumentType> DetectDocumentType(std::string_view bytes) {
  if (LooksLikePdf(bytes)) return DocumentType::kPdf;
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return std::nullopt;
  if (IsOdt(bytes)) return DocumentType::kOdt;
  return OoxmlType(bytes);
}

std::string_view MimeOf(DocumentType type) {
  switch (type) {
    case DocumentType::kPdf:
      return "application/pdf";
    case DocumentType::kDocx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case DocumentType::kXlsx:
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case DocumentType::kOdt:
      return "application/vnd.oasis.opendocument.text";
  }
  return "application/octet-stream";
}

std::string_view ExtensionOf(DocumentType type) {
  switch (type) {
    case DocumentType::kPdf:
      return "pdf";
    case DocumentType::kDocx:
      return "docx";
    case DocumentType::kXlsx:
      return "xlsx";
    case DocumentType::kOdt:
      return "odt";
  }
  return "bin";
}

}  // namespace kenes::files
