#include "platform/text/csv.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::text {
namespace {

using Fields = std::vector<std::string>;

TEST(CsvParse, SimpleRecordsWithLineNumbers) {
  const CsvParseResult r = ParseCsv("name,street\nАбаев,Абая\nСеров,Толе би\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[0].fields, (Fields{"name", "street"}));
  EXPECT_EQ(r.records[1].fields, (Fields{"Абаев", "Абая"}));
  EXPECT_EQ(r.records[2].fields, (Fields{"Серов", "Толе би"}));
  EXPECT_EQ(r.records[0].line, 1);
  EXPECT_EQ(r.records[1].line, 2);
  EXPECT_EQ(r.records[2].line, 3);
}

TEST(CsvParse, NoTrailingNewlineAndEmptyFields) {
  const CsvParseResult r = ParseCsv("a,,c\n,,\nx,y,");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[0].fields, (Fields{"a", "", "c"}));
  EXPECT_EQ(r.records[1].fields, (Fields{"", "", ""}));
  EXPECT_EQ(r.records[2].fields, (Fields{"x", "y", ""}));
}

TEST(CsvParse, QuotedFieldsAndEscapedQuotes) {
  const CsvParseResult r = ParseCsv(R"("a,b","say ""hi""","",plain)"
                                    "\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].fields, (Fields{"a,b", "say \"hi\"", "", "plain"}));
}

TEST(CsvParse, QuoteInsideUnquotedFieldIsLiteral) {
  const CsvParseResult r = ParseCsv("ТОО \"Кенес\",x\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.records[0].fields, (Fields{"ТОО \"Кенес\"", "x"}));
}

TEST(CsvParse, EmbeddedNewlinesKeepLaterLineNumbersRight) {
  const CsvParseResult r =
      ParseCsv("id,note\n1,\"first\nsecond\nthird\"\n2,ok\n\n3,\"a\r\nb\"\r\n4,z\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 5u);
  EXPECT_EQ(r.records[1].fields, (Fields{"1", "first\nsecond\nthird"}));
  EXPECT_EQ(r.records[1].line, 2);
  EXPECT_EQ(r.records[2].fields, (Fields{"2", "ok"}));
  EXPECT_EQ(r.records[2].line, 5);
  EXPECT_EQ(r.records[3].fields, (Fields{"3", "a\nb"}));  // CRLF inside quotes becomes "\n"
  EXPECT_EQ(r.records[3].line, 7);
  EXPECT_EQ(r.records[4].line, 9);
}

TEST(CsvParse, DetectsSemicolonDelimiter) {
  const CsvParseResult r = ParseCsv("ФИО;Округ;Адрес\nИванов И.И.;5;\"ул. Абая, 12\"\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].fields, (Fields{"ФИО", "Округ", "Адрес"}));
  EXPECT_EQ(r.records[1].fields, (Fields{"Иванов И.И.", "5", "ул. Абая, 12"}));
}

TEST(CsvParse, DelimiterDetectionIgnoresQuotedText) {
  // Two commas inside quotes, one real ";": still ";".
  const CsvParseResult r = ParseCsv("\"a,b,c\";d\n1;2\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.records[0].fields, (Fields{"a,b,c", "d"}));
  EXPECT_EQ(r.records[1].fields, (Fields{"1", "2"}));
  // With commas as the delimiter a ";" is plain text.
  const CsvParseResult c = ParseCsv("a,b\n1;2,3\n");
  EXPECT_EQ(c.records[1].fields, (Fields{"1;2", "3"}));
}

TEST(CsvParse, StripsBom) {
  const CsvParseResult r = ParseCsv("\xEF\xBB\xBFname,okrug\nАбаев,1\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.records[0].fields[0], "name");
  EXPECT_EQ(r.records[0].line, 1);
  const CsvParseResult semi = ParseCsv("\xEF\xBB\xBF\"name\";okrug\n");
  EXPECT_EQ(semi.records[0].fields, (Fields{"name", "okrug"}));
}

TEST(CsvParse, CrlfLineEnds) {
  const CsvParseResult r = ParseCsv("a,b\r\nc,d\r\n\r\ne,f");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(r.records[1].fields, (Fields{"c", "d"}));
  EXPECT_EQ(r.records[2].fields, (Fields{"e", "f"}));
  EXPECT_EQ(r.records[2].line, 4);
}

TEST(CsvParse, SkipsBlankLines) {
  const CsvParseResult r = ParseCsv("\n\na\n\n\nb\n\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].line, 3);
  EXPECT_EQ(r.records[1].line, 6);
}

TEST(CsvParse, EmptyInput) {
  EXPECT_TRUE(ParseCsv("").records.empty());
  EXPECT_TRUE(ParseCsv("\xEF\xBB\xBF").records.empty());
  EXPECT_TRUE(ParseCsv("\r\n\n").records.empty());
  EXPECT_FALSE(ParseCsv("").error);
}

TEST(CsvParse, UnterminatedQuoteReportsItsLine) {
  const CsvParseResult r = ParseCsv("a,b\nc,d\ne,\"never closed\nmore\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(*r.error, "unterminated quote");
  EXPECT_EQ(r.error_line, 3);
  ASSERT_EQ(r.records.size(), 2u);  // the good records before it are kept
  EXPECT_EQ(r.records[1].fields, (Fields{"c", "d"}));
}

TEST(CsvParse, UnterminatedQuoteAfterMultilineField) {
  const CsvParseResult r = ParseCsv("\"x\ny\",1\n\"z");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error_line, 3);
}

TEST(CsvParse, CyrillicAndKazakhContent) {
  const CsvParseResult r = ParseCsv("Қала;Көше;Үй\nАлматы;Қабанбай батыр;12А\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.records[1].fields, (Fields{"Алматы", "Қабанбай батыр", "12А"}));
}

TEST(CsvLine, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvLine({"a", "b", "Абай"}), "a,b,Абай\n");
  EXPECT_EQ(CsvLine({"a,b", "c"}), "\"a,b\",c\n");
  EXPECT_EQ(CsvLine({"a;b"}), "\"a;b\"\n");
  EXPECT_EQ(CsvLine({"say \"hi\""}), "\"say \"\"hi\"\"\"\n");
  EXPECT_EQ(CsvLine({"two\nlines"}), "\"two\nlines\"\n");
  EXPECT_EQ(CsvLine({"", "x", ""}), ",x,\n");
  EXPECT_EQ(CsvLine({""}), "\"\"\n");
}

TEST(CsvLine, RoundTrip) {
  const std::vector<Fields> rows = {
      {"id", "name", "note"},
      {"1", "Қабанбай батыр, 12А", "say \"hi\""},
      {"2", "", "line one\nline two"},
      {"3", " padded ", ";semi;"},
      {""},
      {"", ""},
  };
  std::string file;
  for (const Fields& row : rows) file += CsvLine(row);
  const CsvParseResult r = ParseCsv(file);
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.records.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(r.records[i].fields, rows[i]) << i;
  EXPECT_EQ(r.records[3].line, 5);  // record 2 spans two lines
}

TEST(CsvSafeCell, SpreadsheetsSeeFormulasAsText) {
  EXPECT_EQ(CsvSafeCell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(CsvSafeCell("+7 701 000 00 00"), "'+7 701 000 00 00");
  EXPECT_EQ(CsvSafeCell("-1"), "'-1");
  EXPECT_EQ(CsvSafeCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvSafeCell("Яма на дороге"), "Яма на дороге");
  EXPECT_EQ(CsvSafeCell(""), "");
}

TEST(CsvParse, ARecordWithTooManyFieldsStopsTheParse) {
  auto r = ParseCsv("a,b\n" + std::string(kMaxCsvFields + 5, ','));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error_line, 2);
  EXPECT_FALSE(ParseCsv(std::string(kMaxCsvFields - 1, ',')).error);
}

}  // namespace
}  // namespace kenes::text
