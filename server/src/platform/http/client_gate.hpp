#pragma once
// Admission by client address: at most `per_client` requests of one address in flight, and at most
// `total` of all. Checked before the work starts, so a flood is answered at once (429) instead of
// queueing in front of everyone else. Memory is bounded by what is in flight: an address leaves
// the table when its last request ends.

#include <mutex>
#include <string>
#include <unordered_map>

namespace kenes::http {

class ClientGate {
 public:
  ClientGate(int per_client, int total) : per_client_(per_client), total_(total) {}

  // Releases the place on destruction; `admitted()` tells whether the request may run.
  class Pass {
   public:
    Pass() = default;
    Pass(ClientGate* gate, std::string key) : gate_(gate), key_(std::move(key)) {}
    Pass(Pass&& o) noexcept : gate_(o.gate_), key_(std::move(o.key_)) { o.gate_ = nullptr; }
    Pass& operator=(Pass&& o) noexcept {
      if (this != &o) {
        if (gate_) gate_->Leave(key_);
        gate_ = o.gate_;
        key_ = std::move(o.key_);
        o.gate_ = nullptr;
      }
      return *this;
    }
    ~Pass() {
      if (gate_) gate_->Leave(key_);
    }
    bool admitted() const { return gate_ != nullptr; }

   private:
    ClientGate* gate_ = nullptr;
    std::string key_;
  };

  Pass Enter(const std::string& client);
  int in_flight() const;
  int rejected() const;

 private:
  void Leave(const std::string& client);

  const int per_client_;
  const int total_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, int> by_client_;
  int in_flight_ = 0;
  int rejected_ = 0;
};

}  // namespace kenes::http
