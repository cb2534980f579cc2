#include "features/appeals/appeal_export.hpp"

#include "platform/docs/xlsx.hpp"
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
  docs::XlsxSheet sheet{"Appeals", kHeader, {}, {{5, 60}}};
  sheet.rows.reserve(rows.size());
  for (const auto& a : rows) sheet.rows.push_back(Cells(a));
  return docs::RenderXlsx(sheet);
}

}  // namespace kenes::appeals
