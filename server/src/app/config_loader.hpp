#pragma once

#include <map>
#include <string>

#include "core/config.hpp"
#include "core/error.hpp"

namespace kenes {

// Reads path (if it exists; a missing default file is fine), then KENES_SECTION_KEY environment
// variables, then `overrides` ("http.port" -> "9000"). An invalid value names its key.
Result<Config> LoadConfig(const std::string& path, bool path_required,
                          const std::map<std::string, std::string>& overrides);

}  // namespace kenes
