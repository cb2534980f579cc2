#include "features/identity/throttle.hpp"

#include <algorithm>

namespace kenes::identity {
namespace {

int64_t DelayFor(const ThrottleRule& r, int64_t hits) {
  // hits == max: the base delay; each further failure doubles it, up to the cap.
  int64_t delay = r.base_delay_ms;
  for (int64_t i = r.max; i < hits && delay < r.max_delay_ms; ++i) delay *= 2;
  return std::min(delay, r.max_delay_ms);
}

}  // namespace

std::optional<int64_t> TakeAttempt(ThrottleState& s, const ThrottleRule& r, int64_t now_ms) {
  if (r.progressive) {
    if (s.updated_ms + r.window_ms <= now_ms && s.until_ms <= now_ms) s = ThrottleState{};
    if (now_ms < s.until_ms) return s.until_ms;
    ++s.hits;
    if (s.hits >= r.max) s.until_ms = now_ms + DelayFor(r, s.hits);
  } else {
    if (s.window_start_ms + r.window_ms <= now_ms) s = ThrottleState{0, now_ms, 0, now_ms};
    if (s.hits >= r.max) return s.window_start_ms + r.window_ms;
    ++s.hits;
    if (s.hits >= r.max) s.until_ms = s.window_start_ms + r.window_ms;
  }
  s.updated_ms = now_ms;
  return std::nullopt;
}

void GiveBackAttempt(ThrottleState& s, const ThrottleRule& r) {
  if (s.hits > 0) --s.hits;
  if (s.hits < r.max) s.until_ms = 0;
}

int RetryAfterSeconds(int64_t until_ms, int64_t now_ms) {
  const int64_t wait = until_ms - now_ms;
  return static_cast<int>(std::max<int64_t>(1, (wait + 999) / 1000));
}

}  // namespace kenes::identity
