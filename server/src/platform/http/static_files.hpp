#pragma once
// Serves the built web app: MIME types, long caching for hashed assets, index.html for client
// routes, and no way out of the web root.

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "platform/http/http.hpp"

namespace kenes::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root);

  // Answers GET/HEAD for a decoded path; nullopt when the path is not the web app's.
  std::optional<Response> Serve(const std::string& path) const;

  static std::string MimeType(const std::string& path);

 private:
  struct File {
    std::string body;
    std::string mime;
  };
  const File* Load(const std::string& relative) const;

  std::string root_;
  mutable std::mutex mu_;
  mutable std::map<std::string, std::optional<File>> cache_;  // dist is immutable once built
};

}  // namespace kenes::http
