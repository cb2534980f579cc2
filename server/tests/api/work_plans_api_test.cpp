// Work plans over HTTP: staff draw up the maslikhat's and a commission's plan for a year, add,
// change and remove items, publish; the public reads only published plans; an item's links (a
// deputy, a sitting, an act) must be of the plan's maslikhat; another maslikhat's staff are
// refused; hostile input changes nothing and the server stays up.
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class WorkPlansApi : public AppealsFixture {
 protected:
  std::string PlansPath(int64_t maslikhat) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/work-plans";
  }
  static std::string PlanPath(int64_t id) { return "/api/v1/work-plans/" + std::to_string(id); }
  static std::string ItemPath(int64_t plan, int64_t item) {
    return PlanPath(plan) + "/items/" + std::to_string(item);
  }
  static json PlanBody(int year) {
    return {{"year", year},
            {"title_kk", "Мәслихаттың жұмыс жоспары"},
            {"title_ru", "План работы маслихата"}};
  }
  static json ItemBody(int quarter, const std::string& text = "Отчёт акима") {
    return {{"text_kk", text + " (kk)"},
            {"text_ru", text},
            {"responsible", "Секретарь маслихата"},
            {"quarter", quarter}};
  }
  int64_t NewPlan(int year = 2026) {
    auto r = staff_.Post(PlansPath(city_), PlanBody(year));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  json AddItem(int64_t plan, const json& body) {
    auto r = staff_.Post(PlanPath(plan) + "/items", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  int64_t Sitting(Client& staff, int64_t maslikhat, int number) {
    auto r = staff.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/sittings",
                        {{"convocation", 8},
                         {"number", number},
                         {"held_on", "2026-12-10"},
                         {"starts_at", "10:00"},
                         {"place", "Зал сессий"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  int64_t NewAct(Client& staff, int64_t maslikhat, const std::string& number) {
    auto r = staff.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/acts",
                        {{"number", number},
                         {"adopted_on", "2026-12-10"},
                         {"title_kk", "Бюджет туралы"},
                         {"title_ru", "О бюджете"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  HttpResult Public(int64_t id) {
    return app_.NewClient().Get("/api/v1/public/work-plans/" + std::to_string(id));
  }
};

TEST_F(WorkPlansApi, StaffDrawUpAPlanAndPublishItThePublicSeesItOnlyThen) {
  const int64_t id = NewPlan();
  // A draft: the public, citizens, deputies and another maslikhat's staff see nothing.
  EXPECT_EQ(Public(id).status, 404);
  EXPECT_EQ(citizen_.Get("/api/v1/public/work-plans/" + std::to_string(id)).status, 404);
  EXPECT_EQ(dep1_.Get("/api/v1/public/work-plans/" + std::to_string(id)).status, 404);
  EXPECT_EQ(other_staff_.Get("/api/v1/public/work-plans/" + std::to_string(id)).status, 404);
  auto list = app_.NewClient().Get(
      "/api/v1/public/work-plans?maslikhat_id=" + std::to_string(city_) + "&year=2026");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.json()["items"].size(), 0u);
  // Staff see their drafts in their list and on the plan's page, with the right to change it.
  auto mine = staff_.Get(PlansPath(city_));
  ASSERT_EQ(mine.status, 200) << mine.body;
  ASSERT_EQ(mine.json()["items"].size(), 1u);
  EXPECT_EQ(mine.json()["items"][0]["state"], "draft");
  auto own = staff_.Get("/api/v1/public/work-plans/" + std::to_string(id));
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_TRUE(own.json()["can_edit"]);

  // Items are numbered in order; a quarter and a status each.
  AddItem(id, ItemBody(1, "Отчёт об исполнении бюджета"));
  AddItem(id, ItemBody(3, "О правилах благоустройства"));
  json plan = AddItem(id, ItemBody(2, "О работе комиссий"));
  ASSERT_EQ(plan["items"].size(), 3u);
  EXPECT_EQ(plan["items"][0]["number"], 1);
  EXPECT_EQ(plan["items"][2]["number"], 3);
  EXPECT_EQ(plan["items"][2]["status"], "planned");
  EXPECT_EQ(plan["items"][2]["quarter"], 2);
  const int64_t second = plan["items"][1]["id"];
  auto postponed = staff_.Patch(ItemPath(id, second),
                                {{"status", "postponed"}, {"note", "Проект на обсуждении"}});
  ASSERT_EQ(postponed.status, 200) << postponed.body;
  EXPECT_EQ(postponed.json()["items"][1]["status"], "postponed");
  EXPECT_EQ(postponed.json()["items"][1]["note"], "Проект на обсуждении");
  EXPECT_EQ(postponed.json()["items"][1]["text_ru"], "О правилах благоустройства");  // kept

  // Published: everybody reads it, with its items, and it is in the public list.
  auto published = staff_.Patch(PlanPath(id), {{"state", "published"}});
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(published.json()["state"], "published");
  EXPECT_TRUE(published.json()["published_at"].is_string());
  auto read = Public(id);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json()["items"].size(), 3u);
  EXPECT_FALSE(read.json()["can_edit"]);
  EXPECT_EQ(citizen_.Get("/api/v1/public/work-plans?maslikhat_id=" + std::to_string(city_))
                .json()["items"]
                .size(),
            1u);
  EXPECT_EQ(
      app_.NewClient()
          .Get("/api/v1/public/work-plans?maslikhat_id=" + std::to_string(city_) + "&year=2027")
          .json()["items"]
          .size(),
      0u);
  // It stays published; items still change through the year.
  EXPECT_EQ(staff_.Patch(PlanPath(id), {{"state", "draft"}}).field("state"), "published");
  EXPECT_EQ(staff_.Patch(ItemPath(id, second), {{"status", "done"}}).status, 200);
  EXPECT_EQ(Public(id).json()["done_count"], 1);

  // One plan a year: the same year again is 409; another year is a new plan.
  auto again = staff_.Post(PlansPath(city_), PlanBody(2026));
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.field("year"), "taken");
  EXPECT_EQ(staff_.Post(PlansPath(city_), PlanBody(2027)).status, 201);

  // Removing an item closes the gap in the numbers.
  auto removed = staff_.Delete(ItemPath(id, plan["items"][0]["id"].get<int64_t>()));
  ASSERT_EQ(removed.status, 200) << removed.body;
  ASSERT_EQ(removed.json()["items"].size(), 2u);
  EXPECT_EQ(removed.json()["items"][0]["number"], 1);
  EXPECT_EQ(removed.json()["items"][1]["number"], 2);
  EXPECT_EQ(staff_.Delete(ItemPath(id, plan["items"][0]["id"].get<int64_t>())).status, 404);
}

TEST_F(WorkPlansApi, ACommissionHasItsOwnPlanForTheYear) {
  auto c = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/commissions",
                       {{"kind", "standing"}, {"name_kk", "Бюджет"}, {"name_ru", "Бюджетная"}});
  ASSERT_EQ(c.status, 201) << c.body;
  const int64_t commission = c.json()["id"];
  const int64_t own = NewPlan(2026);
  json body = PlanBody(2026);
  body["commission_id"] = commission;
  auto made = staff_.Post(PlansPath(city_), body);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json()["commission"]["name_ru"], "Бюджетная");
  EXPECT_EQ(staff_.Post(PlansPath(city_), body).field("year"), "taken");
  for (int64_t id : {own, made.json()["id"].get<int64_t>()})
    ASSERT_EQ(staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 200);
  const std::string base = "/api/v1/public/work-plans?maslikhat_id=" + std::to_string(city_);
  EXPECT_EQ(app_.NewClient().Get(base).json()["items"].size(), 2u);
  auto only_own = app_.NewClient().Get(base + "&own=true").json()["items"];
  ASSERT_EQ(only_own.size(), 1u);
  EXPECT_EQ(only_own[0]["id"], own);
  auto of_commission =
      app_.NewClient().Get(base + "&commission_id=" + std::to_string(commission)).json()["items"];
  ASSERT_EQ(of_commission.size(), 1u);
  EXPECT_EQ(of_commission[0]["commission_id"], commission);
  EXPECT_EQ(app_.NewClient()
                .Get(base + "&own=true&commission_id=" + std::to_string(commission))
                .field("own"),
            "with_commission");
  // Another maslikhat's commission is not this maslikhat's to plan for.
  auto foreign =
      other_staff_.Post("/api/v1/maslikhats/" + std::to_string(other_) + "/commissions",
                        {{"kind", "standing"}, {"name_kk", "Бөтен"}, {"name_ru", "Чужая"}});
  ASSERT_EQ(foreign.status, 201) << foreign.body;
  body = PlanBody(2028);
  body["commission_id"] = foreign.json()["id"];
  EXPECT_EQ(staff_.Post(PlansPath(city_), body).field("commission_id"), "other_maslikhat");
  body["commission_id"] = 987654;
  EXPECT_EQ(staff_.Post(PlansPath(city_), body).field("commission_id"), "not_found");
}

TEST_F(WorkPlansApi, ItemLinksMustBeOfThePlansMaslikhat) {
  const int64_t id = NewPlan();
  const int64_t sitting = Sitting(staff_, city_, 14);
  const int64_t act = NewAct(staff_, city_, "14-1");
  json body = ItemBody(4, "О бюджете");
  body["sitting_id"] = sitting;
  body["act_id"] = act;
  body["deputy_id"] = deputy1_;
  body["status"] = "done";
  json plan = AddItem(id, body);
  const json item = plan["items"][0];
  EXPECT_EQ(item["sitting_id"], sitting);
  EXPECT_EQ(item["sitting"]["number"], 14);
  EXPECT_EQ(item["sitting"]["held_on"], "2026-12-10");
  EXPECT_EQ(item["act"]["number"], "14-1");
  EXPECT_EQ(item["act"]["title_ru"], "О бюджете");
  EXPECT_EQ(item["deputy"]["name_ru"], "Бекова Айгуль");
  const int64_t item_id = item["id"];

  // Another maslikhat's sitting, act and deputy; ids that do not exist.
  const int64_t other_sitting = Sitting(other_staff_, other_, 3);
  const int64_t other_act = NewAct(other_staff_, other_, "3-1");
  auto other_deputy = admin_.Post("/api/v1/maslikhats/" + std::to_string(other_) + "/deputies",
                                  {{"full_name_ru", "Чужой Депутат"},
                                   {"full_name_kk", "Бөтен Депутат"},
                                   {"mandate_type", "party_list"}});
  ASSERT_EQ(other_deputy.status, 201) << other_deputy.body;
  auto with = [&](const char* key, int64_t value) {
    json b = ItemBody(2);
    b[key] = value;
    return staff_.Post(PlanPath(id) + "/items", b);
  };
  EXPECT_EQ(with("sitting_id", other_sitting).field("sitting_id"), "other_maslikhat");
  EXPECT_EQ(with("act_id", other_act).field("act_id"), "other_maslikhat");
  EXPECT_EQ(with("deputy_id", other_deputy.json()["id"].get<int64_t>()).field("deputy_id"),
            "not_a_deputy");
  EXPECT_EQ(with("sitting_id", 987654).field("sitting_id"), "not_found");
  EXPECT_EQ(with("act_id", 987654).field("act_id"), "not_found");
  EXPECT_EQ(
      staff_.Patch(ItemPath(id, item_id), {{"sitting_id", other_sitting}}).field("sitting_id"),
      "other_maslikhat");
  // Nothing of it changed the plan; null clears a link.
  auto cleared = staff_.Patch(ItemPath(id, item_id), {{"act_id", nullptr}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(cleared.json()["items"].size(), 1u);
  EXPECT_EQ(cleared.json()["items"][0]["act_id"], nullptr);
  EXPECT_EQ(cleared.json()["items"][0]["act"], nullptr);
  EXPECT_EQ(cleared.json()["items"][0]["sitting_id"], sitting);
  // An item of another plan through this plan's path: 404.
  const int64_t other_plan = NewPlan(2027);
  const int64_t foreign_item = AddItem(other_plan, ItemBody(1))["items"][0]["id"];
  EXPECT_EQ(staff_.Patch(ItemPath(id, foreign_item), {{"status", "done"}}).status, 404);
  EXPECT_EQ(staff_.Delete(ItemPath(id, foreign_item)).status, 404);
}

TEST_F(WorkPlansApi, OnlyTheMaslikhatsStaffKeepItsPlans) {
  const int64_t id = NewPlan();
  const int64_t item = AddItem(id, ItemBody(1))["items"][0]["id"];
  // Another maslikhat's staff: refused on the maslikhat's paths; its draft does not exist for them.
  EXPECT_EQ(other_staff_.Post(PlansPath(city_), PlanBody(2030)).status, 403);
  EXPECT_EQ(other_staff_.Get(PlansPath(city_)).status, 403);
  EXPECT_EQ(other_staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 404);
  EXPECT_EQ(other_staff_.Post(PlanPath(id) + "/items", ItemBody(2)).status, 404);
  EXPECT_EQ(other_staff_.Patch(ItemPath(id, item), {{"status", "done"}}).status, 404);
  EXPECT_EQ(other_staff_.Delete(ItemPath(id, item)).status, 404);
  // Published, it is seen, and still not theirs to change: 403; nor a citizen's or a deputy's.
  ASSERT_EQ(staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 200);
  EXPECT_EQ(other_staff_.Patch(PlanPath(id), {{"title_ru", "Чужой"}}).status, 403);
  EXPECT_EQ(other_staff_.Post(PlanPath(id) + "/items", ItemBody(2)).status, 403);
  EXPECT_EQ(other_staff_.Delete(ItemPath(id, item)).status, 403);
  EXPECT_EQ(citizen_.Patch(ItemPath(id, item), {{"status", "done"}}).status, 403);
  EXPECT_EQ(dep1_.Post(PlanPath(id) + "/items", ItemBody(2)).status, 403);
  Client anonymous = app_.NewClient();
  anonymous.PrimeCsrf();
  EXPECT_EQ(anonymous.Post(PlanPath(id) + "/items", ItemBody(2)).status, 401);
  EXPECT_EQ(Public(id).json()["items"].size(), 1u);
  // The administrator may; a maslikhat or plan that does not exist is 404.
  EXPECT_EQ(admin_.Post(PlanPath(id) + "/items", ItemBody(2)).status, 201);
  EXPECT_EQ(admin_.Post(PlansPath(987654), PlanBody(2026)).status, 404);
  EXPECT_EQ(admin_.Get(PlansPath(987654)).status, 404);
  EXPECT_EQ(staff_.Patch(PlanPath(987654), {{"state", "published"}}).status, 404);
  EXPECT_EQ(Public(987654).status, 404);
}

TEST_F(WorkPlansApi, HostileInputIsRefusedAndTheServerStaysUp) {
  const int64_t id = NewPlan();
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(
      staff_.Send("POST", PlansPath(city_), deep, {{"Content-Type", "application/json"}}).status,
      422);
  const std::string deeper = std::string(100000, '{') + std::string(100000, '}');
  EXPECT_EQ(
      staff_.Send("POST", PlanPath(id) + "/items", deeper, {{"Content-Type", "application/json"}})
          .status,
      422);
  // Huge strings, unknown fields, wrong types, out-of-range numbers, unknown words.
  json body = ItemBody(1);
  body["text_ru"] = std::string(2001, 'x');
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("text_ru"), "too_long");
  body = ItemBody(1);
  body["responsible"] = std::string(100000, 'x');
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("responsible"), "too_long");
  body = ItemBody(1);
  body["owner_id"] = 1;
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).status, 422);
  body = ItemBody(5);
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("quarter"), "out_of_range");
  body = ItemBody(1);
  body["status"] = "finished";
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("status"), "invalid");
  body = ItemBody(1);
  body["quarter"] = "1";
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("quarter"), "wrong_type");
  body = ItemBody(1);
  body["text_kk"] = "  ";
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("text_kk"), "required");
  body = ItemBody(1);
  body["text_ru"] = "a\x01b";
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("text_ru"), "invalid_characters");
  json plan = PlanBody(1999);
  EXPECT_EQ(staff_.Post(PlansPath(city_), plan).field("year"), "out_of_range");
  plan = PlanBody(2029);
  plan["state"] = "published";  // a new plan is a draft: the state is not a field of it
  EXPECT_EQ(staff_.Post(PlansPath(city_), plan).status, 422);
  plan = PlanBody(2029);
  plan["title_ru"] = std::string(501, 'x');
  EXPECT_EQ(staff_.Post(PlansPath(city_), plan).field("title_ru"), "too_long");
  EXPECT_EQ(staff_.Patch(PlanPath(id), {{"state", "archived"}}).field("state"), "invalid");
  EXPECT_EQ(staff_.Patch(PlanPath(id), {{"title_kk", ""}}).status, 422);
  EXPECT_EQ(staff_.Patch(PlanPath(id), {{"maslikhat_id", other_}}).status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/work-plans?maslikhat_id=abc").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/work-plans?year=99999").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/work-plans/abc").status, 404);
  // Item numbers: a taken one is 409; none of the refused requests added an item.
  AddItem(id, ItemBody(1));
  body = ItemBody(2);
  body["number"] = 1;
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", body).field("number"), "taken");
  EXPECT_EQ(staff_.Get("/api/v1/public/work-plans/" + std::to_string(id)).json()["items"].size(),
            1u);
  // A flood of status changes: each answered, the last one stands; the server still answers.
  const int64_t item =
      staff_.Get("/api/v1/public/work-plans/" + std::to_string(id)).json()["items"][0]["id"];
  const char* const kStatuses[] = {"planned", "in_progress", "done", "postponed", "cancelled"};
  for (int i = 0; i < 40; ++i)
    EXPECT_EQ(staff_.Patch(ItemPath(id, item), {{"status", kStatuses[i % 5]}}).status, 200);
  for (int i = 0; i < 40; ++i)
    EXPECT_EQ(app_.NewClient().Get("/api/v1/public/work-plans?year=2026").status, 200);
  EXPECT_EQ(
      staff_.Get("/api/v1/public/work-plans/" + std::to_string(id)).json()["items"][0]["status"],
      "cancelled");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(WorkPlansApi, APlanHoldsAtMostTwoHundredItems) {
  const int64_t id = NewPlan();
  for (int i = 0; i < 200; ++i) {
    auto r = staff_.Post(PlanPath(id) + "/items", ItemBody(1 + i % 4));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/items", ItemBody(1)).field("items"), "too_many");
  EXPECT_EQ(staff_.Get("/api/v1/public/work-plans/" + std::to_string(id)).json()["items"].size(),
            200u);
}

}  // namespace
}  // namespace kenes::testing
