#pragma once
// A filtered appeals list as CSV or XLSX (opens cleanly in LibreOffice and Excel), in kk, ru or en:
// headers and every coded value in words, dates as 07.12.2026 (real date cells in XLSX). Rows carry
// no applicant identity.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "features/appeals/appeal.hpp"

namespace kenes::appeals {

// What the rows refer to by id or key, named in the export's language.
struct ExportNames {
  std::string maslikhat;
  std::map<int64_t, std::string> deputies, commissions;
  std::map<int64_t, int> okrug_numbers;
  std::map<std::string, std::string> categories;
};

// language: kk, ru or en.
std::string ExportCsv(const std::vector<Appeal>& rows, const std::string& language,
                      const ExportNames& names);
// Throws on a libxlsxwriter failure (disk full); the caller answers 500.
std::string ExportXlsx(const std::vector<Appeal>& rows, const std::string& language,
                       const ExportNames& names);

}  // namespace kenes::appeals
