// libFuzzer target: the RFC 4180 reader used by every CSV import (platform/text/csv.cpp) and the
// writer used by the exports. Property: a record the reader returns, written by CsvLine, reads
// back as exactly that record.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/text/csv.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto parsed = kenes::text::ParseCsv(in);
  int last_line = 0;
  for (const auto& record : parsed.records) {
    Check(record.line > last_line);
    Check(!record.fields.empty());
    last_line = record.line;
    // A first field that starts with a byte-order mark loses it when read again, as it should.
    if (record.fields[0].rfind("\xEF\xBB\xBF", 0) == 0) continue;
    auto again = kenes::text::ParseCsv(kenes::text::CsvLine(record.fields));
    Check(!again.error);
    Check(again.records.size() == 1);
    Check(again.records[0].fields == record.fields);
  }
  if (parsed.error) Check(parsed.error_line >= 1);
  return 0;
}
