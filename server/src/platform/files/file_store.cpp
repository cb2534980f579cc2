#include "platform/files/file_store.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/crypto/crypto.hpp"

namespace kenes::files {

bool IsStoredName(std::string_view name) {
  // 32 hex characters, a dot, 2-4 lower-case letters: nothing else can be a path.
  if (name.size() < 35 || name.size() > 37 || name[32] != '.') return false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool ok = i < 32 ? ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
                     : (i == 32 || (c >= 'a' && c <= 'z'));
    if (!ok) return false;
  }
  return true;
}

std::string FileStore::Save(std::string_view bytes, std::string_view extension) {
  std::filesystem::create_directories(dir_);
  std::string name = crypto::RandomToken(16) + "." + std::string(extension);
  auto final_path = std::filesystem::path(dir_) / name;
  auto tmp = std::filesystem::path(dir_) / (name + ".tmp");
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) throw std::runtime_error("file store: write failed");
  }
  std::filesystem::rename(tmp, final_path);
  return name;
}

std::optional<std::string> FileStore::Read(const std::string& name) const {
  if (!IsStoredName(name)) return std::nullopt;
  std::ifstream in(std::filesystem::path(dir_) / name, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace kenes::files
