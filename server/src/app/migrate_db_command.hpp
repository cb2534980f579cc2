#pragma once
// `kenes migrate-db`: runs db::MigrateDb and prints, per table, the rows and both digests.

#include <string>

namespace kenes {

// Returns the process exit code: 0 copied and verified, 1 refused or failed (message on stderr).
int RunMigrateDb(const std::string& from_url, const std::string& to_url);

}  // namespace kenes
