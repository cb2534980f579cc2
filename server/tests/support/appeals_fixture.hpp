#pragma once
// A city maslikhat with two okrugs and their deputies (linked to accounts), its staff, another
// maslikhat's staff, and two citizens: the world the appeals and notifications API tests run in.
#include <ctime>

#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace kenes::testing {

using nlohmann::json;

inline int64_t Utc(const char* iso) {  // "2026-03-22T05:00:00Z"
  std::tm tm{};
  strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return static_cast<int64_t>(timegm(&tm)) * 1000;
}

class AppealsFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    app_.CreateAccount("admin@example.kz", "admin-password-1", {{"admin", std::nullopt}});
    admin_ = Login("admin@example.kz", "admin-password-1");
    int64_t t = Create(admin_, "/api/v1/territories",
                       {{"level", "regional_city"},
                        {"name_kk", "Көкшетау"},
                        {"name_ru", "Кокшетау"},
                        {"valid_from", "1991-12-16"}});
    city_ = Create(
        admin_, "/api/v1/maslikhats",
        {{"territory_id", t}, {"level", "city"}, {"name_kk", "Қалалық"}, {"name_ru", "Городской"}});
    other_ = Create(
        admin_, "/api/v1/maslikhats",
        {{"territory_id", t}, {"level", "district"}, {"name_kk", "Басқа"}, {"name_ru", "Другой"}});
    okrug1_ =
        Create(admin_, "/api/v1/maslikhats/" + std::to_string(city_) + "/okrugs", {{"number", 1}});
    okrug2_ =
        Create(admin_, "/api/v1/maslikhats/" + std::to_string(city_) + "/okrugs", {{"number", 2}});
    deputy1_ = Create(admin_, "/api/v1/maslikhats/" + std::to_string(city_) + "/deputies",
                      {{"full_name_ru", "Бекова Айгуль"},
                       {"full_name_kk", "Бекова Айгүл"},
                       {"mandate_type", "single_mandate"},
                       {"okrug_id", okrug1_}});
    deputy2_ = Create(admin_, "/api/v1/maslikhats/" + std::to_string(city_) + "/deputies",
                      {{"full_name_ru", "Оспанов Ерлан"},
                       {"full_name_kk", "Оспанов Ерлан"},
                       {"mandate_type", "single_mandate"},
                       {"okrug_id", okrug2_}});
    app_.CreateAccount("deputy1@example.kz", "deputy-password-1", {{"deputy", okrug1_}});
    app_.CreateAccount("deputy2@example.kz", "deputy-password-2", {{"deputy", okrug2_}});
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    dep2_ = Login("deputy2@example.kz", "deputy-password-2");
    Link(deputy1_, dep1_);
    Link(deputy2_, dep2_);
    app_.CreateAccount("staff@example.kz", "staff-password-1", {{"staff", city_}});
    staff_ = Login("staff@example.kz", "staff-password-1");
    app_.CreateAccount("other@example.kz", "other-password-1", {{"staff", other_}});
    other_staff_ = Login("other@example.kz", "other-password-1");
    citizen_ = app_.SignedIn("citizen@example.kz");
    stranger_ = app_.SignedIn("stranger@example.kz");
  }

  Client Login(const std::string& email, const std::string& password) {
    return app_.Login(email, password);
  }
  int64_t Create(Client& c, const std::string& path, const json& body) {
    return Created(c, path, body);
  }
  void Link(int64_t deputy, Client& account) {
    int64_t user = account.Get("/api/v1/me").json()["id"];
    ASSERT_EQ(
        admin_.Patch("/api/v1/deputies/" + std::to_string(deputy), {{"user_id", user}}).status,
        200);
  }
  json Appeal(const std::string& subject = "Яма на дороге") {
    return {{"type", "complaint"},
            {"language", "ru"},
            {"subject", subject},
            {"body", "Во дворе дома 12 по ул. Абая яма."},
            {"addressee", "deputy"},
            {"deputy_id", deputy1_},
            {"problem_address", "ул. Абая, 12"}};
  }
  // A signed-in account granted `role` (chair, deputy_chair, head_of_apparatus…) of the city
  // maslikhat: those who may extend a term. Made on demand: most tests need none.
  Client Leader(const std::string& role) {
    const std::string email = role + "@example.kz";
    app_.CreateAccount(email, role + "-password-1", {{role, city_}});
    return Login(email, role + "-password-1");
  }
  HttpResult File(Client& c, const json& body) { return c.Post("/api/v1/appeals", body); }
  HttpResult File(Client&& c, const json& body) { return c.Post("/api/v1/appeals", body); }
  HttpResult Act(Client& c, int64_t id, const json& body) {
    return c.Post("/api/v1/appeals/" + std::to_string(id) + "/actions", body);
  }
  void Set2026Calendar() {
    json days = json::array();
    for (auto d : {"2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
                   "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11",
                   "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"}) {
      days.push_back({{"day", d}, {"kind", "non_working"}, {"note", "holiday"}});
    }
    auto r = admin_.Send("PUT", "/api/v1/calendar/2026", json{{"days", days}}.dump(),
                         {{"Content-Type", "application/json"}});
    ASSERT_EQ(r.status, 200) << r.body;
  }

  TestApp app_;
  Client admin_{0}, dep1_{0}, dep2_{0}, staff_{0}, other_staff_{0}, citizen_{0}, stranger_{0};
  int64_t city_ = 0, other_ = 0, okrug1_ = 0, okrug2_ = 0, deputy1_ = 0, deputy2_ = 0;
};

}  // namespace kenes::testing
