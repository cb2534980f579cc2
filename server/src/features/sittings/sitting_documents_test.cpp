// A downloaded document's name and Content-Disposition: Cyrillic kept and percent-encoded,
// separators and quotes gone, long titles clipped on a character.
#include "features/sittings/sitting_documents.hpp"

#include <gtest/gtest.h>

namespace kenes::sittings {
namespace {

TEST(SittingDocumentNames, TheTitleNamesTheFile) {
  EXPECT_EQ(DocumentFileName("Проект решения", "pdf"), "Проект решения.pdf");
  EXPECT_EQ(DocumentFileName("  a/b\\c: \"d\"; e\r\n", "docx"), "a b c d e.docx");
  EXPECT_EQ(DocumentFileName("../../etc/passwd", "pdf"), "etc passwd.pdf");
  EXPECT_EQ(DocumentFileName("", "odt"), "document.odt");
  EXPECT_EQ(DocumentFileName("...", "odt"), "document.odt");
  const std::string name = DocumentFileName(std::string(200, 'x') + "Ә", "pdf");
  EXPECT_EQ(name.size(), 150u + 4);
  const std::string cyrillic = DocumentFileName(std::string(149, 'x') + "Әә", "pdf");
  EXPECT_EQ(cyrillic, std::string(149, 'x') + ".pdf");  // "Ә" would be cut in half
  EXPECT_EQ(DocumentFileName(std::string(148, 'x') + "Әә", "pdf"), std::string(148, 'x') + "Ә.pdf");
}

TEST(SittingDocumentNames, DispositionIsRfc5987) {
  EXPECT_EQ(DownloadDisposition("Шешім 1.pdf", "pdf"),
            "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
            "%D0%A8%D0%B5%D1%88%D1%96%D0%BC%201.pdf");
  EXPECT_EQ(DownloadDisposition("a'b(c).xlsx", "xlsx"),
            "attachment; filename=\"document.xlsx\"; filename*=UTF-8''a%27b%28c%29.xlsx");
}

TEST(SittingDocumentNames, Languages) {
  for (auto l : {DocumentLanguage::kKk, DocumentLanguage::kRu, DocumentLanguage::kBoth})
    EXPECT_EQ(ParseLanguage(LanguageName(l)), l);
  EXPECT_FALSE(ParseLanguage("en"));
}

}  // namespace
}  // namespace kenes::sittings
