#include "platform/http/event_stream.hpp"

#include <utility>

namespace kenes::http {

std::string EventStream::Frame(std::string_view event, std::string_view data) {
  std::string out;
  out.reserve(event.size() + data.size() + 16);
  out.append("event: ").append(event).append("\ndata: ").append(data).append("\n\n");
  return out;
}

bool EventStream::Push(std::string frame) {
  std::unique_lock lock(mu_);
  if (closed_) return false;
  if (queue_.size() >= kMaxQueued) {
    closed_ = true;
    queue_.clear();
  } else {
    queue_.push_back(std::move(frame));
  }
  const bool open = !closed_;
  Wake(lock);
  return open;
}

void EventStream::Close() {
  std::unique_lock lock(mu_);
  if (closed_) return;
  closed_ = true;
  Wake(lock);
}

bool EventStream::closed() const {
  std::lock_guard lock(mu_);
  return closed_;
}

std::vector<std::string> EventStream::Take() {
  std::lock_guard lock(mu_);
  std::vector<std::string> out(std::make_move_iterator(queue_.begin()),
                               std::make_move_iterator(queue_.end()));
  queue_.clear();
  return out;
}

void EventStream::SetWaker(std::function<void()> waker) {
  std::lock_guard lock(mu_);
  waker_ = std::move(waker);
}

void EventStream::Wake(std::unique_lock<std::mutex>& lock) {
  // The waker posts to the connection's executor; it is called outside the lock so that a waker
  // which runs inline cannot deadlock on Take().
  auto waker = waker_;
  lock.unlock();
  if (waker) waker();
}

}  // namespace kenes::http
