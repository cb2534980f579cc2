#pragma once
// One-sheet spreadsheets (exports) as XLSX, through libxlsxwriter; features never include the
// library themselves. Every cell is written as text, so nothing a person typed becomes a formula.

#include <string>
#include <vector>

namespace kenes::docs {

struct XlsxSheet {
  std::string name;                                // the sheet's tab, at most 31 characters
  std::vector<std::string> header;                 // bold first row
  std::vector<std::vector<std::string>> rows;      // UTF-8 text cells
  std::vector<std::pair<int, double>> col_widths;  // column index → width in characters
};

// The workbook's bytes; throws std::runtime_error if the library fails.
std::string RenderXlsx(const XlsxSheet& sheet);

}  // namespace kenes::docs
