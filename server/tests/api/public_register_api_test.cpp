// The public register's review (docs/public-register.md): a consented, answered appeal becomes a
// masked draft that only its maslikhat's staff see; they edit, approve or withdraw it; only
// approved entries are public, masked as reviewed. Hostile input leaves the server up.
#include <string>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class PublicRegisterApi : public AppealsFixture {
 protected:
  // A consented appeal naming its author, answered by the staff.
  int64_t Answered(const std::string& subject, const std::string& answer) {
    json body = Appeal(subject);
    body["public_consent"] = true;
    auto filed = File(citizen_, body);
    EXPECT_EQ(filed.status, 201) << filed.body;
    const int64_t id = filed.json()["id"];
    EXPECT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
    EXPECT_EQ(
        Act(staff_, id, {{"action", "answer"}, {"answer_text", answer}, {"outcome", "satisfied"}})
            .status,
        200);
    return id;
  }
  std::string Queue(const std::string& query = "") {
    return "/api/v1/maslikhats/" + std::to_string(city_) + "/register-entries" + query;
  }
  static std::string Entry(int64_t id, const std::string& what = "") {
    return "/api/v1/register-entries/" + std::to_string(id) + what;
  }
  json Public() {
    auto r = app_.NewClient().Get("/api/v1/public/appeals?maslikhat_id=" + std::to_string(city_));
    EXPECT_EQ(r.status, 200);
    return r.json()["items"];
  }
};

TEST_F(PublicRegisterApi, StaffReviewAMaskedDraftBeforeItIsPublic) {
  const int64_t id = Answered("Жалоба Иванов Иван Иванович, ул. Абая 12, кв. 5",
                              "Уважаемый Иванов И. И., звоните +7 701 123 45 67.");
  EXPECT_TRUE(Public().empty());  // not reviewed yet

  const json drafts = staff_.Get(Queue()).json()["items"];
  ASSERT_EQ(drafts.size(), 1u);
  EXPECT_EQ(drafts[0]["appeal_id"], id);
  EXPECT_EQ(drafts[0]["state"], "draft");
  EXPECT_EQ(drafts[0]["subject"], "Жалоба ***, ул. ***, кв. ***");
  EXPECT_EQ(drafts[0]["answer_text"], "Уважаемый ***, звоните ***.");

  auto edited = staff_.Patch(Entry(id), {{"subject", "Жалоба на яму во дворе"}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["subject"], "Жалоба на яму во дворе");
  EXPECT_TRUE(Public().empty());  // edited, still a draft

  ASSERT_EQ(staff_.Post(Entry(id, "/approve"), json::object()).status, 200);
  json items = Public();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["subject"], "Жалоба на яму во дворе");
  EXPECT_EQ(items[0]["answer_text"], "Уважаемый ***, звоните ***.");
  EXPECT_EQ(items.dump().find("Иванов"), std::string::npos);
  EXPECT_TRUE(staff_.Get(Queue()).json()["items"].empty());
  EXPECT_EQ(staff_.Get(Queue("?state=approved")).json()["items"].size(), 1u);

  ASSERT_EQ(staff_.Post(Entry(id, "/withdraw"), json::object()).status, 200);
  EXPECT_TRUE(Public().empty());
  EXPECT_EQ(staff_.Get(Queue("?state=withdrawn")).json()["items"].size(), 1u);
}

TEST_F(PublicRegisterApi, OnlyTheMaslikhatsStaffReview) {
  const int64_t id = Answered("Фонари", "Установим.");
  ASSERT_EQ(staff_.Get(Queue()).status, 200);  // drafts it
  for (Client* c : {&other_staff_, &citizen_, &dep1_, &admin_}) {
    EXPECT_EQ(c->Get(Queue()).status, 404);
    EXPECT_EQ(c->Patch(Entry(id), {{"subject", "x"}}).status, 404);
    EXPECT_EQ(c->Post(Entry(id, "/approve"), json::object()).status, 404);
    EXPECT_EQ(c->Post(Entry(id, "/withdraw"), json::object()).status, 404);
  }
  EXPECT_EQ(app_.NewClient().Get(Queue()).status, 401);
  EXPECT_EQ(staff_.Post(Entry(id + 1000, "/approve"), json::object()).status, 404);
  EXPECT_TRUE(Public().empty());
}

TEST_F(PublicRegisterApi, HostileInputIsRefusedAndTheServerStaysUp) {
  const int64_t id = Answered("Фонари", "Установим.");
  ASSERT_EQ(staff_.Get(Queue()).status, 200);
  EXPECT_EQ(staff_.Patch(Entry(id), {{"subject", std::string(600, 'x')}}).status, 422);
  EXPECT_EQ(staff_.Patch(Entry(id), {{"subject", ""}}).status, 422);
  EXPECT_EQ(staff_.Patch(Entry(id), {{"subject", 5}}).status, 422);
  EXPECT_EQ(staff_.Patch(Entry(id), {{"answer_text", std::string(30000, 'x')}}).status, 422);
  EXPECT_EQ(staff_.Patch(Entry(id), {{"state", "approved"}}).status, 422);  // not a field
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "[";
  const long nested =
      staff_.Send("PATCH", Entry(id), deep, {{"Content-Type", "application/json"}}).status;
  EXPECT_TRUE(nested == 400 || nested == 422) << nested;
  const long huge =
      staff_
          .Send("PATCH", Entry(id), "{\"subject\":\"" + std::string(2 << 20, 'x') + "\"}",
                {{"Content-Type", "application/json"}})
          .status;
  EXPECT_TRUE(huge == 413 || huge == 422) << huge;
  EXPECT_EQ(staff_.Get(Queue("?state=published")).status, 422);
  EXPECT_EQ(staff_.Get(Queue("?limit=1000")).status, 422);
  EXPECT_EQ(staff_.Get("/api/v1/maslikhats/abc/register-entries").status, 404);
  for (int i = 0; i < 200; ++i) staff_.Get(Queue());
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
  EXPECT_EQ(staff_.Get(Queue()).json()["items"].size(), 1u);
}

}  // namespace
}  // namespace kenes::testing
