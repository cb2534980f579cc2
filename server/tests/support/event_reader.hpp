#pragma once
// Reads a server-sent-events response over a plain socket (HTTP/1.0, so frames arrive as they
// are, without chunking): what the browser's EventSource does, in a test.

#include <optional>
#include <string>
#include <vector>

namespace kenes::testing {

class EventReader {
 public:
  // GETs `path` with the given Cookie header value ("kenes_session=…"); waits for the headers.
  EventReader(int port, const std::string& path, const std::string& cookie);
  ~EventReader();
  EventReader(const EventReader&) = delete;
  EventReader& operator=(const EventReader&) = delete;

  int status() const { return status_; }
  const std::string& head() const { return head_; }
  // The next "event: NAME" frame's name and data, waiting up to timeout_ms; comments are
  // skipped. nullopt on timeout or when the server ended the stream (see ended()).
  struct Frame {
    std::string event;
    std::string data;
  };
  std::optional<Frame> Next(int timeout_ms);
  bool ended() const { return ended_; }

 private:
  bool Fill(int timeout_ms);

  int fd_ = -1;
  int status_ = 0;
  std::string head_;
  std::string buffer_;
  bool ended_ = false;
};

}  // namespace kenes::testing
