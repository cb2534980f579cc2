#include "features/appeals/appeal_export.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/crypto/crypto.hpp"
#include "platform/text/csv.hpp"

namespace kenes::appeals {
namespace {

const std::vector<std::string> kHeader = {"number",   "registered_on", "type",      "channel",
                                          "status",   "subject",       "addressee", "deputy_id",
                                          "okrug_id", "category",      "due_on",    "outcome"};

std::vector<std::string> Cells(const Appeal& a) {
  auto id = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : std::string(); };
  return {a.number,       a.registered_on, a.type,      a.channel,
          a.status,       a.subject,       a.addressee, id(a.deputy_id),
          id(a.okrug_id), a.category,      a.due_on,    a.outcome.value_or("")};
}

}  // namespace

std::string ExportCsv(const std::vector<Appeal>& rows) {
  // A BOM makes spreadsheet programs read the file as UTF-8 (Cyrillic and Kazakh letters).
  std::string out = "\xEF\xBB\xBF" + text::CsvLine(kHeader);
  for (const auto& a : rows) {
    auto cells = Cells(a);
    for (auto& c : cells) c = text::CsvSafeCell(std::move(c));
    out += text::CsvLine(cells);
  }
  return out;
}

std::string ExportXlsx(const std::vector<Appeal>& rows) {
  auto path =
      std::filesystem::temp_directory_path() / ("kenes-export-" + crypto::RandomToken(8) + ".xlsx");
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) throw std::runtime_error("xlsx: cannot create workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Appeals");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (size_t c = 0; c < kHeader.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kHeader[c].c_str(), bold);
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    auto cells = Cells(rows[r]);
    for (size_t c = 0; c < cells.size(); ++c) {
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                             cells[c].c_str(), nullptr);
    }
  }
  worksheet_set_column(sheet, 5, 5, 60, nullptr);
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

}  // namespace kenes::appeals
