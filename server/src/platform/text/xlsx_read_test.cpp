// Reading back what the XLSX writer makes (shared strings, date cells, Cyrillic and markup
// characters), Excel's day numbers, and hostile zips refused without a crash.
#include "platform/text/xlsx_read.hpp"

#include <gtest/gtest.h>

#include "platform/docs/xlsx.hpp"

namespace kenes::text {
namespace {

TEST(XlsxRead, ReadsBackTheFirstSheetOfAWorkbook) {
  docs::XlsxSheet s;
  s.name = "Акты";
  s.header = {"number", "adopted_on", "title_ru"};
  s.rows = {{"14/1-VIII", "2026-04-15", "О бюджете <2026> & «налогах»"},
            {"", "", "Без номера"},
            {"7", "2024-01-01", "Қала бюджеті туралы"}};
  s.date_columns = {1};
  const std::string bytes = docs::RenderXlsx(s);
  ASSERT_TRUE(LooksLikeZip(bytes));
  const XlsxSheet sheet = ReadXlsxFirstSheet(bytes);
  ASSERT_FALSE(sheet.error) << *sheet.error;
  ASSERT_EQ(sheet.rows.size(), 4u);
  EXPECT_EQ(sheet.rows[0].line, 1);
  ASSERT_EQ(sheet.rows[0].cells.size(), 3u);
  EXPECT_EQ(sheet.rows[0].cells[1].text, "adopted_on");
  EXPECT_EQ(sheet.rows[1].cells[0].text, "14/1-VIII");
  EXPECT_TRUE(sheet.rows[1].cells[1].number);  // a date cell: a day number
  EXPECT_EQ(ExcelSerialDate(sheet.rows[1].cells[1].text), "2026-04-15");
  EXPECT_EQ(sheet.rows[1].cells[2].text, "О бюджете <2026> & «налогах»");
  EXPECT_EQ(sheet.rows[2].line, 3);
  EXPECT_EQ(sheet.rows[2].cells[2].text, "Без номера");
  EXPECT_EQ(ExcelSerialDate(sheet.rows[3].cells[1].text), "2024-01-01");
  EXPECT_EQ(sheet.rows[3].cells[2].text, "Қала бюджеті туралы");
}

TEST(XlsxRead, ExcelDayNumbers) {
  EXPECT_EQ(ExcelSerialDate("45292"), "2024-01-01");
  EXPECT_EQ(ExcelSerialDate("45292.75"), "2024-01-01");  // a time of day is dropped
  EXPECT_EQ(ExcelSerialDate("61"), "1900-03-01");
  EXPECT_EQ(ExcelSerialDate("2958465"), "9999-12-31");
  EXPECT_FALSE(ExcelSerialDate("60"));  // Excel's 29 February 1900 that never was
  EXPECT_FALSE(ExcelSerialDate("2958466"));
  EXPECT_FALSE(ExcelSerialDate("15.04.2026"));
  EXPECT_FALSE(ExcelSerialDate("-5"));
  EXPECT_FALSE(ExcelSerialDate(""));
}

TEST(XlsxRead, HostileBytesAreRefusedNotFollowed) {
  EXPECT_EQ(ReadXlsxFirstSheet("").error, "not_zip");
  EXPECT_EQ(ReadXlsxFirstSheet("number,adopted_on\n1,2026-01-01\n").error, "not_zip");
  docs::XlsxSheet s;
  s.name = "x";
  s.header = {"number"};
  s.rows = {{"1"}};
  const std::string bytes = docs::RenderXlsx(s);
  // Cut anywhere: an error, never a crash or a read past the end.
  for (size_t cut = 0; cut < bytes.size(); cut += 97) {
    const auto sheet = ReadXlsxFirstSheet(std::string_view(bytes).substr(0, cut));
    EXPECT_TRUE(sheet.error) << cut;
  }
  // Every byte flipped in turn (a sample): whatever comes out, it comes out bounded.
  for (size_t at = 0; at < bytes.size(); at += 13) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    const auto sheet = ReadXlsxFirstSheet(bad);
    EXPECT_LE(sheet.rows.size(), kMaxXlsxRows);
  }
  // A central directory that claims an entry larger than allowed (a zip bomb): too large.
  std::string bomb = bytes;
  const std::string name = "xl/worksheets/sheet1.xml";
  size_t entry = std::string::npos;
  for (size_t at = bomb.find(std::string("PK\1\2", 4)); at != std::string::npos;
       at = bomb.find(std::string("PK\1\2", 4), at + 1)) {
    if (bomb.compare(at + 46, name.size(), name) == 0) entry = at;
  }
  ASSERT_NE(entry, std::string::npos);
  for (size_t i = 24; i < 28; ++i) bomb[entry + i] = '\x7f';  // the unpacked size
  EXPECT_EQ(ReadXlsxFirstSheet(bomb).error, "too_large");
}

}  // namespace
}  // namespace kenes::text
