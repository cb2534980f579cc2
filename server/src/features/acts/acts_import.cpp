#include "features/acts/acts_import.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "features/acts/acts_policy.hpp"
#include "features/acts/acts_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/text/csv.hpp"
#include "platform/text/xlsx_read.hpp"

namespace kenes::acts {
namespace {

// The columns a registry file may have, by name in its header row; the first four are required.
const std::vector<std::string> kColumns = {
    "number",           "adopted_on",   "title_kk", "title_ru",   "registration_number",
    "registered_on",    "published_on", "status",   "adilet_url", "publication_source",
    "force_delay_days", "text_kk",      "text_ru",  "note"};

bool IsDateColumn(const std::string& c) {
  return c == "adopted_on" || c == "registered_on" || c == "published_on";
}

// Registries kept by hand write dates as 15.04.2026; a spreadsheet's date cell is a day number
// (45292 for 01.01.2024); the registry keeps 2026-04-15.
std::string IsoDate(const std::string& v) {
  if (v.size() == 10 && v[2] == '.' && v[5] == '.')
    return v.substr(6, 4) + "-" + v.substr(3, 2) + "-" + v.substr(0, 2);
  if (auto serial = text::ExcelSerialDate(v)) return *serial;
  return v;
}

// The first sheet of an XLSX workbook as the records a CSV file would give: the same header row
// and rows, each padded with empty cells to the header's width (a spreadsheet leaves trailing
// empty cells out) and without empty cells beyond it.
Result<text::CsvParseResult> XlsxRecords(const std::string& bytes) {
  const auto sheet = text::ReadXlsxFirstSheet(bytes);
  if (sheet.error) return Error::Invalid("file", "xlsx_" + *sheet.error);
  text::CsvParseResult out;
  size_t width = 0;
  for (const auto& row : sheet.rows) {
    text::CsvRecord rec;
    rec.line = row.line;
    for (const auto& cell : row.cells) rec.fields.push_back(cell.text);
    if (out.records.empty()) {
      while (!rec.fields.empty() && rec.fields.back().empty()) rec.fields.pop_back();
      width = rec.fields.size();
    } else {
      while (rec.fields.size() > width && rec.fields.back().empty()) rec.fields.pop_back();
      if (rec.fields.size() < width) rec.fields.resize(width);
    }
    out.records.push_back(std::move(rec));
  }
  return out;
}

Error FileError(const std::string& reason) { return Error::Invalid("file", reason); }

// The row as the act's input; the problems of its cells in `bad`.
ActInput InputOf(const std::map<std::string, std::string>& cells,
                 std::map<std::string, std::string>& bad) {
  ActInput in;
  auto get = [&](const char* key) -> std::string {
    auto it = cells.find(key);
    return it == cells.end() ? std::string() : it->second;
  };
  for (const char* key : {"number", "adopted_on", "title_kk", "title_ru"}) {
    if (get(key).empty()) bad.emplace(key, "required");
  }
  in.number = get("number");
  in.adopted_on = get("adopted_on");
  in.title_kk = get("title_kk");
  in.title_ru = get("title_ru");
  in.registration_number = get("registration_number");
  for (const char* key : {"registered_on", "published_on"}) {
    const std::string v = get(key);
    auto& field = std::string(key) == "registered_on" ? in.registered_on : in.published_on;
    field = v.empty() ? std::optional<std::string>() : std::optional<std::string>(v);
  }
  in.publication_source = get("publication_source");
  in.adilet_url = get("adilet_url");
  in.text_kk = get("text_kk");
  in.text_ru = get("text_ru");
  in.note = get("note");
  if (const std::string s = get("status"); !s.empty()) {
    in.status = ParseStatus(s);
    if (!in.status) bad.emplace("status", "invalid");
  }
  if (const std::string d = get("force_delay_days"); !d.empty()) {
    int n = -1;
    if (d.size() <= 3 && d.find_first_not_of("0123456789") == std::string::npos) n = std::stoi(d);
    if (n < 0 || n > kMaxForceDelayDays) {
      bad.emplace("force_delay_days", "invalid");
    } else {
      in.force_delay_days = n;
    }
  }
  return in;
}

}  // namespace

Result<ImportReport> ActsImport::Run(const Actor& actor, int64_t maslikhat_id,
                                     const std::string& csv, bool dry_run) {
  if (!ActsPolicy::MayEdit(actor, maslikhat_id)) return Error::Denied();
  if (!directory_->GetMaslikhat(actor, maslikhat_id).ok()) return Error::NotFound();
  // A CSV file, or an XLSX workbook (a zip) read from its first sheet.
  text::CsvParseResult parsed;
  if (text::LooksLikeZip(csv)) {
    auto records = XlsxRecords(csv);
    if (!records.ok()) return records.take_error();
    parsed = std::move(*records);
  } else {
    parsed = text::ParseCsv(csv);
    if (parsed.error) return FileError("not_csv");
  }
  if (parsed.records.empty()) return FileError("empty");
  // The header names the columns, in any order.
  std::vector<std::string> header;
  for (const auto& name : parsed.records[0].fields) {
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
      return FileError("unknown_column");
    header.push_back(name);
  }
  for (const char* required : {"number", "adopted_on", "title_kk", "title_ru"}) {
    if (std::find(header.begin(), header.end(), required) == header.end())
      return FileError("missing_column");
  }
  if (parsed.records.size() - 1 > static_cast<size_t>(kMaxImportRows))
    return FileError("too_many_rows");

  ImportReport report;
  report.dry_run = dry_run;
  std::vector<Act> acts;
  std::set<std::pair<std::string, std::string>> in_file;
  const int64_t now = clock_.NowMs();
  const auto bounds = [](const std::string& key) -> size_t {
    if (key.rfind("text_", 0) == 0) return kMaxTextChars;
    if (key.rfind("title_", 0) == 0) return kMaxTitleChars;
    return key == "note" || key == "publication_source" ? 4000 : 2000;
  };
  return db_.Write([&](db::Tx& tx) -> Result<ImportReport> {
    for (size_t r = 1; r < parsed.records.size(); ++r) {
      const auto& rec = parsed.records[r];
      ImportRow row;
      row.line = rec.line;
      std::map<std::string, std::string> cells;
      if (rec.fields.size() != header.size()) row.problems.emplace("row", "column_count");
      for (size_t i = 0; i < header.size() && i < rec.fields.size(); ++i) {
        std::string v = rec.fields[i];
        while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.pop_back();
        while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.erase(0, 1);
        if (v.size() > bounds(header[i]) * 4) row.problems.emplace(header[i], "too_long");
        cells[header[i]] = IsDateColumn(header[i]) ? IsoDate(v) : v;
      }
      Act a;
      a.maslikhat_id = maslikhat_id;
      const ActInput in = InputOf(cells, row.problems);
      ApplyActInput(in, a, row.problems);
      if (in.status) a.status = *in.status;
      row.number = a.number;
      row.adopted_on = a.adopted_on;
      row.title_kk = a.title_kk;
      row.title_ru = a.title_ru;
      if (row.problems.empty()) {
        // The same act twice, in the file or already in the registry: refused, not doubled.
        if (!in_file.insert({a.number, a.adopted_on}).second ||
            repo_.FindByNumber(tx, maslikhat_id, a.number, a.adopted_on)) {
          row.problems.emplace("number", "duplicate");
        }
      }
      if (row.problems.empty()) {
        ++report.created;
        a.created_at = a.updated_at = FormatIsoUtc(now);
        acts.push_back(std::move(a));
      } else {
        ++report.refused;
      }
      report.rows.push_back(std::move(row));
    }
    // A dry run and a file with refused rows change nothing.
    if (dry_run || report.refused > 0) return report;
    size_t next = 0;
    for (auto& row : report.rows) {
      Act& a = acts[next++];
      a.id = row.id = repo_.Insert(tx, a);
      repo_.Reindex(tx, a.id, ActTerms(a));
    }
    audit::Record(tx, actor,
                  {"act.import", "maslikhat", maslikhat_id,
                   "{\"created\":" + std::to_string(report.created) + "}"},
                  now);
    return report;
  });
}

}  // namespace kenes::acts
