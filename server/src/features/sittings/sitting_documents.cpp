#include "features/sittings/sitting_documents.hpp"

namespace kenes::sittings {

std::string_view LanguageName(DocumentLanguage l) {
  switch (l) {
    case DocumentLanguage::kKk:
      return "kk";
    case DocumentLanguage::kRu:
      return "ru";
    case DocumentLanguage::kBoth:
      return "both";
  }
  return "both";
}

std::optional<DocumentLanguage> ParseLanguage(std::string_view name) {
  if (name == "kk") return DocumentLanguage::kKk;
  if (name == "ru") return DocumentLanguage::kRu;
  if (name == "both") return DocumentLanguage::kBoth;
  return std::nullopt;
}

std::string DocumentFileName(std::string_view title, std::string_view extension) {
  constexpr size_t kMaxBytes = 150;
  std::string out;
  bool space = false;
  for (unsigned char c : title) {
    // Path separators, quotes and characters Windows refuses become spaces; runs of them one.
    const bool drop = c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == '"' || c == ':' ||
                      c == '*' || c == '?' || c == '<' || c == '>' || c == '|' || c == ';' ||
                      c == ' ';
    if (drop) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  if (out.size() > kMaxBytes) {
    // Cut before the character the limit falls in, unless it starts right there.
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  // No hidden file ("..x"), no name that ends in a dot (Windows drops it).
  out.erase(0, out.find_first_not_of(". "));
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  if (out.empty()) out = "document";
  return out + "." + std::string(extension);
}

std::string DownloadDisposition(std::string_view file_name, std::string_view extension) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : file_name) {
    const bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                       c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded += {'%', kHex[c >> 4], kHex[c & 0xF]};
    }
  }
  return "attachment; filename=\"document." + std::string(extension) + "\"; filename*=UTF-8''" +
         encoded;
}

}  // namespace kenes::sittings
