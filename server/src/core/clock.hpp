#pragma once
// Time is injected: services ask a Clock, tests use FakeClock.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace kenes {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual int64_t NowMs() const = 0;  // UTC epoch milliseconds
};

class SystemClock final : public Clock {
 public:
  int64_t NowMs() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

class FakeClock final : public Clock {
 public:
  explicit FakeClock(int64_t start_ms) : now_(start_ms) {}
  int64_t NowMs() const override { return now_.load(); }
  void Advance(int64_t ms) { now_ += ms; }
  void Set(int64_t ms) { now_ = ms; }

 private:
  std::atomic<int64_t> now_;
};

// "2026-11-28T05:54:53.123Z": sortable as text, identical on both databases.
std::string FormatIsoUtc(int64_t epoch_ms);

}  // namespace kenes
