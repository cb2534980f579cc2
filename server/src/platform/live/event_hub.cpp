#include "platform/live/event_hub.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

namespace kenes::live {
namespace {

// A note is "<user id> <event> <data>"; the end note's event is "end" with the session as data.
constexpr std::string_view kEnd = "end";

bool IsWord(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

}  // namespace

std::string EventHub::Note(int64_t user_id, std::string_view event, std::string_view data) {
  std::string out = std::to_string(user_id);
  out.append(" ").append(event).append(" ").append(data);
  return out;
}

std::string EventHub::EndNote(int64_t user_id, std::string_view session) {
  return Note(user_id, kEnd, session);
}

std::shared_ptr<http::EventStream> EventHub::Open(int64_t user_id, std::string session) {
  std::lock_guard lock(mu_);
  auto& list = by_user_[user_id];
  Prune(list);
  if (list.size() >= max_per_user_) return nullptr;
  auto stream = std::make_shared<http::EventStream>();
  list.push_back({stream, std::move(session)});
  return stream;
}

void EventHub::Deliver(std::string_view note) {
  const size_t first = note.find(' ');
  if (first == std::string_view::npos) return;
  const size_t second = note.find(' ', first + 1);
  if (second == std::string_view::npos) return;
  int64_t user_id = 0;
  auto [end, ec] = std::from_chars(note.data(), note.data() + first, user_id);
  if (ec != std::errc() || end != note.data() + first) return;
  const std::string_view event = note.substr(first + 1, second - first - 1);
  const std::string_view data = note.substr(second + 1);
  if (!IsWord(event) || data.find('\n') != std::string_view::npos) return;

  std::vector<std::shared_ptr<http::EventStream>> targets;
  {
    std::lock_guard lock(mu_);
    auto it = by_user_.find(user_id);
    if (it == by_user_.end()) return;
    Prune(it->second);
    for (const auto& l : it->second) {
      if (event == kEnd && !data.empty() && l.session != data) continue;
      if (auto s = l.stream.lock()) targets.push_back(std::move(s));
    }
    if (it->second.empty()) by_user_.erase(it);
  }
  // Pushed outside the lock: a push wakes a connection, which must not wait for the hub.
  if (event == kEnd) {
    for (auto& s : targets) s->Close();
    return;
  }
  const std::string frame = http::EventStream::Frame(event, data);
  int64_t n = 0;
  for (auto& s : targets) n += s->Push(frame) ? 1 : 0;
  std::lock_guard lock(mu_);
  delivered_ += n;
}

size_t EventHub::open_streams() const {
  std::lock_guard lock(mu_);
  size_t n = 0;
  for (const auto& [user, list] : by_user_) {
    for (const auto& l : list) {
      auto s = l.stream.lock();
      n += s && !s->closed() ? 1 : 0;
    }
  }
  return n;
}

int64_t EventHub::delivered() const {
  std::lock_guard lock(mu_);
  return delivered_;
}

void EventHub::Prune(std::vector<Listener>& list) {
  std::erase_if(list, [](const Listener& l) {
    auto s = l.stream.lock();
    return !s || s->closed();
  });
}

}  // namespace kenes::live
