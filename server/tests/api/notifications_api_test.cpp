// The notification centre through HTTP: what each person is told about an appeal, in their own
// account only, with bad input refused and read state kept per person.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class NotificationsApi : public AppealsFixture {
 protected:
  json Inbox(Client& c, const std::string& query = "") {
    auto r = c.Get("/api/v1/me/notifications" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  std::vector<std::string> Kinds(Client& c) {
    std::vector<std::string> kinds;
    json page = Inbox(c, "?page_size=100");
    for (const auto& n : page["items"]) kinds.push_back(n["kind"]);
    return kinds;  // newest first
  }
};

TEST_F(NotificationsApi, TheApplicantAndTheDeputyAreToldOfANewAppeal) {
  auto filed = File(citizen_, Appeal());
  ASSERT_EQ(filed.status, 201) << filed.body;
  json appeal = filed.json();
  json mine = Inbox(citizen_);
  ASSERT_EQ(mine["items"].size(), 1u);
  EXPECT_EQ(mine["items"][0]["kind"], "registered");
  EXPECT_EQ(mine["items"][0]["appeal_id"], appeal["id"]);
  EXPECT_EQ(mine["items"][0]["appeal_number"], appeal["talon"]["number"]);
  EXPECT_TRUE(mine["items"][0]["read_at"].is_null());
  EXPECT_EQ(mine["unread"], 1);
  // No personal data travels in a notification.
  EXPECT_EQ(citizen_.Get("/api/v1/me/notifications").body.find("Абая"), std::string::npos);

  EXPECT_EQ(Kinds(dep1_), std::vector<std::string>{"assigned"});
  EXPECT_TRUE(Kinds(dep2_).empty());
  EXPECT_TRUE(Kinds(stranger_).empty());
  EXPECT_TRUE(Kinds(other_staff_).empty());
}

TEST_F(NotificationsApi, EveryStepOfHandlingReachesTheRightPerson) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy2_}}).status, 200);
  EXPECT_EQ(Kinds(dep2_), std::vector<std::string>{"assigned"});
  ASSERT_EQ(Act(dep2_, id, {{"action", "start"}}).status, 200);
  Client chair = Leader("chair");
  ASSERT_EQ(
      Act(chair, id, {{"action", "extend"}, {"extend_until", "2026-12-30"}, {"reason", "Запрос"}})
          .status,
      200);
  ASSERT_EQ(
      Act(dep2_, id, {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}})
          .status,
      200);
  EXPECT_EQ(Kinds(citizen_), (std::vector<std::string>{"answered", "extended", "registered"}));

  // "Not solved" reopens the appeal and tells the deputy handling it.
  auto feedback = citizen_.Post("/api/v1/appeals/" + std::to_string(id) + "/feedback",
                                {{"solved", false}, {"comment", "Яма осталась"}});
  ASSERT_EQ(feedback.status, 200) << feedback.body;
  EXPECT_EQ(Kinds(dep2_), (std::vector<std::string>{"reopened", "assigned"}));
  EXPECT_EQ(Kinds(dep1_), std::vector<std::string>{"assigned"});  // from the filing only
}

TEST_F(NotificationsApi, TheLaterFeedbackQuestionArrivesOnceAndNotAfterAnAnswer) {
  const int64_t ask_after = int64_t{app_.config().appeals.feedback_ask_days} * 24 * 3600 * 1000;
  int64_t id = File(citizen_, Appeal()).json()["id"];
  int64_t second = File(citizen_, Appeal("Нет света во дворе")).json()["id"];
  for (int64_t appeal : {id, second}) {
    ASSERT_EQ(Act(dep1_, appeal, {{"action", "start"}}).status, 200);
    ASSERT_EQ(Act(dep1_, appeal,
                  {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}})
                  .status,
              200);
  }
  // Once the person has said about the second, its later question is moot.
  ASSERT_EQ(
      citizen_.Post("/api/v1/appeals/" + std::to_string(second) + "/feedback", {{"solved", true}})
          .status,
      200);
  app_.RunJobs();
  auto asked = [&](Client& c) {
    std::vector<int64_t> about;
    json page = Inbox(c, "?page_size=100");
    for (const auto& n : page["items"]) {
      if (n["kind"] == "feedback_asked") about.push_back(n["appeal_id"]);
    }
    return about;
  };
  EXPECT_TRUE(asked(citizen_).empty());
  app_.clock().Advance(ask_after + 1000);
  app_.RunJobs();
  app_.RunJobs();  // a second run finds nothing more to do
  Client citizen = Login("citizen@example.kz", "correct-horse-1");
  EXPECT_EQ(asked(citizen), std::vector<int64_t>{id});
}

TEST_F(NotificationsApi, TheDeputyHearsWhenTheExecutiveBodyAnswers) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  auto body =
      admin_.Post("/api/v1/executive-bodies", {{"name_kk", "Әкімдік"}, {"name_ru", "Акимат"}});
  ASSERT_EQ(body.status, 201) << body.body;
  int64_t body_id = body.json()["id"];
  auto sent = dep1_.Post("/api/v1/appeals/" + std::to_string(id) + "/deputy-requests",
                         {{"body_id", body_id}, {"text", "Прошу сообщить сроки."}});
  ASSERT_EQ(sent.status, 201) << sent.body;
  app_.CreateAccount("akimat@example.kz", "liaison-password-1", {});
  int64_t uid = admin_.Get("/api/v1/users?q=akimat").json()["items"][0]["id"];
  ASSERT_EQ(admin_
                .Post("/api/v1/users/" + std::to_string(uid) + "/roles",
                      {{"role", "liaison"}, {"scope_type", "body"}, {"scope_id", body_id}})
                .status,
            201);
  Client liaison = Login("akimat@example.kz", "liaison-password-1");
  auto answered = liaison.Post(
      "/api/v1/deputy-requests/" + std::to_string(sent.json()["id"].get<int64_t>()) + "/answer",
      {{"text", "Ремонт в мае."}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(Kinds(dep1_), (std::vector<std::string>{"request_answered", "assigned"}));
  EXPECT_TRUE(Kinds(liaison).empty());
}

TEST_F(NotificationsApi, MarkingReadIsPerPersonAndOthersIdsAreIgnored) {
  File(citizen_, Appeal());
  File(citizen_, Appeal("Нет света во дворе"));
  json mine = Inbox(citizen_);
  ASSERT_EQ(mine["unread"], 2);
  int64_t first = mine["items"][1]["id"];
  json deputy = Inbox(dep1_);
  int64_t deputy_first = deputy["items"][0]["id"];

  // The deputy cannot clear the citizen's notification.
  auto foreign = dep1_.Post("/api/v1/me/notifications/read", {{"ids", {first}}});
  ASSERT_EQ(foreign.status, 200) << foreign.body;
  EXPECT_EQ(Inbox(citizen_)["unread"], 2);

  auto r = citizen_.Post("/api/v1/me/notifications/read", {{"ids", {first, deputy_first}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["unread"], 1);
  json unread = Inbox(citizen_, "?unread_only=true");
  ASSERT_EQ(unread["items"].size(), 1u);
  EXPECT_EQ(unread["total"], 1);
  EXPECT_NE(unread["items"][0]["id"], first);
  EXPECT_EQ(Inbox(dep1_)["unread"], 2);  // the deputy's own are untouched

  auto all = citizen_.Post("/api/v1/me/notifications/read", {{"all", true}});
  EXPECT_EQ(all.json()["unread"], 0);
  json after = Inbox(citizen_);
  EXPECT_EQ(after["total"], 2);
  EXPECT_FALSE(after["items"][0]["read_at"].is_null());
}

TEST_F(NotificationsApi, PagesAreNewestFirst) {
  for (int i = 0; i < 5; ++i) File(citizen_, Appeal("Тема " + std::to_string(i)));
  json p1 = Inbox(citizen_, "?page=1&page_size=2");
  json p3 = Inbox(citizen_, "?page=3&page_size=2");
  EXPECT_EQ(p1["total"], 5);
  ASSERT_EQ(p1["items"].size(), 2u);
  ASSERT_EQ(p3["items"].size(), 1u);
  EXPECT_GT(p1["items"][0]["id"].get<int64_t>(), p1["items"][1]["id"].get<int64_t>());
  EXPECT_GT(p1["items"][1]["id"].get<int64_t>(), p3["items"][0]["id"].get<int64_t>());
}

TEST_F(NotificationsApi, BadInputIsRefusedAndChangesNothing) {
  File(citizen_, Appeal());
  EXPECT_EQ(app_.NewClient().Get("/api/v1/me/notifications").status, 401);
  for (const char* q :
       {"?page=0", "?page=x", "?page_size=101", "?page_size=-1", "?unread_only=yes"}) {
    auto r = citizen_.Get(std::string("/api/v1/me/notifications") + q);
    EXPECT_EQ(r.status, 422) << q << " " << r.body;
  }
  EXPECT_EQ(citizen_.Get("/api/v1/me/notifications?page_size=101").field("page_size"), "invalid");
  auto missing = citizen_.Post("/api/v1/me/notifications/read", json::object());
  EXPECT_EQ(missing.field("ids"), "required");
  auto wrong = citizen_.Post("/api/v1/me/notifications/read", {{"ids", {"a"}}});
  EXPECT_EQ(wrong.field("ids"), "wrong_type");
  json many = json::array();
  for (int i = 0; i < 101; ++i) many.push_back(i + 1);
  EXPECT_EQ(citizen_.Post("/api/v1/me/notifications/read", {{"ids", many}}).field("ids"),
            "too_many");
  auto unknown = citizen_.Post("/api/v1/me/notifications/read", {{"all", true}, {"x", 1}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(Inbox(citizen_)["unread"], 1);
}

}  // namespace
}  // namespace kenes::testing
