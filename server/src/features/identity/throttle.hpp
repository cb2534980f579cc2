#pragma once
// Attempt throttles of identity (sign-in, one-time codes, code e-mails). No I/O: the state of one
// key is a row of `auth_throttles`, read and written under a row lock by the service, so that an
// attempt is counted (in flight) before the costly or guessable step runs, and settled after.

#include <cstdint>
#include <optional>
#include <string>

namespace kenes::identity {

struct ThrottleState {
  int64_t hits = 0;             // attempts counted: settled failures plus attempts in flight
  int64_t window_start_ms = 0;  // fixed rules: start of the current window
  int64_t until_ms = 0;         // no attempt before this
  int64_t updated_ms = 0;       // last change
};

struct ThrottleRule {
  int max = 5;               // attempts before the key is held back
  int64_t window_ms = 0;     // fixed: the window; progressive: quiet time that forgets the count
  bool progressive = false;  // progressive: after `max`, each attempt doubles the delay
  int64_t base_delay_ms = 0;
  int64_t max_delay_ms = 0;
};

// Counts one attempt. Returns the time (epoch ms) before which the key is held back when the
// attempt is refused (state unchanged but for forgetting an expired window), nullopt when counted.
std::optional<int64_t> TakeAttempt(ThrottleState& s, const ThrottleRule& r, int64_t now_ms);

// Gives back one attempt counted by TakeAttempt that turned out not to be a failure.
void GiveBackAttempt(ThrottleState& s, const ThrottleRule& r);

// Seconds for Retry-After (at least 1).
int RetryAfterSeconds(int64_t until_ms, int64_t now_ms);

}  // namespace kenes::identity
