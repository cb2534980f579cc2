#include "app/shipped_calendars.hpp"

#include <cstdio>

#include "app/seed_data.hpp"
#include "features/calendar/calendar_service.hpp"

namespace kenes {

Result<std::vector<int>> LoadShippedCalendars(db::Database& db, const Clock& clock) {
  std::vector<int> loaded;
  for (const auto& file : EmbeddedSeedFiles()) {
    int year = 0;
    if (std::sscanf(file.name.c_str(), "calendar_kz_%d.csv", &year) != 1) continue;
    auto r = calendar::LoadShippedYear(db, clock, year, file.text);
    if (!r.ok()) {
      Error e = r.error();
      e.message = file.name + ": " + e.message;
      return e;
    }
    if (*r) loaded.push_back(year);
  }
  return loaded;
}

}  // namespace kenes
