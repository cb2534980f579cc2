#pragma once
// Reference data for `kenes seed --demo`, compiled in from server/seed/
// (cmake/embed_seed_data.cmake).

#include <string>
#include <vector>

namespace kenes {

struct SeedFile {
  std::string name;  // e.g. "calendar_kz_2026.csv"
  std::string text;
};

const std::vector<SeedFile>& EmbeddedSeedFiles();

}  // namespace kenes
