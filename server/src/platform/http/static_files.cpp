#include "platform/http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kenes::http {
namespace fs = std::filesystem;

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {}

std::string StaticFiles::MimeType(const std::string& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
  };
  auto ext = fs::path(path).extension().string();
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::shared_ptr<const StaticFiles::File> StaticFiles::Load(const std::string& relative) const {
  fs::path full = fs::path(root_) / relative;
  std::error_code ec;
  bool exists = fs::is_regular_file(full, ec);
  auto mtime = exists ? fs::last_write_time(full, ec) : fs::file_time_type();
  auto size = exists ? fs::file_size(full, ec) : 0;
  std::lock_guard lock(mu_);
  auto it = cache_.find(relative);
  bool fresh =
      it != cache_.end() &&
      (it->second ? exists && it->second->mtime == mtime && it->second->size == size : !exists);
  if (!fresh) {
    if (!exists) {
      // Misses are not remembered: every unique missing path would otherwise stay in memory.
      if (it != cache_.end()) cache_.erase(it);
      return nullptr;
    }
    std::shared_ptr<const File> file;
    // Symlinks could still point outside: compare canonical paths.
    auto canon_root = fs::weakly_canonical(root_, ec);
    auto canon = fs::weakly_canonical(full, ec);
    auto rel = canon.lexically_relative(canon_root);
    if (!ec && !rel.empty() && *rel.begin() != "..") {
      auto read = [](const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
      };
      auto variant = [&](const char* ext) {
        fs::path v = full;
        v += ext;
        std::error_code vec;
        return fs::is_regular_file(v, vec) ? read(v) : std::string();
      };
      file = std::make_shared<const File>(
          File{read(full), variant(".br"), variant(".gz"), MimeType(relative), mtime, size});
    }
    if (!file) return nullptr;
    // The web app is a few hundred files; a tree far larger than that is served but not kept.
    if (it == cache_.end() && cache_.size() >= kMaxCachedFiles) return file;
    it = cache_.insert_or_assign(relative, std::move(file)).first;
  }
  return it->second;
}

std::optional<Response> StaticFiles::Serve(const std::string& path,
                                           AcceptedEncodings accepted) const {
  if (path.empty() || path[0] != '/') return std::nullopt;
  std::string relative = path.substr(1);
  // Reject traversal and hidden files outright; the canonical check in Load is the second guard.
  for (size_t start = 0; start <= relative.size();) {
    size_t slash = relative.find('/', start);
    if (slash == std::string::npos) slash = relative.size();
    std::string seg = relative.substr(start, slash - start);
    if (seg == ".." || seg == "." || (!seg.empty() && seg[0] == '.') ||
        seg.find('\\') != std::string::npos || seg.find('\0') != std::string::npos) {
      return Response{404, {{"Content-Type", "text/plain; charset=utf-8"}}, "not found", false};
    }
    start = slash + 1;
  }
  bool is_index = relative.empty() || relative == "index.html";
  std::shared_ptr<const File> file = is_index ? nullptr : Load(relative);
  if (!file) {
    // A client route (no extension) gets the app; a missing asset is a real 404.
    if (!is_index && fs::path(relative).has_extension()) {
      return Response{404, {{"Content-Type", "text/plain; charset=utf-8"}}, "not found", false};
    }
    file = Load("index.html");
    if (!file) return std::nullopt;
    is_index = true;
  }
  Response res;
  res.status = 200;
  res.SetHeader("Content-Type", file->mime);
  if (!is_index && relative.rfind("assets/", 0) == 0) {
    res.SetHeader("Cache-Control", "public, max-age=31536000, immutable");  // names carry hashes
  } else {
    res.SetHeader("Cache-Control", "no-cache");
  }
  if (!file->br.empty() || !file->gz.empty()) res.SetHeader("Vary", "Accept-Encoding");
  if (accepted.br && !file->br.empty()) {
    res.SetHeader("Content-Encoding", "br");
    res.body = file->br;
  } else if (accepted.gzip && !file->gz.empty()) {
    res.SetHeader("Content-Encoding", "gzip");
    res.body = file->gz;
  } else {
    res.body = file->body;
  }
  return res;
}

}  // namespace kenes::http
