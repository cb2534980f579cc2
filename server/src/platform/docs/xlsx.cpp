#include "platform/docs/xlsx.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/crypto/crypto.hpp"

namespace kenes::docs {

std::string RenderXlsx(const XlsxSheet& sheet) {
  // libxlsxwriter writes to a file: a private temporary one, removed whatever happens.
  auto path =
      std::filesystem::temp_directory_path() / ("kenes-xlsx-" + crypto::RandomToken(8) + ".xlsx");
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) throw std::runtime_error("xlsx: cannot create workbook");
  lxw_worksheet* ws = workbook_add_worksheet(workbook, sheet.name.c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (size_t c = 0; c < sheet.header.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
  }
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
      worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                             sheet.rows[r][c].c_str(), nullptr);
    }
  }
  for (const auto& [col, width] : sheet.col_widths) {
    worksheet_set_column(ws, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), width,
                         nullptr);
  }
  lxw_error err = workbook_close(workbook);
  if (err != LXW_NO_ERROR) {
    std::filesystem::remove(path);
    throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(err));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::filesystem::remove(path);
  return ss.str();
}

}  // namespace kenes::docs
