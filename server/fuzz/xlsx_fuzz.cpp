// libFuzzer target: the XLSX reader of the act registry's import (platform/text/xlsx_read.cpp):
// zip directory, deflate and the sheet's XML from untrusted bytes. Properties: no crash, no read
// out of bounds (ASan), the limits hold, and a day number converts only to a well-formed date.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "platform/text/xlsx_read.hpp"

namespace {

void Check(bool cond) {
  if (!cond) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const auto sheet = kenes::text::ReadXlsxFirstSheet(in);
  Check(sheet.rows.size() <= kenes::text::kMaxXlsxRows);
  for (const auto& row : sheet.rows) {
    Check(!row.cells.empty() && row.cells.size() <= kenes::text::kMaxXlsxColumns);
    Check(row.line > 0);
  }
  if (auto d = kenes::text::ExcelSerialDate(in.substr(0, 12))) {
    Check(d->size() == 10 && (*d)[4] == '-' && (*d)[7] == '-');
  }
  return 0;
}
