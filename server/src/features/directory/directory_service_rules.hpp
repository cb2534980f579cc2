#pragma once
// What DirectoryService's files share: applying a patch field, the directory's 422, required text.
// Internal to features/directory.

#include <map>
#include <string>

#include "core/error.hpp"
#include "features/directory/directory_service.hpp"

namespace kenes::directory::service_rules {

template <class T>
void Apply(T& target, const Opt<T>& value) {
  if (value) target = *value;
}

inline Error LinkDenied() {
  Error e = Error::Denied();
  e.message = "only an administrator links an account to a deputy";
  e.fields["user_id"] = "forbidden";
  return e;
}

inline Error Invalid(std::map<std::string, std::string> fields) {
  Error e = Error::Of(ErrorCode::kInvalidArgument, "invalid directory data");
  e.fields = std::move(fields);
  return e;
}

inline void RequireText(std::map<std::string, std::string>& f, const std::string& key,
                        const std::string& value) {
  if (value.empty()) f[key] = "required";
}

}  // namespace kenes::directory::service_rules
