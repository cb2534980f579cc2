#pragma once
// Reading the first sheet of an XLSX workbook (an OOXML zip) as rows of text cells, for imports
// that take a spreadsheet as it is kept. Minimal on purpose: the zip's central directory, stored
// or deflated entries (zlib), xl/sharedStrings.xml and xl/worksheets/sheet1.xml; no ZIP64, no
// encryption, no formulas (a formula cell gives its cached value). Every size is bounded, so a
// hostile file is refused, never followed. Fuzzed by server/fuzz/xlsx_fuzz.cpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::text {

struct XlsxCell {
  std::string text{};   // the shared string, the inline string or the value as written
  bool number = false;  // a numeric cell (a date is one: days since 1899-12-30)
};

struct XlsxRow {
  int line = 0;                   // the sheet's row number, 1-based
  std::vector<XlsxCell> cells{};  // by column, A first; missing cells are empty text
};

struct XlsxSheet {
  std::vector<XlsxRow> rows{};  // rows with at least one cell, in order
  std::optional<std::string>
      error{};  // "not_zip", "no_sheet", "too_large", "unsupported", "bad_xml"
};

inline constexpr size_t kMaxXlsxEntryBytes = 64u << 20;  // an unpacked part
inline constexpr size_t kMaxXlsxColumns = 1000;
inline constexpr size_t kMaxXlsxRows = 100000;

// True when the bytes start as a zip file does ("PK\3\4").
bool LooksLikeZip(std::string_view bytes);

XlsxSheet ReadXlsxFirstSheet(std::string_view bytes);

// An Excel serial day (45292 → "2024-01-01"), or nullopt for anything else.
std::optional<std::string> ExcelSerialDate(std::string_view value);

}  // namespace kenes::text
