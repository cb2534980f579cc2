#include "features/appeals/appeal_export.hpp"

#include <optional>
#include <utility>

#include "features/appeals/appeal_messages.hpp"
#include "platform/docs/xlsx.hpp"
#include "platform/i18n/i18n.hpp"
#include "platform/text/csv.hpp"

namespace kenes::appeals {
namespace {

// Columns, in order; kDateColumns hold dates.
std::vector<std::string> Header(const std::string& language) {
  std::vector<std::string> out;
  for (std::string_view column : {"number", "registered", "type", "channel", "status", "subject",
                                  "addressee", "okrug", "category", "due", "result"}) {
    out.push_back(i18n::Text(language, "appeals.export." + std::string(column)));
  }
  return out;
}
constexpr int kRegisteredColumn = 1;
constexpr int kDueColumn = 9;

std::string AddresseeCell(const Appeal& a, const std::string& language, const ExportNames& names) {
  auto named = [](const std::map<int64_t, std::string>& m, const std::optional<int64_t>& id) {
    auto it = id ? m.find(*id) : m.end();
    return it == m.end() ? std::string() : it->second;
  };
  std::string name = a.addressee == Addressee::kDeputy ? named(names.deputies, a.deputy_id)
                     : a.addressee == Addressee::kCommission
                         ? named(names.commissions, a.commission_id)
                         : names.maslikhat;
  if (name.empty()) return AddresseeWord(a.addressee, language);
  return a.addressee == Addressee::kDeputy
             ? AddresseeWord(Addressee::kDeputy, language) + " " + name
             : name;
}

// Dates stay ISO here: the CSV dots them, the XLSX makes date cells of them.
std::vector<std::string> Cells(const Appeal& a, const std::string& language,
                               const ExportNames& names) {
  std::string okrug;
  if (a.okrug_id) {
    if (auto it = names.okrug_numbers.find(*a.okrug_id); it != names.okrug_numbers.end()) {
      okrug = "№ " + std::to_string(it->second);
    }
  }
  std::string category = a.category;
  if (auto it = names.categories.find(a.category); it != names.categories.end()) {
    category = it->second;
  }
  return {a.number,
          a.registered_on,
          TypeWord(a.type, language),
          ChannelWord(a.channel, language),
          StatusWord(a.status, language),
          a.subject,
          AddresseeCell(a, language, names),
          okrug,
          category,
          a.due_on,
          a.outcome ? OutcomeWord(*a.outcome, language) : std::string()};
}

}  // namespace

std::string ExportCsv(const std::vector<Appeal>& rows, const std::string& language,
                      const ExportNames& names) {
  // A BOM makes spreadsheet programs read the file as UTF-8 (Cyrillic and Kazakh letters).
  std::string out = "\xEF\xBB\xBF" + text::CsvLine(Header(language));
  for (const auto& a : rows) {
    auto cells = Cells(a, language, names);
    cells[kRegisteredColumn] = DottedDate(cells[kRegisteredColumn]);
    cells[kDueColumn] = DottedDate(cells[kDueColumn]);
    for (auto& c : cells) c = text::CsvSafeCell(std::move(c));
    out += text::CsvLine(cells);
  }
  return out;
}

std::string ExportXlsx(const std::vector<Appeal>& rows, const std::string& language,
                       const ExportNames& names) {
  docs::XlsxSheet sheet;
  sheet.name = i18n::Text(language, "appeals.export.sheet");
  sheet.header = Header(language);
  sheet.date_columns = {kRegisteredColumn, kDueColumn};
  // Widths in characters: what the longest usual value needs, the subject wide enough to read.
  sheet.col_widths = {{0, 15}, {1, 12}, {2, 14}, {3, 26}, {4, 22}, {5, 50},
                      {6, 30}, {7, 12}, {8, 22}, {9, 12}, {10, 24}};
  sheet.rows.reserve(rows.size());
  for (const auto& a : rows) sheet.rows.push_back(Cells(a, language, names));
  return docs::RenderXlsx(sheet);
}

}  // namespace kenes::appeals
