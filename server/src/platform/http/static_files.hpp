#pragma once
// Serves the built web app: MIME types, long caching for hashed assets, index.html for client
// routes, and no way out of the web root.

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "platform/http/compress.hpp"
#include "platform/http/http.hpp"

namespace kenes::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root);

  // Answers GET/HEAD for a decoded path; nullopt when the path is not the web app's. The build
  // writes `x.br` and `x.gz` beside an asset: the best one the client accepts is sent, with
  // Content-Encoding and Vary: Accept-Encoding; the original otherwise.
  std::optional<Response> Serve(const std::string& path, AcceptedEncodings accepted = {}) const;

  static std::string MimeType(const std::string& path);

 private:
  struct File {
    std::string body;
    std::string br;  // precompressed variants, empty when the build wrote none
    std::string gz;
    std::string mime;
    std::filesystem::file_time_type mtime;
    uintmax_t size = 0;
  };
  std::shared_ptr<const File> Load(const std::string& relative) const;

  std::string root_;
  mutable std::mutex mu_;
  // Files are re-read when their size or time changes: a rebuilt web/dist must not leave a running
  // server pointing index.html at assets that no longer exist.
  static constexpr size_t kMaxCachedFiles = 2000;
  mutable std::map<std::string, std::shared_ptr<const File>> cache_;  // existing files only
};

}  // namespace kenes::http
