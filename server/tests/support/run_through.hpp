#pragma once
// Runs an outside tool (pdftotext, python3 with icalendar, …) over bytes the server answered.

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace kenes::testing {

// A temporary file holding `bytes`; the caller removes it.
inline std::string TempFile(const std::string& bytes) {
  char path[] = "/tmp/kenes-test-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  close(fd);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// The stdout of `command`.
inline std::string Stdout(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    size_t n = 0;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

// Runs `command` with {} replaced by a temporary file holding `bytes`; returns its stdout.
inline std::string Through(const std::string& command, const std::string& bytes) {
  const std::string path = TempFile(bytes);
  if (path.empty()) return "";
  std::string cmd = command;
  cmd.replace(cmd.find("{}"), 2, path);
  std::string out = Stdout(cmd);
  std::remove(path.c_str());
  return out;
}

}  // namespace kenes::testing
