#pragma once
// The message catalogues server/messages/{kk,ru,en}.json as compiled into the binary
// (cmake/embed_messages.cmake). Only platform/i18n reads them.

#include <string_view>
#include <vector>

namespace kenes::i18n {

struct CatalogueFile {
  std::string_view language;  // "kk", "ru", "en"
  std::string_view json;      // a flat object: key -> text
};

const std::vector<CatalogueFile>& EmbeddedCatalogues();

}  // namespace kenes::i18n
