#pragma once
// Uploaded files live outside the web root under random names; only the database knows which
// record a name belongs to, so access always goes through a policy check.

#include <optional>
#include <string>
#include <string_view>

namespace kenes::files {

// 32 hex characters, a dot, 2–4 lower-case letters: the form of every name Save returns.
bool IsStoredName(std::string_view name);

class FileStore {
 public:
  explicit FileStore(std::string dir) : dir_(std::move(dir)) {}
  // Writes atomically (temp file + rename); returns the stored name, e.g. "3f9c…e1.jpg".
  std::string Save(std::string_view bytes, std::string_view extension);
  // nullopt for unknown names and for anything that is not a name this store produced.
  std::optional<std::string> Read(const std::string& name) const;

 private:
  std::string dir_;
};

}  // namespace kenes::files
