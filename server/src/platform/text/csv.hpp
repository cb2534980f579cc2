#pragma once
// RFC 4180 CSV reading with the line number of every record, for imports that report bad rows.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::text {

struct CsvRecord {
  int line = 0;  // 1-based line where the record starts in the input
  std::vector<std::string> fields;
};

struct CsvParseResult {
  std::vector<CsvRecord> records;    // includes the header record if present
  std::optional<std::string> error;  // e.g. "unterminated quote"
  int error_line = 0;
};

// A record with more fields than this stops the parse with an error.
inline constexpr size_t kMaxCsvFields = 1000;

// Accepts "," or ";" as the delimiter (detected from the first line), CRLF or LF line ends, a
// UTF-8 BOM, quoted fields with "" escapes and embedded newlines. Blank lines are skipped.
CsvParseResult ParseCsv(std::string_view input);

// A cell a spreadsheet must show as text: one that starts with = + - @ tab or CR would be read as a
// formula (=HYPERLINK(...) in an export is a phishing link), so it gets a leading apostrophe.
std::string CsvSafeCell(std::string cell);

// Writes one record (quotes fields that need it).
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace kenes::text
