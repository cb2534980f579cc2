// The live event stream (GET /api/v1/me/events): a person's open pages hear of their own new
// notifications at once, nobody else's; streams end with their session; floods are bounded.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"
#include "support/event_reader.hpp"

namespace kenes::testing {
namespace {

constexpr const char* kPath = "/api/v1/me/events";
constexpr int kWithinMs = 1000;  // what a person would call "at once"

class LiveEventsApi : public AppealsFixture {
 protected:
  std::unique_ptr<EventReader> Listen(Client& c) {
    auto r = std::make_unique<EventReader>(app_.port(), kPath,
                                           "kenes_session=" + c.Cookie("kenes_session").value());
    EXPECT_EQ(r->status(), 200) << r->head();
    auto ready = r->Next(kWithinMs);
    EXPECT_TRUE(ready && ready->event == "ready");
    return r;
  }
};

TEST_F(LiveEventsApi, ANewAppealReachesTheApplicantAndTheDeputyAtOnceAndNobodyElse) {
  auto citizen = Listen(citizen_);
  auto citizen_tab2 = Listen(citizen_);
  auto deputy = Listen(dep1_);
  auto stranger = Listen(stranger_);
  EXPECT_NE(citizen->head().find("text/event-stream"), std::string::npos);

  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(File(citizen_, Appeal()).status, 201);
  auto mine = citizen->Next(kWithinMs);
  ASSERT_TRUE(mine.has_value());
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(kWithinMs));
  EXPECT_EQ(mine->event, "notification");
  const json latest = citizen_.Get("/api/v1/me/notifications").json()["items"][0];
  EXPECT_EQ(json::parse(mine->data)["id"], latest["id"]);
  EXPECT_EQ(mine->data.find("Яма"), std::string::npos);  // an id, never the appeal's text
  auto tab2 = citizen_tab2->Next(kWithinMs);
  ASSERT_TRUE(tab2.has_value());
  EXPECT_EQ(tab2->data, mine->data);
  auto assigned = deputy->Next(kWithinMs);
  ASSERT_TRUE(assigned.has_value());
  EXPECT_EQ(assigned->event, "notification");
  EXPECT_FALSE(stranger->Next(300).has_value());
  EXPECT_FALSE(stranger->ended());
}

TEST_F(LiveEventsApi, ReadingOnOneDeviceUpdatesTheCountOnTheOthers) {
  ASSERT_EQ(File(citizen_, Appeal()).status, 201);
  auto other_device = Listen(citizen_);
  ASSERT_EQ(citizen_.Post("/api/v1/me/notifications/read", {{"all", true}}).status, 200);
  auto read = other_device->Next(kWithinMs);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->event, "notifications_read");
  EXPECT_EQ(json::parse(read->data)["unread"], 0);
}

TEST_F(LiveEventsApi, AStreamEndsWithItsSession) {
  auto stream = Listen(citizen_);
  Client second = app_.Login("citizen@example.kz", "correct-horse-1");
  auto other_session = Listen(second);
  ASSERT_EQ(citizen_.Post("/api/v1/auth/logout", json::object()).status, 204);
  EXPECT_FALSE(stream->Next(kWithinMs).has_value());
  EXPECT_TRUE(stream->ended());
  // The person's other session keeps its stream.
  EXPECT_FALSE(other_session->Next(200).has_value());
  EXPECT_FALSE(other_session->ended());
}

TEST_F(LiveEventsApi, StrangersAreRefusedAndFloodsAreBounded) {
  EventReader anonymous(app_.port(), kPath, "");
  EXPECT_EQ(anonymous.status(), 401);
  EventReader forged(app_.port(), kPath, "kenes_session=not-a-session");
  EXPECT_EQ(forged.status(), 401);

  // One person opening stream after stream gets a clear 429 past the limit; the server, and
  // the streams already open, keep working.
  std::vector<std::unique_ptr<EventReader>> open;
  int refused = 0;
  for (int i = 0; i < 40; ++i) {
    auto r = std::make_unique<EventReader>(
        app_.port(), kPath, "kenes_session=" + citizen_.Cookie("kenes_session").value());
    if (r->status() == 429) {
      ++refused;
      EXPECT_NE(r->head().find("Retry-After"), std::string::npos) << r->head();
    } else {
      ASSERT_EQ(r->status(), 200);
      open.push_back(std::move(r));
    }
  }
  // The limit is a node's (docs/runbook.md): through nginx, each of the two nodes takes its own.
  const int allowed = app_.config().http.event_streams_per_user * (app_.balanced() ? 2 : 1);
  EXPECT_EQ(open.size(), static_cast<size_t>(allowed));
  EXPECT_EQ(refused, 40 - allowed);
  EXPECT_EQ(citizen_.Get("/api/v1/me").status, 200);
  ASSERT_EQ(File(citizen_, Appeal()).status, 201);
  for (auto& r : open) {
    auto f = r->Next(kWithinMs);  // "ready" first, then the notification
    ASSERT_TRUE(f.has_value());
    f = r->Next(kWithinMs);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->event, "notification");
  }
  // A closed tab frees its place.
  open.pop_back();
  std::unique_ptr<EventReader> again;
  for (int i = 0; i < 50; ++i) {
    again = std::make_unique<EventReader>(
        app_.port(), kPath, "kenes_session=" + citizen_.Cookie("kenes_session").value());
    if (again->status() == 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(again->status(), 200);
}

TEST_F(LiveEventsApi, OpenStreamsDoNotHoldUpARestart) {
  auto a = Listen(citizen_);
  auto b = Listen(dep1_);
  const auto t0 = std::chrono::steady_clock::now();
  app_.Restart();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(3));
  EXPECT_FALSE(a->Next(kWithinMs).has_value());
  EXPECT_TRUE(a->ended());
}

}  // namespace
}  // namespace kenes::testing
