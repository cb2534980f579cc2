#include "support/event_reader.hpp"

#include <poll.h>
#include <unistd.h>

#include <chrono>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace kenes::testing {

EventReader::EventReader(int port, const std::string& path, const std::string& cookie) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ended_ = true;
    return;
  }
  std::string req = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n";
  if (!cookie.empty()) req += "Cookie: " + cookie + "\r\n";
  req += "\r\n";
  if (::send(fd_, req.data(), req.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(req.size())) {
    ended_ = true;
    return;
  }
  while (buffer_.find("\r\n\r\n") == std::string::npos) {
    if (!Fill(5000)) return;
  }
  const size_t end = buffer_.find("\r\n\r\n");
  head_ = buffer_.substr(0, end);
  buffer_.erase(0, end + 4);
  if (head_.size() > 12) status_ = std::stoi(head_.substr(9, 3));
}

EventReader::~EventReader() {
  if (fd_ >= 0) ::close(fd_);
}

bool EventReader::Fill(int timeout_ms) {
  if (ended_) return false;
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, timeout_ms) <= 0) return false;
  char chunk[4096];
  const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
  if (n <= 0) {
    ended_ = true;
    return false;
  }
  buffer_.append(chunk, static_cast<size_t>(n));
  return true;
}

std::optional<EventReader::Frame> EventReader::Next(int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    for (size_t end = buffer_.find("\n\n"); end != std::string::npos; end = buffer_.find("\n\n")) {
      const std::string block = buffer_.substr(0, end);
      buffer_.erase(0, end + 2);
      Frame f;
      size_t pos = 0;
      while (pos < block.size()) {
        size_t nl = block.find('\n', pos);
        if (nl == std::string::npos) nl = block.size();
        const std::string line = block.substr(pos, nl - pos);
        if (line.rfind("event: ", 0) == 0) f.event = line.substr(7);
        if (line.rfind("data: ", 0) == 0) f.data = line.substr(6);
        pos = nl + 1;
      }
      if (!f.event.empty()) return f;  // comments and "retry:" carry no event
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || !Fill(static_cast<int>(left.count()))) return std::nullopt;
  }
}

}  // namespace kenes::testing
