// Identity under hostile clients (issue 8, findings 2, 4, 5, 10): each test sends the hostile
// requests, then proves that the server still answers and that nothing changed that should not.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <regex>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "platform/crypto/hash_gate.hpp"
#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

using nlohmann::json;

// A client connecting from its own loopback address (127.x.y.z), so that the server sees distinct
// client addresses in Actor::ip; keeps its cookies and sends the CSRF token like the web app.
class Peer : public Client {
 public:
  Peer(int port, const std::string& ip) : Client(port, ip) { PrimeCsrf(); }
  HttpResult Login(const std::string& login, const std::string& password) {
    return Post("/api/v1/auth/login", {{"login", login}, {"password", password}});
  }
};

std::string Address(int n) {  // 127.0.<n/250+1>.<n%250+1>: never 127.0.0.1 (the plain Client)
  return "127.0." + std::to_string(n / 250 + 1) + "." + std::to_string(n % 250 + 1);
}

int RetryAfter(const HttpResult& r) {
  auto it = r.headers.find("retry-after");
  return it == r.headers.end() ? 0 : std::stoi(it->second);
}

int64_t RssKiB() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stoll(line.substr(6));
  }
  return 0;
}

// Runs fn(i) for i in [0, n) on n threads started together.
template <class F>
void InParallel(int n, F&& fn) {
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      while (!go.load()) std::this_thread::yield();
      fn(i);
    });
  }
  go = true;
  for (auto& t : threads) t.join();
}

class IdentityAbuse : public ::testing::Test {
 protected:
  static constexpr int64_t kMinute = 60'000;

  Peer From(int n) { return Peer(app_.port(), Address(n)); }
  int MailsTo(const std::string& to, const std::string& subject_part) {
    app_.RunJobs();
    int n = 0;
    for (const auto& m : app_.mailer().Sent()) {
      n += m.to == to && m.subject.find(subject_part) != std::string::npos;
    }
    return n;
  }
  std::string UnlockTokenFor(const std::string& to) {
    app_.RunJobs();
    static const std::regex kToken("/unlock\\?token=([0-9a-f]{64})");
    std::string token;
    for (const auto& m : app_.mailer().Sent()) {
      std::smatch match;
      if (m.to == to && std::regex_search(m.body, match, kToken)) token = match[1];
    }
    return token;
  }
  void ExpectServerAnswers() {
    auto c = app_.NewClient();
    EXPECT_EQ(c.Get("/healthz").status, 200);
  }

  TestApp app_;
};

TEST_F(IdentityAbuse, HashGateAdmitsAtMostItsSlotsAndRefusesAfterTheWait) {
  crypto::HashGate gate(2, 1);
  auto a = gate.Acquire(std::chrono::milliseconds(0));
  auto b = gate.Acquire(std::chrono::milliseconds(0));
  ASSERT_TRUE(a && b);
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_FALSE(gate.Acquire(std::chrono::milliseconds(30)).has_value());
  EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(25));
  EXPECT_EQ(gate.refused(), 1);
  EXPECT_EQ(gate.in_use(), 2);
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    a.reset();
  });
  EXPECT_TRUE(gate.Acquire(std::chrono::seconds(5)).has_value());  // woken by the release
  release.join();
  EXPECT_EQ(gate.in_use(), 1);
  EXPECT_EQ(gate.admitted(), 3);

  // Beyond `max_waiters`, a caller is refused at once rather than holding its worker thread.
  crypto::HashGate one(1, 1);
  auto held = one.Acquire(std::chrono::milliseconds(0));
  ASSERT_TRUE(held.has_value());
  std::atomic<bool> waiter_got{false};
  std::thread waiter([&] { waiter_got = one.Acquire(std::chrono::seconds(5)).has_value(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));  // the waiter is waiting
  t0 = std::chrono::steady_clock::now();
  EXPECT_FALSE(one.Acquire(std::chrono::seconds(5)).has_value());
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
  held.reset();
  waiter.join();
  EXPECT_TRUE(waiter_got.load());
}

// Finding 2: the code is checked (and throttled) before any argon2; a wrong code costs no hash.
TEST_F(IdentityAbuse, ResetConfirmWithWrongCodesNeverHashesAndIsThrottled) {
  Client owner = app_.SignedIn("owner@example.kz");
  Peer requester = From(1);
  ASSERT_EQ(requester.Post("/api/v1/auth/password-reset", {{"login", "owner@example.kz"}}).status,
            202);
  const std::string code = app_.LastCodeFor("owner@example.kz");
  const std::string wrong = code == "000000" ? "111111" : "000000";

  auto& gate = crypto::HashGate::Shared();
  const int64_t hashes_before = gate.admitted();
  const int64_t rss_before = RssKiB();
  std::atomic<int> invalid{0}, throttled{0}, other{0};
  InParallel(48, [&](int i) {
    auto r = From(100 + i).Post(
        "/api/v1/auth/password-reset/confirm",
        {{"login", "owner@example.kz"}, {"code", wrong}, {"new_password", "attacker-password-1"}});
    if (r.status == 422 && r.field("code") == "invalid") {
      ++invalid;
    } else if (r.status == 429 && r.error_code() == "resource_exhausted" && RetryAfter(r) > 0) {
      ++throttled;
    } else {
      ++other;
    }
  });
  EXPECT_EQ(gate.admitted(), hashes_before) << "a wrong code must not reach argon2";
  EXPECT_LE(invalid.load(), 5);  // the account's guess budget, in flight included
  EXPECT_EQ(invalid + throttled, 48);
  EXPECT_EQ(other.load(), 0);
  std::printf("[ figures ] 48 parallel wrong reset codes: %d x 422, %d x 429, RSS %+lld KiB\n",
              invalid.load(), throttled.load(), static_cast<long long>(RssKiB() - rss_before));

  // The right code is held back too while the budget is spent; a new code does not renew it.
  auto held = requester.Post(
      "/api/v1/auth/password-reset/confirm",
      {{"login", "owner@example.kz"}, {"code", code}, {"new_password", "attacker-password-1"}});
  EXPECT_EQ(held.status, 429);
  ASSERT_EQ(requester.Post("/api/v1/auth/password-reset", {{"login", "owner@example.kz"}}).status,
            202);
  auto fresh = app_.LastCodeFor("owner@example.kz");
  EXPECT_EQ(requester
                .Post("/api/v1/auth/password-reset/confirm", {{"login", "owner@example.kz"},
                                                              {"code", fresh},
                                                              {"new_password", "owner-password-2"}})
                .status,
            429);

  // Nothing changed: the owner's session and password still work, the server answers.
  EXPECT_EQ(owner.Get("/api/v1/me").status, 200);
  EXPECT_EQ(From(2).Login("owner@example.kz", "correct-horse-1").status, 200);
  ExpectServerAnswers();

  // After the window the owner resets with a new code (argon2 runs once, for the valid code).
  app_.clock().Advance(16 * kMinute);
  ASSERT_EQ(requester.Post("/api/v1/auth/password-reset", {{"login", "owner@example.kz"}}).status,
            202);
  const int64_t before_valid = gate.admitted();
  auto done = requester.Post("/api/v1/auth/password-reset/confirm",
                             {{"login", "owner@example.kz"},
                              {"code", app_.LastCodeFor("owner@example.kz")},
                              {"new_password", "owner-password-2"}});
  EXPECT_EQ(done.status, 204) << done.body;
  EXPECT_EQ(gate.admitted(), before_valid + 1);
  EXPECT_EQ(From(3).Login("owner@example.kz", "owner-password-2").status, 200);
}

TEST_F(IdentityAbuse, ResetConfirmIsThrottledPerAddressAcrossAccounts) {
  Peer attacker = From(1);
  int invalid = 0;
  for (int i = 0; i < 20; ++i) {
    auto r = attacker.Post("/api/v1/auth/password-reset/confirm",
                           {{"login", "user" + std::to_string(i) + "@example.kz"},
                            {"code", "123456"},
                            {"new_password", "attacker-password-1"}});
    invalid += r.status == 422;
  }
  EXPECT_EQ(invalid, 20);
  auto held = attacker.Post(
      "/api/v1/auth/password-reset/confirm",
      {{"login", "another@example.kz"}, {"code", "123456"}, {"new_password", "attacker-pass-1"}});
  EXPECT_EQ(held.status, 429);
  EXPECT_GT(RetryAfter(held), 0);
  // Another address is not affected.
  EXPECT_EQ(From(2)
                .Post("/api/v1/auth/password-reset/confirm", {{"login", "another@example.kz"},
                                                              {"code", "123456"},
                                                              {"new_password", "x-password-12"}})
                .status,
            422);
}

// Finding 2: an unknown login costs the same argon2 verification as a known one.
TEST_F(IdentityAbuse, UnknownLoginCostsTheSameHashAsAKnownOne) {
  app_.SignedIn("known@example.kz");
  auto& gate = crypto::HashGate::Shared();
  std::vector<double> known_ms, unknown_ms;
  for (int i = 0; i < 8; ++i) {
    Peer p = From(10 + i);  // a fresh address each time: no throttle interferes
    int64_t before = gate.admitted();
    auto t0 = std::chrono::steady_clock::now();
    auto k = p.Login("known@example.kz", "wrong-password-" + std::to_string(i));
    known_ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    EXPECT_EQ(k.status, 401);
    EXPECT_EQ(gate.admitted(), before + 1);

    before = gate.admitted();
    t0 = std::chrono::steady_clock::now();
    auto u = p.Login("nobody" + std::to_string(i) + "@example.kz", "wrong-password-x");
    unknown_ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    EXPECT_EQ(u.status, 401);
    EXPECT_EQ(u.body.find("nobody"), std::string::npos);
    EXPECT_EQ(gate.admitted(), before + 1) << "an unknown login must verify a dummy hash";
  }
  std::sort(known_ms.begin(), known_ms.end());
  std::sort(unknown_ms.begin(), unknown_ms.end());
  const double known = known_ms[known_ms.size() / 2], unknown = unknown_ms[unknown_ms.size() / 2];
  std::printf("[ figures ] login median: known login %.1f ms, unknown login %.1f ms\n", known,
              unknown);
  EXPECT_GT(unknown, known * 0.5);
  EXPECT_LT(unknown, known * 2.0);
}

// Finding 4: parallel guesses are counted before the hash, so at most the limit reach it.
TEST_F(IdentityAbuse, ParallelWrongPasswordsNeverPassTheLimit) {
  Client owner = app_.SignedIn("target@example.kz");
  const int limit = app_.config().security.login_max_failures_account;
  auto& gate = crypto::HashGate::Shared();
  const int64_t hashes_before = gate.admitted();
  std::atomic<int> unauthenticated{0}, throttled{0}, other{0};
  std::vector<Peer> peers;
  for (int i = 0; i < 40; ++i) peers.push_back(From(7));  // one attacker address
  InParallel(40, [&](int i) {
    auto r = peers[i].Login("target@example.kz", "guess-number-" + std::to_string(i));
    if (r.status == 401) {
      ++unauthenticated;
    } else if (r.status == 429 && r.error_code() == "resource_exhausted" && RetryAfter(r) > 0) {
      ++throttled;
    } else {
      ++other;
    }
  });
  std::printf("[ figures ] 40 parallel wrong passwords: %d x 401, %d x 429, %lld argon2 runs\n",
              unauthenticated.load(), throttled.load(),
              static_cast<long long>(gate.admitted() - hashes_before));
  EXPECT_LE(unauthenticated.load(), limit);
  EXPECT_GE(unauthenticated.load(), 1);
  EXPECT_EQ(unauthenticated + throttled, 40);
  EXPECT_EQ(other.load(), 0);
  EXPECT_LE(gate.admitted() - hashes_before, limit);

  // The owner is not locked out: the session lives, and another address signs in.
  EXPECT_EQ(owner.Get("/api/v1/me").status, 200);
  EXPECT_EQ(From(8).Login("target@example.kz", "correct-horse-1").status, 200);
  ExpectServerAnswers();
}

// Finding 5: lockouts are per (account, address), progressive, and the owner can lift them.
TEST_F(IdentityAbuse, LockoutSlowsTheAttackerNotTheOwner) {
  app_.CreateAccount("admin@example.kz", "admin-password-1", {{"admin", std::nullopt}});
  Peer attacker = From(1);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(attacker.Login("admin@example.kz", "wrong-password-x").status, 401);
  }
  auto held = attacker.Login("admin@example.kz", "admin-password-1");
  EXPECT_EQ(held.status, 429);
  const int first_wait = RetryAfter(held);
  EXPECT_GE(first_wait, 25);
  EXPECT_LE(first_wait, 30);

  // The administrator, from another address, signs in at once.
  EXPECT_EQ(From(2).Login("admin@example.kz", "admin-password-1").status, 200);

  // Each further failure doubles the attacker's wait, up to the window.
  app_.clock().Advance(int64_t{first_wait} * 1000);
  EXPECT_EQ(attacker.Login("admin@example.kz", "wrong-password-y").status, 401);
  const int second_wait = RetryAfter(attacker.Login("admin@example.kz", "wrong-password-z"));
  EXPECT_GE(second_wait, 2 * first_wait - 2);
  app_.clock().Advance(int64_t{second_wait} * 1000);
  EXPECT_EQ(attacker.Login("admin@example.kz", "wrong-password-y").status, 401);
  const int third_wait = RetryAfter(attacker.Login("admin@example.kz", "wrong-password-z"));
  EXPECT_GE(third_wait, 2 * second_wait - 2);
  for (int i = 0; i < 6; ++i) {
    app_.clock().Advance(16 * kMinute);
    EXPECT_EQ(attacker.Login("admin@example.kz", "wrong-password-y").status, 401);
  }
  EXPECT_LE(RetryAfter(attacker.Login("admin@example.kz", "wrong-password-z")),
            app_.config().security.login_window_minutes * 60);

  // The owner was mailed an unlock link once per window, not once per refused attempt.
  const int unlock_mails = MailsTo("admin@example.kz", "Kenes:");
  EXPECT_GE(unlock_mails, 1);
  EXPECT_LE(unlock_mails, 7);  // at most one per window: 6 windows passed above
  ExpectServerAnswers();
}

TEST_F(IdentityAbuse, UnlockLinkClearsTheAccountsThrottles) {
  Client owner = app_.SignedIn("nat@example.kz");
  Peer office = From(5);  // the owner shares this address with someone who guessed wrong
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(office.Login("nat@example.kz", "wrong-password").status, 401);
  EXPECT_EQ(office.Login("nat@example.kz", "correct-horse-1").status, 429);
  EXPECT_EQ(office.Login("nat@example.kz", "correct-horse-1").status, 429);
  EXPECT_EQ(office.Login("nat@example.kz", "correct-horse-1").status, 429);

  // One mail for the whole episode, in the account's language (kk).
  app_.RunJobs();
  int mails = 0;
  for (const auto& m : app_.mailer().Sent()) {
    if (m.to == "nat@example.kz" && m.body.find("/unlock?token=") != std::string::npos) {
      ++mails;
      EXPECT_NE(m.subject.find("шектелді"), std::string::npos) << m.subject;
      EXPECT_EQ(m.body.find(app_.config().http.public_url + "/unlock?token="), m.body.find("http"));
    }
  }
  EXPECT_EQ(mails, 1);
  const std::string token = UnlockTokenFor("nat@example.kz");
  ASSERT_EQ(token.size(), 64u);

  // Bad tokens change nothing.
  Peer stranger = From(6);
  EXPECT_EQ(stranger.Post("/api/v1/auth/unlock", {{"token", std::string(64, 'a')}}).field("token"),
            "invalid");
  EXPECT_EQ(stranger.Post("/api/v1/auth/unlock", {{"token", "x"}}).field("token"), "invalid");
  EXPECT_EQ(stranger.Post("/api/v1/auth/unlock", {{"token", token}, {"extra", 1}}).status, 422);
  EXPECT_EQ(office.Login("nat@example.kz", "correct-horse-1").status, 429);

  auto unlocked = stranger.Post("/api/v1/auth/unlock", {{"token", token}});
  EXPECT_EQ(unlocked.status, 204) << unlocked.body;
  EXPECT_EQ(office.Login("nat@example.kz", "correct-horse-1").status, 200);
  // Used once only.
  EXPECT_EQ(stranger.Post("/api/v1/auth/unlock", {{"token", token}}).field("token"), "invalid");
  EXPECT_EQ(owner.Get("/api/v1/me").status, 200);

  // Expired links do nothing.
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(office.Login("nat@example.kz", "wrong-password").status, 401);
  app_.clock().Advance(16 * kMinute);  // next window: a new mail is allowed
  EXPECT_EQ(office.Login("nat@example.kz", "wrong-password").status, 401);
  const std::string second = UnlockTokenFor("nat@example.kz");
  ASSERT_EQ(second.size(), 64u);
  EXPECT_NE(second, token);
  app_.clock().Advance(25 * 60 * kMinute);
  EXPECT_EQ(stranger.Post("/api/v1/auth/unlock", {{"token", second}}).field("token"), "expired");
}

TEST_F(IdentityAbuse, PerAddressCapAcrossAccountsIsHigherAndSparesOtherAddresses) {
  app_.SignedIn("someone@example.kz");
  const int cap = app_.config().security.login_max_failures_ip;
  Peer sprayer = From(9);
  for (int i = 0; i < cap; ++i) {
    EXPECT_EQ(sprayer.Login("victim" + std::to_string(i) + "@example.kz", "password-123").status,
              401);
  }
  auto held = sprayer.Login("someone@example.kz", "correct-horse-1");
  EXPECT_EQ(held.status, 429);
  EXPECT_GT(RetryAfter(held), 0);
  EXPECT_EQ(From(10).Login("someone@example.kz", "correct-horse-1").status, 200);
  app_.clock().Advance(int64_t{app_.config().security.login_window_minutes} * kMinute);
  EXPECT_EQ(sprayer.Login("someone@example.kz", "correct-horse-1").status, 200);
}

// Finding 10: code e-mails are limited per account and per address before anything is queued.
TEST_F(IdentityAbuse, CodeMailsAreThrottledBeforeTheyAreQueued) {
  app_.SignedIn("mailbox@example.kz");
  const int mails_before = MailsTo("mailbox@example.kz", "");
  Peer p = From(1);
  int accepted = 0, throttled = 0;
  for (int i = 0; i < 15; ++i) {
    auto r = p.Post("/api/v1/auth/password-reset", {{"login", "mailbox@example.kz"}});
    accepted += r.status == 202;
    throttled += r.status == 429 && RetryAfter(r) > 0;
  }
  EXPECT_EQ(accepted, 3);
  EXPECT_EQ(throttled, 12);
  EXPECT_EQ(MailsTo("mailbox@example.kz", "") - mails_before, 3);

  // An unknown login is answered the same way: the limit does not reveal accounts.
  Peer q = From(2);
  std::vector<long> unknown;
  for (int i = 0; i < 5; ++i) {
    unknown.push_back(
        q.Post("/api/v1/auth/password-reset", {{"login", "ghost@example.kz"}}).status);
  }
  EXPECT_EQ(unknown, (std::vector<long>{202, 202, 202, 429, 429}));

  // Per address across logins.
  Peer spray = From(3);
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(spray
                  .Post("/api/v1/auth/password-reset",
                        {{"login", "person" + std::to_string(i) + "@example.kz"}})
                  .status,
              202);
  }
  EXPECT_EQ(spray.Post("/api/v1/auth/resend", {{"login", "new@example.kz"}}).status, 429);

  // Resend of a verification code: the same budget.
  auto c = app_.NewClient();
  c.PrimeCsrf();
  ASSERT_EQ(c.Post("/api/v1/auth/register",
                   {{"email", "fresh@example.kz"},
                    {"password", "correct-horse-1"},
                    {"display_name", "Fresh"},
                    {"language", "ru"},
                    {"consent",
                     {{"accepted", true}, {"version", app_.config().security.consent_version}}}})
                .status,
            201);
  Peer r = From(4);
  std::vector<long> resends;
  for (int i = 0; i < 5; ++i) {
    resends.push_back(r.Post("/api/v1/auth/resend", {{"login", "fresh@example.kz"}}).status);
  }
  EXPECT_EQ(resends, (std::vector<long>{202, 202, 202, 429, 429}));
  EXPECT_EQ(MailsTo("fresh@example.kz", ""), 4);  // registration + 3

  // The window passes: mail flows again.
  app_.clock().Advance(15 * kMinute);
  EXPECT_EQ(p.Post("/api/v1/auth/password-reset", {{"login", "mailbox@example.kz"}}).status, 202);
  ExpectServerAnswers();
}

// Finding 10: guesses are counted per account over a window, not per code.
TEST_F(IdentityAbuse, ANewCodeDoesNotRenewTheGuessBudget) {
  auto c = app_.NewClient();
  c.PrimeCsrf();
  ASSERT_EQ(c.Post("/api/v1/auth/register",
                   {{"email", "guess@example.kz"},
                    {"password", "correct-horse-1"},
                    {"display_name", "Guess"},
                    {"language", "en"},
                    {"consent",
                     {{"accepted", true}, {"version", app_.config().security.consent_version}}}})
                .status,
            201);
  int wrong_answers = 0;
  for (int round = 0; round < 3; ++round) {
    ASSERT_EQ(From(round + 1).Post("/api/v1/auth/resend", {{"login", "guess@example.kz"}}).status,
              202);
    const std::string code = app_.LastCodeFor("guess@example.kz");
    const std::string wrong = code == "000000" ? "111111" : "000000";
    for (int i = 0; i < 5; ++i) {
      auto r = From(10 + round * 5 + i)
                   .Post("/api/v1/auth/verify", {{"login", "guess@example.kz"}, {"code", wrong}});
      wrong_answers += r.status == 422;
    }
  }
  EXPECT_EQ(wrong_answers, 5) << "three codes, one budget";
  auto held = From(40).Post(
      "/api/v1/auth/verify",
      {{"login", "guess@example.kz"}, {"code", app_.LastCodeFor("guess@example.kz")}});
  EXPECT_EQ(held.status, 429);
  app_.clock().Advance(16 * kMinute);
  ASSERT_EQ(From(41).Post("/api/v1/auth/resend", {{"login", "guess@example.kz"}}).status, 202);
  auto ok = From(41).Post("/api/v1/auth/verify", {{"login", "guess@example.kz"},
                                                  {"code", app_.LastCodeFor("guess@example.kz")}});
  EXPECT_EQ(ok.status, 200) << ok.body;
}

// Finding 2: a saturated hash gate answers 429 at once instead of queueing argon2, and gives the
// attempt back (neither a failure nor a spent code).
TEST_F(IdentityAbuse, SaturatedHashGateAnswersBusyAndGivesTheAttemptBack) {
  Client reader = app_.SignedIn("busy@example.kz");
  Peer p = From(1);
  ASSERT_EQ(p.Post("/api/v1/auth/password-reset", {{"login", "busy@example.kz"}}).status, 202);
  const std::string code = app_.LastCodeFor("busy@example.kz");
  auto& gate = crypto::HashGate::Shared();
  std::vector<crypto::HashGate::Permit> taken;
  for (int i = 0; i < gate.slots(); ++i) {
    auto permit = gate.Acquire(std::chrono::seconds(5));
    ASSERT_TRUE(permit.has_value());
    taken.push_back(std::move(*permit));
  }
  for (int i = 0; i < 8; ++i) {  // more than the limit: none counts as a failure
    auto busy = p.Login("busy@example.kz", "correct-horse-1");
    EXPECT_EQ(busy.status, 429);
    EXPECT_EQ(busy.error_code(), "resource_exhausted");
    EXPECT_EQ(RetryAfter(busy), 1);
  }
  auto reset =
      p.Post("/api/v1/auth/password-reset/confirm",
             {{"login", "busy@example.kz"}, {"code", code}, {"new_password", "busy-password-2"}});
  EXPECT_EQ(reset.status, 429);
  EXPECT_EQ(RetryAfter(reset), 1);
  EXPECT_EQ(reader.Get("/api/v1/me").status, 200);  // no hashing: served as usual
  ExpectServerAnswers();
  taken.clear();

  EXPECT_EQ(p.Login("busy@example.kz", "correct-horse-1").status, 200);
  auto done =
      p.Post("/api/v1/auth/password-reset/confirm",
             {{"login", "busy@example.kz"}, {"code", code}, {"new_password", "busy-password-2"}});
  EXPECT_EQ(done.status, 204) << done.body;
}

// Finding 2: many anonymous clients hashing at once stay within the gate; a signed-in reader keeps
// being served.
TEST_F(IdentityAbuse, ManyAnonymousLoginsStayWithinTheGate) {
  Client reader = app_.SignedIn("reader@example.kz");
  auto& gate = crypto::HashGate::Shared();
  const int64_t rss_before = RssKiB();
  std::atomic<bool> done{false};
  std::atomic<int> max_in_use{0};
  std::thread watch([&] {
    while (!done) {
      int n = gate.in_use();
      int seen = max_in_use.load();
      while (n > seen && !max_in_use.compare_exchange_weak(seen, n)) {
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
  });
  std::vector<double> reader_ms;
  std::thread read([&] {
    while (!done) {
      auto t0 = std::chrono::steady_clock::now();
      EXPECT_EQ(reader.Get("/api/v1/me").status, 200);
      reader_ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
  });
  std::atomic<int> unauthenticated{0}, busy{0}, other{0};
  InParallel(48, [&](int i) {
    Peer p = From(200 + i);
    for (int k = 0; k < 3; ++k) {
      auto r = p.Login("anon" + std::to_string(i) + "-" + std::to_string(k) + "@example.kz",
                       "some-password-1");
      if (r.status == 401) {
        ++unauthenticated;
      } else if (r.status == 429 && RetryAfter(r) == 1) {
        ++busy;
      } else {
        ++other;
      }
    }
  });
  done = true;
  watch.join();
  read.join();
  std::sort(reader_ms.begin(), reader_ms.end());
  const double p50 = reader_ms.empty() ? 0 : reader_ms[reader_ms.size() / 2];
  const double p99 = reader_ms.empty() ? 0 : reader_ms[reader_ms.size() * 99 / 100];
  std::printf(
      "[ figures ] 48 clients x 3 anonymous logins: %d x 401, %d x 429 busy; gate max %d of %d; "
      "RSS %+lld KiB; signed-in GET /me p50 %.1f ms, p99 %.1f ms (%zu requests)\n",
      unauthenticated.load(), busy.load(), max_in_use.load(), gate.slots(),
      static_cast<long long>(RssKiB() - rss_before), p50, p99, reader_ms.size());
  EXPECT_LE(max_in_use.load(), gate.slots());
  EXPECT_EQ(unauthenticated + busy, 48 * 3);
  EXPECT_EQ(other.load(), 0);
  EXPECT_LT(RssKiB() - rss_before, 200 * 1024);
  EXPECT_EQ(reader.Get("/api/v1/me").status, 200);
  ExpectServerAnswers();
}

// Registration mails a code: one address may not open accounts for strangers' mailboxes in bulk.
TEST_F(IdentityAbuse, RegistrationsFromOneAddressAreCapped) {
  auto body = [&](const std::string& email) {
    return json{
        {"email", email},
        {"password", "correct-horse-1"},
        {"display_name", "Оқушы"},
        {"language", "kk"},
        {"consent", {{"accepted", true}, {"version", app_.config().security.consent_version}}}};
  };
  Peer school = From(5);
  for (int i = 0; i < 30; ++i) {
    auto r =
        school.Post("/api/v1/auth/register", body("pupil" + std::to_string(i) + "@example.kz"));
    ASSERT_EQ(r.status, 201) << i << " " << r.body;
  }
  auto refused = school.Post("/api/v1/auth/register", body("victim@example.kz"));
  EXPECT_EQ(refused.status, 429);
  EXPECT_GT(RetryAfter(refused), 0);
  EXPECT_EQ(MailsTo("victim@example.kz", ""), 0);
  // Another address is not affected, and the hour passes.
  EXPECT_EQ(From(6).Post("/api/v1/auth/register", body("other@example.kz")).status, 201);
  app_.clock().Advance(61 * kMinute);
  EXPECT_EQ(school.Post("/api/v1/auth/register", body("victim@example.kz")).status, 201);
  ExpectServerAnswers();
}

// "Verified already" used to answer 200 to any code: an oracle for which accounts exist.
TEST_F(IdentityAbuse, VerifyingAVerifiedAccountAnswersLikeAWrongCode) {
  app_.SignedIn("verified@example.kz");
  Peer p = From(7);
  auto known =
      p.Post("/api/v1/auth/verify", {{"login", "verified@example.kz"}, {"code", "123456"}});
  auto unknown =
      p.Post("/api/v1/auth/verify", {{"login", "nobody@example.kz"}, {"code", "123456"}});
  EXPECT_EQ(known.status, 422);
  EXPECT_EQ(known.status, unknown.status);
  EXPECT_EQ(known.field("code"), "invalid");
  EXPECT_EQ(unknown.field("code"), "invalid");
  ExpectServerAnswers();
}

}  // namespace
}  // namespace kenes::testing
