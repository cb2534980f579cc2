#pragma once
// Live events for signed-in people. A use case names the person and the event inside its
// transaction (Note → db::Tx::Notify); once it commits, the database hands the note to every
// node's hub (PostgreSQL LISTEN/NOTIFY; in-process on SQLite), and the hub pushes it to that
// person's open streams on this node. Events say only that something changed and its id: the
// client re-reads through the API, where the policies apply.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "platform/http/event_stream.hpp"

namespace kenes::live {

class EventHub {
 public:
  explicit EventHub(size_t max_streams_per_user = kDefaultStreamsPerUser)
      : max_per_user_(max_streams_per_user) {}

  static constexpr size_t kDefaultStreamsPerUser = 16;

  // The note a transaction sends: `event` is a word, `data` one line of JSON (no personal data:
  // notes may cross the network to other nodes).
  static std::string Note(int64_t user_id, std::string_view event, std::string_view data);
  // The note that ends a person's streams (signed out everywhere, role changed, account gone):
  // `session` is the stream's session key, or empty for all of them.
  static std::string EndNote(int64_t user_id, std::string_view session);
  // What names a session in notes: a prefix of its stored hash (the hash itself stays in the
  // database).
  static std::string SessionKey(std::string_view session_id_hash) {
    return std::string(session_id_hash.substr(0, 16));
  }

  // A new stream for the person; null when they already have the most allowed open.
  std::shared_ptr<http::EventStream> Open(int64_t user_id, std::string session);
  // A committed note (any node's). Malformed notes are ignored.
  void Deliver(std::string_view note);

  size_t open_streams() const;
  int64_t delivered() const;

 private:
  struct Listener {
    std::weak_ptr<http::EventStream> stream;
    std::string session;
  };
  void Prune(std::vector<Listener>& list);

  size_t max_per_user_;
  mutable std::mutex mu_;
  std::unordered_map<int64_t, std::vector<Listener>> by_user_;
  int64_t delivered_ = 0;
};

}  // namespace kenes::live
