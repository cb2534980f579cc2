#include "features/directory/directory_import.hpp"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/personal_ids.hpp"
#include "features/directory/address.hpp"
#include "features/directory/directory_policy.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/http/http.hpp"
#include "platform/text/csv.hpp"

namespace kenes::directory {
namespace {

constexpr int kMaxRows = 100000;
constexpr size_t kMaxField = 300;

const std::vector<std::string> kCoverageColumns = {"okrug_number", "settlement_ru", "settlement_kk",
                                                   "street_ru",    "street_kk",     "houses"};
const std::vector<std::string> kDeputyColumns = {"full_name_ru", "full_name_kk", "mandate_type",
                                                 "okrug_number", "party_ru",     "party_kk",
                                                 "email",        "phone"};

// Maps a header to column positions; reports missing or unknown columns on line 1.
struct Table {
  std::map<std::string, size_t> index;
  std::vector<text::CsvRecord> rows;
  const std::string& Get(const text::CsvRecord& r, const std::string& col) const {
    static const std::string kEmpty;
    auto it = index.find(col);
    return it == index.end() || it->second >= r.fields.size() ? kEmpty : r.fields[it->second];
  }
};

bool ReadTable(const std::string& csv, const std::vector<std::string>& columns, Table* table,
               ImportReport* report) {
  if (!http::IsValidUtf8(csv)) {
    report->errors.push_back({1, "file", "invalid_utf8"});
    return false;
  }
  auto parsed = text::ParseCsv(csv);
  if (parsed.error) {
    report->errors.push_back({parsed.error_line, "file", "invalid"});
    return false;
  }
  if (parsed.records.empty()) {
    report->errors.push_back({1, "file", "required"});
    return false;
  }
  const auto& header = parsed.records.front();
  // One error for a header far wider than the table, not one per column (a 200 KB header of
  // unknown names made a 5 MB answer).
  if (header.fields.size() > 2 * columns.size()) {
    report->errors.push_back({header.line, "file", "too_many_columns"});
    return false;
  }
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = header.fields[i];
    if (name.size() > 64) name = "column " + std::to_string(i + 1);
    bool known = false;
    for (const auto& c : columns) known |= c == name;
    if (!known) report->errors.push_back({header.line, name, "unknown_column"});
    table->index[name] = i;
  }
  for (const auto& c : columns) {
    if (!table->index.count(c)) report->errors.push_back({header.line, c, "required"});
  }
  if (!report->errors.empty()) return false;
  table->rows.assign(parsed.records.begin() + 1, parsed.records.end());
  if (static_cast<int>(table->rows.size()) > kMaxRows) {
    report->errors.push_back({1, "file", "too_long"});
    return false;
  }
  report->rows = static_cast<int>(table->rows.size());
  for (const auto& r : table->rows) {
    if (r.fields.size() != header.fields.size()) {
      report->errors.push_back({r.line, "row", "wrong_column_count"});
    }
    for (size_t i = 0; i < r.fields.size(); ++i) {
      if (r.fields[i].size() > kMaxField && i < header.fields.size()) {
        report->errors.push_back({r.line, header.fields[i], "too_long"});
      }
    }
  }
  return true;
}

std::optional<int> ParseNumber(const std::string& s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

Status RequireEditor(const Actor& actor, int64_t maslikhat_id) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  if (!DirectoryPolicy::CanEdit(actor, maslikhat_id)) return Error::NotFound();
  return Ok();
}

}  // namespace

Result<ImportReport> DirectoryImport::Coverage(const Actor& actor, int64_t maslikhat_id,
                                               const std::string& csv, bool dry_run) {
  if (auto s = RequireEditor(actor, maslikhat_id); !s.ok()) return s.error();
  ImportReport report;
  report.dry_run = dry_run;
  Table table;
  bool readable = ReadTable(csv, kCoverageColumns, &table, &report);
  return db_.Write([&](db::Tx& tx) -> Result<ImportReport> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    if (!readable) return report;
    struct Pending {
      CoverageRow row;
      CoverageKeys keys;
    };
    std::vector<Pending> pending;
    std::set<std::string> seen;
    std::map<int, std::optional<int64_t>> okrug_ids;
    for (const auto& r : table.rows) {
      size_t before = report.errors.size();
      CoverageRow row;
      row.settlement_ru = table.Get(r, "settlement_ru");
      row.settlement_kk = table.Get(r, "settlement_kk");
      row.street_ru = table.Get(r, "street_ru");
      row.street_kk = table.Get(r, "street_kk");
      auto number = ParseNumber(table.Get(r, "okrug_number"));
      if (!number) {
        report.errors.push_back({r.line, "okrug_number",
                                 table.Get(r, "okrug_number").empty() ? "required" : "invalid"});
      } else {
        if (!okrug_ids.count(*number)) {
          auto o = repo_.FindOkrugByNumber(tx, maslikhat_id, *number);
          okrug_ids[*number] = o ? std::optional<int64_t>(o->id) : std::nullopt;
        }
        if (!okrug_ids[*number])
          report.errors.push_back({r.line, "okrug_number", "unknown_okrug"});
        else
          row.okrug_id = *okrug_ids[*number];
      }
      if (row.settlement_ru.empty() && row.settlement_kk.empty()) {
        report.errors.push_back({r.line, "settlement_ru", "required"});
      }
      auto range = ParseRange(table.Get(r, "houses"));
      if (!range) report.errors.push_back({r.line, "houses", "invalid_range"});
      if (report.errors.size() != before) continue;
      if (row.settlement_kk.empty()) row.settlement_kk = row.settlement_ru;
      if (row.settlement_ru.empty()) row.settlement_ru = row.settlement_kk;
      if (row.street_kk.empty()) row.street_kk = row.street_ru;
      if (row.street_ru.empty()) row.street_ru = row.street_kk;
      row.houses = FormatRange(*range);
      CoverageKeys keys{NameKey(row.settlement_kk), NameKey(row.settlement_ru),
                        NameKey(row.street_kk), NameKey(row.street_ru)};
      std::string dedup = std::to_string(row.okrug_id) + "|" + keys.settlement_ru + "|" +
                          keys.street_ru + "|" + row.houses;
      if (!seen.insert(dedup).second) {
        report.errors.push_back({r.line, "row", "duplicate"});
        continue;
      }
      pending.push_back({row, keys});
    }
    if (!report.errors.empty() || dry_run) return report;
    for (const auto& p : pending) repo_.AddCoverage(tx, p.row, p.keys);
    report.imported = static_cast<int>(pending.size());
    nlohmann::json details = {{"rows", report.imported}};
    audit::Record(tx, actor,
                  {"directory.coverage_imported", "maslikhat", maslikhat_id, details.dump()},
                  clock_.NowMs());
    return report;
  });
}

Result<ImportReport> DirectoryImport::Deputies(const Actor& actor, int64_t maslikhat_id,
                                               const std::string& csv, bool dry_run) {
  if (auto s = RequireEditor(actor, maslikhat_id); !s.ok()) return s.error();
  ImportReport report;
  report.dry_run = dry_run;
  Table table;
  bool readable = ReadTable(csv, kDeputyColumns, &table, &report);
  const std::string now = FormatIsoUtc(clock_.NowMs());
  return db_.Write([&](db::Tx& tx) -> Result<ImportReport> {
    if (!repo_.FindMaslikhat(tx, maslikhat_id)) return Error::NotFound();
    if (!readable) return report;
    std::vector<Deputy> pending;
    std::set<std::string> seen;
    for (const auto& d : repo_.DeputiesOfMaslikhat(tx, maslikhat_id))
      seen.insert(NameKey(d.full_name_ru));
    for (const auto& r : table.rows) {
      size_t before = report.errors.size();
      Deputy d;
      d.maslikhat_id = maslikhat_id;
      d.full_name_ru = table.Get(r, "full_name_ru");
      d.full_name_kk = table.Get(r, "full_name_kk");
      d.mandate_type = table.Get(r, "mandate_type");
      d.party_ru = table.Get(r, "party_ru");
      d.party_kk = table.Get(r, "party_kk");
      d.email = table.Get(r, "email");
      d.phone = table.Get(r, "phone");
      d.updated_at = now;
      if (d.full_name_ru.empty()) report.errors.push_back({r.line, "full_name_ru", "required"});
      if (d.full_name_kk.empty()) report.errors.push_back({r.line, "full_name_kk", "required"});
      if (!IsMandateType(d.mandate_type))
        report.errors.push_back(
            {r.line, "mandate_type", d.mandate_type.empty() ? "required" : "invalid"});
      const std::string& okrug_text = table.Get(r, "okrug_number");
      if (d.mandate_type == "single_mandate") {
        auto number = ParseNumber(okrug_text);
        auto o = number ? repo_.FindOkrugByNumber(tx, maslikhat_id, *number) : std::nullopt;
        if (okrug_text.empty())
          report.errors.push_back({r.line, "okrug_number", "required"});
        else if (!o)
          report.errors.push_back({r.line, "okrug_number", "unknown_okrug"});
        else
          d.okrug_id = o->id;
      } else if (d.mandate_type == "party_list" && !okrug_text.empty()) {
        report.errors.push_back({r.line, "okrug_number", "invalid"});
      }
      if (!d.email.empty() && !NormalizeEmail(d.email)) {
        report.errors.push_back({r.line, "email", "invalid_email"});
      }
      if (!d.phone.empty()) {
        auto phone = NormalizePhone(d.phone);
        if (!phone)
          report.errors.push_back({r.line, "phone", "invalid_phone"});
        else
          d.phone = *phone;
      }
      if (report.errors.size() != before) continue;
      if (!seen.insert(NameKey(d.full_name_ru)).second) {
        report.errors.push_back({r.line, "full_name_ru", "duplicate"});
        continue;
      }
      pending.push_back(d);
    }
    if (!report.errors.empty() || dry_run) return report;
    for (const auto& d : pending) repo_.CreateDeputy(tx, d, DeputyNameKey(d));
    report.imported = static_cast<int>(pending.size());
    nlohmann::json details = {{"rows", report.imported}};
    audit::Record(tx, actor,
                  {"directory.deputies_imported", "maslikhat", maslikhat_id, details.dump()},
                  clock_.NowMs());
    return report;
  });
}

}  // namespace kenes::directory
