#include "platform/docs/xlsx.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "platform/crypto/crypto.hpp"

namespace kenes::docs {
namespace {

std::optional<lxw_datetime> IsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int value[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int part = 0; part < 3; ++part) {
    for (size_t i = starts[part]; i < starts[part] + lengths[part]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      value[part] = value[part] * 10 + (s[i] - '0');
    }
  }
  if (value[1] < 1 || value[1] > 12 || value[2] < 1 || value[2] > 31) return std::nullopt;
  return lxw_datetime{value[0], value[1], value[2], 0, 0, 0};
}

}  // namespace

std::string RenderXlsx(const XlsxSheet& sheet) {
  // libxlsxwriter writes to a file: a private temporary one, removed whatever happens.
  auto path =
      std::filesystem::temp_directory_path() / ("kenes-xlsx-" + crypto::RandomToken(8) + ".xlsx");
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) throw std::runtime_error("xlsx: cannot create workbook");
  lxw_worksheet* ws = workbook_add_worksheet(workbook, sheet.name.c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  // Headers wrap instead of widening date columns; the header row stays in view while scrolling.
  format_set_text_wrap(bold);
  format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
  worksheet_freeze_panes(ws, 1, 0);
  for (size_t c = 0; c < sheet.header.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
  }
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "dd.mm.yyyy");
  std::vector<bool> is_date(sheet.header.size(), false);
  for (int c : sheet.date_columns) {
    if (c >= 0 && static_cast<size_t>(c) < is_date.size()) is_date[static_cast<size_t>(c)] = true;
  }
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto col = static_cast<lxw_col_t>(c);
      const std::string& cell = sheet.rows[r][c];
      if (c < is_date.size() && is_date[c]) {
        if (auto d = IsoDate(cell)) {
          worksheet_write_datetime(ws, row, col, &*d, date);
          continue;
        }
        if (cell.empty()) continue;
      }
      worksheet_write_string(ws, row, col, cell.c_str(), nullptr);
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
