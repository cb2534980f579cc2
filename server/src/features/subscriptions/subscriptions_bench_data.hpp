#pragma once
// `kenes bench-data digest --count N`: the demo plus N people who follow the demo city maslikhat
// with the daily digest, each with the maslikhat's published posts waiting for them (reached by the
// real fan-out), and the digest job due now, so that `kenes serve` starts the run at once. For the
// digest benchmark (tools/digest_bench.py): N mails to the SMTP sink.

#include <cstdint>
#include <functional>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/subscriptions/subscriptions_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::subscriptions {

struct BenchFollowers {
  int people = 0;
  int64_t waiting = 0;  // digest items waiting, over everybody
};

// Makes the i-th person (from 0) with an e-mail address in the transaction; returns their id.
using NewPerson = std::function<int64_t(db::Tx& tx, int i)>;

// People are written in transactions of 1,000; the demo's queued fan-outs then reach them.
Result<BenchFollowers> GenerateBenchFollowers(db::Database& db, const Clock& clock,
                                              SubscriptionService& service, int64_t maslikhat_id,
                                              int count, const NewPerson& new_person);

}  // namespace kenes::subscriptions
