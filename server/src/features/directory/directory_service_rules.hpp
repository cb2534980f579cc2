#pragma once
// What DirectoryService's files share: applying a patch field, the directory's 422, required text.
// Internal to features/directory.

#include <map>
#include <string>

#include "core/error.hpp"
#include "core/personal_ids.hpp"
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

// The operator of personal data: a BIN, when given, is 12 digits with a valid check digit; a name
// in either language needs a BIN, since the consent text names both or neither.
inline void CheckOperator(std::map<std::string, std::string>& f, const Maslikhat& m) {
  if (!m.bin.empty() && !IsValidBin(m.bin)) {
    f["bin"] = m.bin.size() == 12 && m.bin.find_first_not_of("0123456789") == std::string::npos
                   ? "invalid_checksum"
                   : "invalid_format";
  }
  const bool named = !m.operator_name_kk.empty() || !m.operator_name_ru.empty();
  if (named && m.bin.empty()) f["bin"] = "required";
  if (!m.bin.empty() && m.operator_name_kk.empty()) f["operator_name_kk"] = "required";
  if (!m.bin.empty() && m.operator_name_ru.empty()) f["operator_name_ru"] = "required";
}

}  // namespace kenes::directory::service_rules
