#pragma once
// Shared by the ReceptionService source files: the error shapes and the hosts' names (internal).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/reception/reception_service.hpp"

namespace kenes::reception {

inline Error Invalid(const std::vector<std::pair<std::string, std::string>>& problems) {
  std::map<std::string, std::string> fields;
  for (const auto& [k, v] : problems) fields.emplace(k, v);
  return Error::InvalidFields(std::move(fields));
}

inline Error Conflict(const std::string& field, const std::string& reason) {
  Error e = Error::Of(ErrorCode::kConflict, reason);
  e.fields.emplace(field, reason);
  return e;
}

// Deputies' names come from the directory, read outside the use case's transaction.
inline void NameHosts(directory::DirectoryService& directory, std::vector<SessionView>& views) {
  std::map<int64_t, std::optional<directory::Deputy>> seen;
  for (auto& v : views) {
    if (!v.session.deputy_id) continue;
    auto [it, fresh] = seen.try_emplace(*v.session.deputy_id);
    if (fresh) it->second = directory.PublishedDeputy(*v.session.deputy_id);
    if (it->second) {
      v.host_name_kk = it->second->full_name_kk;
      v.host_name_ru = it->second->full_name_ru;
    }
  }
}

inline void NameHost(directory::DirectoryService& directory, SessionView& view) {
  std::vector<SessionView> one{std::move(view)};
  NameHosts(directory, one);
  view = std::move(one.front());
}

}  // namespace kenes::reception
