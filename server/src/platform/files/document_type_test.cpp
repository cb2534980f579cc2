// Documents told by their content: real PDF and XLSX from the tree's writers, ZIP packages built
// here entry by entry, and the lookalikes that must be refused.
#include "platform/files/document_type.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "platform/docs/xlsx.hpp"

namespace kenes::files {
namespace {

using namespace std::string_literals;

void Put(std::string& out, uint32_t v, int width) {
  for (int i = 0; i < width; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// A ZIP of stored (uncompressed) entries, in order; the checksums are left zero (not read).
std::string Zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string out, directory;
  for (const auto& [name, data] : entries) {
    const auto offset = static_cast<uint32_t>(out.size());
    out += "PK\x03\x04"s;
    Put(out, 20, 2), Put(out, 0, 2), Put(out, 0, 2), Put(out, 0, 4), Put(out, 0, 4);
    Put(out, data.size(), 4), Put(out, data.size(), 4);
    Put(out, name.size(), 2), Put(out, 0, 2);
    out += name + data;
    directory += "PK\x01\x02"s;
    Put(directory, 20, 2), Put(directory, 20, 2), Put(directory, 0, 2), Put(directory, 0, 2);
    Put(directory, 0, 4), Put(directory, 0, 4);
    Put(directory, data.size(), 4), Put(directory, data.size(), 4);
    Put(directory, name.size(), 2), Put(directory, 0, 2), Put(directory, 0, 2);
    Put(directory, 0, 2), Put(directory, 0, 2), Put(directory, 0, 4), Put(directory, offset, 4);
    directory += name;
  }
  const auto at = static_cast<uint32_t>(out.size());
  out += directory + "PK\x05\x06"s;
  Put(out, 0, 2), Put(out, 0, 2), Put(out, entries.size(), 2), Put(out, entries.size(), 2);
  Put(out, directory.size(), 4), Put(out, at, 4), Put(out, 0, 2);
  return out;
}

const std::string kOdtMime = "application/vnd.oasis.opendocument.text";

TEST(DocumentType, ToldByContent) {
  EXPECT_EQ(DetectDocumentType("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), DocumentType::kPdf);
  EXPECT_EQ(DetectDocumentType(
                Zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}})),
            DocumentType::kDocx);
  docs::XlsxSheet sheet;
  sheet.name = "S";
  sheet.header = {"a"};
  EXPECT_EQ(DetectDocumentType(docs::RenderXlsx(sheet)), DocumentType::kXlsx);
  EXPECT_EQ(DetectDocumentType(Zip({{"mimetype", kOdtMime}, {"content.xml", "<office/>"}})),
            DocumentType::kOdt);
  EXPECT_EQ(MimeOf(DocumentType::kPdf), "application/pdf");
  EXPECT_EQ(ExtensionOf(DocumentType::kXlsx), "xlsx");
}

TEST(DocumentType, LookalikesAreRefused) {
  EXPECT_FALSE(DetectDocumentType(""));
  EXPECT_FALSE(DetectDocumentType("%PDF-1.4 cut short"));       // no end marker
  EXPECT_FALSE(DetectDocumentType("MZ\x90\0 an executable"s));  // renamed to .pdf
  EXPECT_FALSE(DetectDocumentType("<html><script>alert(1)</script>"));
  EXPECT_FALSE(DetectDocumentType(Zip({{"readme.txt", "hello"}})));        // a plain ZIP
  EXPECT_FALSE(DetectDocumentType(Zip({{"word/document.xml", "<w/>"}})));  // no content types
  // Both a document and a workbook: not a file any office suite writes.
  EXPECT_FALSE(DetectDocumentType(Zip({{"[Content_Types].xml", "<Types/>"},
                                       {"word/document.xml", "<w/>"},
                                       {"xl/workbook.xml", "<x/>"}})));
  EXPECT_FALSE(
      DetectDocumentType(Zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}})));
  // A directory that points outside the file, or a truncated package.
  std::string docx = Zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}});
  std::string bad = docx;
  bad[bad.size() - 6] = '\x7f';  // the directory's offset, far past the end
  EXPECT_FALSE(DetectDocumentType(bad));
  EXPECT_FALSE(DetectDocumentType(docx.substr(0, docx.size() / 2)));
  EXPECT_FALSE(DetectDocumentType("PK\x03\x04"s));
}

}  // namespace
}  // namespace kenes::files
