#include "platform/text/csv.hpp"

#include <utility>

namespace kenes::text {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Excel in a Russian locale writes ";" because "," is the decimal separator; the first record
// decides. Delimiters inside quotes do not count.
char DetectDelimiter(std::string_view input) {
  int commas = 0;
  int semicolons = 0;
  bool quoted = false;
  for (char c : input) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted && c == ',') {
      ++commas;
    } else if (!quoted && c == ';') {
      ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

class Parser {
 public:
  Parser(std::string_view input, char delimiter) : in_(input), delimiter_(delimiter) {}

  CsvParseResult Run() {
    while (!AtEnd()) {
      if (AtLineEnd()) {
        SkipLineEnd();
        continue;
      }
      if (!ParseRecord()) break;
    }
    return std::move(result_);
  }

 private:
  bool AtEnd() const { return pos_ >= in_.size(); }
  bool AtLineEnd() const { return !AtEnd() && (in_[pos_] == '\n' || in_[pos_] == '\r'); }

  // CRLF, LF and a lone CR each end one line.
  void SkipLineEnd() {
    if (in_[pos_] == '\r' && pos_ + 1 < in_.size() && in_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  bool ParseRecord() {
    CsvRecord record;
    record.line = line_;
    while (true) {
      std::string field;
      if (!ParseField(&field)) return false;
      record.fields.push_back(std::move(field));
      if (record.fields.size() > kMaxCsvFields) {
        // Each empty field costs a string; a 200 KB line of commas would cost 100,000 of them.
        result_.error = "too many fields";
        result_.error_line = record.line;
        return false;
      }
      if (AtEnd() || AtLineEnd()) break;
      ++pos_;  // the delimiter
    }
    if (!AtEnd()) SkipLineEnd();
    result_.records.push_back(std::move(record));
    return true;
  }

  // Stops at a delimiter, a line end or the end of input.
  bool ParseField(std::string* field) {
    if (!AtEnd() && in_[pos_] == '"') {
      if (!ParseQuoted(field)) return false;
    }
    // Unquoted text, or stray text after a closing quote: kept literally, as spreadsheets do.
    while (!AtEnd() && !AtLineEnd() && in_[pos_] != delimiter_) field->push_back(in_[pos_++]);
    return true;
  }

  // Embedded line breaks are normalised to "\n" so a CRLF file and an LF file give equal fields.
  bool ParseQuoted(std::string* field) {
    const int start_line = line_;
    ++pos_;
    while (!AtEnd()) {
      const char c = in_[pos_];
      if (c == '"') {
        if (pos_ + 1 < in_.size() && in_[pos_ + 1] == '"') {
          field->push_back('"');
          pos_ += 2;
          continue;
        }
        ++pos_;
        return true;
      }
      if (AtLineEnd()) {
        SkipLineEnd();
        field->push_back('\n');
        continue;
      }
      field->push_back(c);
      ++pos_;
    }
    result_.error = "unterminated quote";
    result_.error_line = start_line;
    return false;
  }

  std::string_view in_;
  char delimiter_;
  size_t pos_ = 0;
  int line_ = 1;
  CsvParseResult result_;
};

bool NeedsQuotes(std::string_view field) {
  if (field.find_first_of(",;\"\r\n") != std::string_view::npos) return true;
  // Leading/trailing spaces survive a round trip either way, but spreadsheets trim them.
  return !field.empty() && (field.front() == ' ' || field.back() == ' ');
}

}  // namespace

CsvParseResult ParseCsv(std::string_view input) {
  if (input.substr(0, kBom.size()) == kBom) input.remove_prefix(kBom.size());
  return Parser(input, DetectDelimiter(input)).Run();
}

std::string CsvSafeCell(std::string cell) {
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) {
    cell.insert(cell.begin(), '\'');
  }
  return cell;
}

// Ends the record with "\n": appending lines then gives a file, and a caller that adds its own
// line end only produces blank lines, which readers (ParseCsv included) skip.
std::string CsvLine(const std::vector<std::string>& fields) {
  // A lone empty field would otherwise be a blank line, which readers skip.
  if (fields.size() == 1 && fields[0].empty()) return "\"\"\n";
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line.push_back(',');
    if (!NeedsQuotes(fields[i])) {
      line += fields[i];
      continue;
    }
    line.push_back('"');
    for (char c : fields[i]) {
      if (c == '"') line.push_back('"');
      line.push_back(c);
    }
    line.push_back('"');
  }
  line.push_back('\n');
  return line;
}

}  // namespace kenes::text
