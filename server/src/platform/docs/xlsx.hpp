#pragma once
// One-sheet spreadsheets (exports) as XLSX, through libxlsxwriter; features never include the
// library themselves. Every cell is written as text, so nothing a person typed becomes a formula;
// only the date columns hold numbers (dates, shown as 07.12.2026).

#include <string>
#include <utility>
#include <vector>

namespace kenes::docs {

struct XlsxSheet {
  std::string name;                                // the sheet's tab, at most 31 characters
  std::vector<std::string> header;                 // bold first row
  std::vector<std::vector<std::string>> rows;      // UTF-8 text cells
  std::vector<std::pair<int, double>> col_widths;  // column index → width in characters
  // Columns whose cells are ISO dates ("2026-12-07"), written as date cells; an empty or
  // malformed value is left blank or written as text.
  std::vector<int> date_columns;
};

// The workbook's bytes; throws std::runtime_error if the library fails.
std::string RenderXlsx(const XlsxSheet& sheet);

}  // namespace kenes::docs
