#include "platform/crypto/hash_gate.hpp"

#include <algorithm>
#include <thread>

namespace kenes::crypto {

HashGate::Permit::~Permit() {
  if (gate_) gate_->Release();
}

HashGate::HashGate(int slots, int max_waiters)
    : slots_(std::max(1, slots)), max_waiters_(std::max(0, max_waiters)) {}

HashGate& HashGate::Shared() {
  static const int kCores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  static HashGate gate(kCores, kCores / 2);
  return gate;
}

std::optional<HashGate::Permit> HashGate::Acquire(std::chrono::milliseconds wait) {
  std::unique_lock lock(mu_);
  if (in_use_ >= slots_) {
    bool got = false;
    if (waiting_ < max_waiters_) {
      ++waiting_;
      got = cv_.wait_for(lock, wait, [&] { return in_use_ < slots_; });
      --waiting_;
    }
    if (!got) {
      ++refused_;
      return std::nullopt;
    }
  }
  ++in_use_;
  ++admitted_;
  return Permit(this);
}

void HashGate::Release() {
  {
    std::lock_guard lock(mu_);
    --in_use_;
  }
  cv_.notify_one();
}

int HashGate::in_use() const {
  std::lock_guard lock(mu_);
  return in_use_;
}

int64_t HashGate::admitted() const {
  std::lock_guard lock(mu_);
  return admitted_;
}

int64_t HashGate::refused() const {
  std::lock_guard lock(mu_);
  return refused_;
}

}  // namespace kenes::crypto
