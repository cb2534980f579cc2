// Marking an appeal urgent after registration (docs/appeals-deadlines.md rule 9): staff of the
// maslikhat mark it with a reason, its forwarding term becomes the day of the decision, it joins
// the urgent queue, the history says who and why; the mark may be taken back only before the
// appeal is forwarded.
#include <string>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class UrgentMarkApi : public AppealsFixture {
 protected:
  void Relogin() {
    citizen_ = Login("citizen@example.kz", "correct-horse-1");
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    staff_ = Login("staff@example.kz", "staff-password-1");
  }
  std::string Queue() {
    return "/api/v1/appeals?urgent=true&maslikhat_id=" + std::to_string(city_);
  }
};

std::string AppealPath(int64_t id) { return "/api/v1/appeals/" + std::to_string(id); }

// Registered Wed 2026-11-25 (forwarding due Mon 30 Nov); marked urgent Thu 26 Nov at 10:00.
TEST_F(UrgentMarkApi, StaffMarkAnAppealUrgentWithAReasonAndItIsDueTheSameDay) {
  app_.clock().Set(Utc("2026-11-25T06:00:00Z"));
  Relogin();
  const int64_t id = File(citizen_, Appeal("Трещина в несущей стене")).json()["id"];
  EXPECT_TRUE(staff_.Get(Queue()).json()["items"].empty());

  app_.clock().Set(Utc("2026-11-26T05:00:00Z"));
  Relogin();
  auto marked = Act(staff_, id, {{"action", "mark_urgent"}, {"reason", "Угроза обрушения дома."}});
  ASSERT_EQ(marked.status, 200) << marked.body;
  const json v = marked.json();
  EXPECT_EQ(v["status"], "registered");
  EXPECT_EQ(v["forward_due_on"], "2026-11-26");
  EXPECT_EQ(v["due_on"], "2026-12-17");  // the answer term does not change
  EXPECT_TRUE(v["forward_due_soon"].get<bool>());
  const json last = v["events"].back();
  EXPECT_EQ(last["action"], "mark_urgent");
  EXPECT_EQ(last["reason"], "Угроза обрушения дома.");
  EXPECT_EQ(last["details"]["previous_forward_due_on"], "2026-11-30");
  EXPECT_EQ(last["details"]["forward_due_on"], "2026-11-26");
  auto queue = staff_.Get(Queue()).json()["items"];
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0]["id"], id);

  // Marked twice: refused, nothing changes.
  auto again = Act(staff_, id, {{"action", "mark_urgent"}, {"reason", "Ещё раз."}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.field("action"), "not_allowed");

  app_.clock().Set(Utc("2026-11-27T05:00:00Z"));  // Fri: overdue, as any urgent report
  Relogin();
  EXPECT_TRUE(staff_.Get(AppealPath(id)).json()["forward_overdue"].get<bool>());

  // Taken back before forwarding: the ordinary term again, out of the queue; the history keeps
  // both.
  auto unmarked =
      Act(staff_, id, {{"action", "unmark_urgent"}, {"reason", "Проверили: угрозы нет."}});
  ASSERT_EQ(unmarked.status, 200) << unmarked.body;
  EXPECT_EQ(unmarked.json()["forward_due_on"], "2026-11-30");
  EXPECT_TRUE(staff_.Get(Queue()).json()["items"].empty());
  size_t urgent_events = 0;
  const json events = unmarked.json()["events"];  // a named copy: json() returns a temporary
  for (const auto& e : events) {
    if (e["action"] == "mark_urgent" || e["action"] == "unmark_urgent") ++urgent_events;
  }
  EXPECT_EQ(urgent_events, 2u);
}

TEST_F(UrgentMarkApi, OnceForwardedTheMarkStays) {
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(staff_, id, {{"action", "mark_urgent"}, {"reason", "Угроза жизни."}}).status, 200);
  ASSERT_EQ(Act(staff_, id, {{"action", "forward"}, {"forward_to", "Департамент полиции"}}).status,
            200);
  auto r = Act(staff_, id, {{"action", "unmark_urgent"}, {"reason", "Ошибка."}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.field("action"), "not_allowed");
  EXPECT_TRUE(staff_.Get(AppealPath(id)).json()["urgent_redirect"].get<bool>());
}

TEST_F(UrgentMarkApi, AReasonIsRequiredAndOnlyTheMaslikhatsStaffMayMark) {
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  auto bare = Act(staff_, id, {{"action", "mark_urgent"}});
  ASSERT_EQ(bare.status, 422);
  EXPECT_EQ(bare.field("reason"), "required");
  EXPECT_EQ(Act(staff_, id, {{"action", "mark_urgent"}, {"reason", "  "}}).field("reason"),
            "required");
  const json body = {{"action", "mark_urgent"}, {"reason", "Угроза."}};
  EXPECT_EQ(Act(dep1_, id, body).status, 403);
  EXPECT_EQ(Act(citizen_, id, body).status, 403);
  EXPECT_EQ(Act(other_staff_, id, body).status, 404);
  EXPECT_EQ(Act(stranger_, id, body).status, 404);
  EXPECT_EQ(Act(staff_, 987654321, body).status, 404);
  EXPECT_EQ(app_.NewClient().Post(AppealPath(id) + "/actions", body).status, 403);  // no CSRF
  const json v = staff_.Get(AppealPath(id)).json();
  EXPECT_FALSE(v["urgent_redirect"].get<bool>());  // nothing changed
  EXPECT_TRUE(staff_.Get(Queue()).json()["items"].empty());
  for (int i = 0; i < 50; ++i) Act(dep1_, id, body);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
