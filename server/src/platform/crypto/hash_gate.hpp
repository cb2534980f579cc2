#pragma once
// A process-wide bound on costly password hashing (argon2id: ~19 MiB and tens of milliseconds
// each). At most `slots` hashes run at once; a few callers (`max_waiters`) may wait a short while
// for a slot, any other is refused at once, so that a crowd of anonymous clients can neither drive
// memory up nor hold the worker threads that signed-in requests need: the caller answers 429
// `resource_exhausted` with Retry-After.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace kenes::crypto {

class HashGate {
 public:
  // Holds a slot; gives it back when destroyed.
  class Permit {
   public:
    Permit(Permit&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Permit& operator=(Permit&&) = delete;
    Permit(const Permit&) = delete;
    ~Permit();

   private:
    friend class HashGate;
    explicit Permit(HashGate* gate) : gate_(gate) {}
    HashGate* gate_;
  };

  HashGate(int slots, int max_waiters);

  // One slot per core (at least one): argon2 with p = 1 keeps one core busy; half as many may wait.
  static HashGate& Shared();

  // A slot within `wait`, or nullopt when every slot stayed taken.
  std::optional<Permit> Acquire(std::chrono::milliseconds wait);

  int slots() const { return slots_; }
  int max_waiters() const { return max_waiters_; }
  int in_use() const;
  int64_t admitted() const;  // slots handed out since start
  int64_t refused() const;   // callers that waited in vain

 private:
  void Release();

  const int slots_;
  const int max_waiters_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  int in_use_ = 0;
  int waiting_ = 0;
  int64_t admitted_ = 0;
  int64_t refused_ = 0;
};

// How long a request waits for a slot before it is refused.
inline constexpr std::chrono::milliseconds kHashWait{50};

}  // namespace kenes::crypto
