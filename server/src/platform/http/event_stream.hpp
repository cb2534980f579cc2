#pragma once
// A server-sent-events stream (text/event-stream) as the features and the server core see it:
// producers on any thread queue frames, the connection that owns the stream writes them. No Beast
// here; platform/http/server.cpp does the writing.

#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::http {

class EventStream {
 public:
  // A listener that falls this far behind (a stalled phone) is dropped rather than let its queue
  // grow without bound; it reconnects and re-reads what it missed.
  static constexpr size_t kMaxQueued = 256;

  // One frame: "event: NAME\ndata: DATA\n\n". DATA must be one line (JSON is).
  static std::string Frame(std::string_view event, std::string_view data);

  // Any thread. False when the stream is closed (the listener left, or was too slow).
  bool Push(std::string frame);
  // Any thread: the connection writes what is queued, then ends the response.
  void Close();
  bool closed() const;

  // The connection's side: everything queued so far, in order.
  std::vector<std::string> Take();
  // The connection is told (on any thread) when a frame arrives or the stream closes.
  void SetWaker(std::function<void()> waker);

 private:
  void Wake(std::unique_lock<std::mutex>& lock);

  mutable std::mutex mu_;
  std::deque<std::string> queue_;
  std::function<void()> waker_;
  bool closed_ = false;
};

}  // namespace kenes::http
