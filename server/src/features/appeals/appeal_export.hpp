#pragma once
// A filtered appeals list as CSV or XLSX (opens cleanly in LibreOffice and Excel). Rows carry no
// applicant identity.

#include <string>
#include <vector>

#include "features/appeals/appeal.hpp"

namespace kenes::appeals {

std::string ExportCsv(const std::vector<Appeal>& rows);
// Throws on a libxlsxwriter failure (disk full); the caller answers 500.
std::string ExportXlsx(const std::vector<Appeal>& rows);

}  // namespace kenes::appeals
