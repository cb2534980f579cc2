// The registry of normative legal acts over HTTP: recording, the public list and search (stemmed,
// kk and ru), entry into force, editions, status transitions, scope and hostile input.
#include <cctype>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class ActsApi : public AppealsFixture {
 protected:
  std::string ActsPath(int64_t maslikhat) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/acts";
  }
  static std::string ActPath(int64_t id) { return "/api/v1/acts/" + std::to_string(id); }
  static std::string PublicPath(int64_t id) { return "/api/v1/public/acts/" + std::to_string(id); }
  static json Body(const std::string& number, const std::string& title_ru,
                   const std::string& title_kk, const std::string& adopted_on = "2026-03-02") {
    return {{"number", number},
            {"adopted_on", adopted_on},
            {"title_kk", title_kk},
            {"title_ru", title_ru}};
  }
  int64_t Record(const json& body) {
    auto r = staff_.Post(ActsPath(city_), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  json List(const std::string& query) {
    auto r = app_.NewClient().Get("/api/v1/public/acts" + query);
    EXPECT_EQ(r.status, 200) << query << " " << r.body;
    return r.json();
  }
  std::vector<int64_t> Ids(const std::string& query) {
    const json page = List(query);
    std::vector<int64_t> out;
    for (const auto& a : page["items"]) out.push_back(a["id"]);
    return out;
  }
};

TEST_F(ActsApi, StaffRecordAnActAndEveryoneReadsIt) {
  json body = Body("12-3/VIII", "О правилах благоустройства территории города",
                   "Қала аумағын абаттандыру қағидалары туралы");
  body["registration_number"] = "6217";
  body["registered_on"] = "2026-03-15";
  body["published_on"] = "2026-04-01";
  body["publication_source"] = "Эталонный контрольный банк НПА РК, 01.04.2026";
  body["adilet_url"] = "https://adilet.zan.kz/rus/docs/V26N0006217";
  body["text_ru"] = "1. Утвердить правила.\n2. Контроль возложить на комиссию.";
  body["text_kk"] = "1. Қағидалар бекітілсін.\n2. Бақылау комиссияға жүктелсін.";
  auto r = staff_.Post(ActsPath(city_), body);
  ASSERT_EQ(r.status, 201) << r.body;
  const json act = r.json();
  EXPECT_EQ(act["status"], "not_in_force_yet");
  EXPECT_EQ(act["force_delay_days"], 10);
  // Ten calendar days after the day of publication (1 April): in force from 12 April.
  EXPECT_EQ(act["in_force_on"], "2026-04-12");
  EXPECT_EQ(act["editions"].size(), 0u);

  auto got = app_.NewClient().Get(PublicPath(act["id"]));
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.json()["text_kk"], body["text_kk"]);
  EXPECT_EQ(got.json()["registration_number"], "6217");
  const json page = List("?maslikhat=" + std::to_string(city_));
  ASSERT_EQ(page["items"].size(), 1u);
  EXPECT_FALSE(page["items"][0].contains("text_ru"));  // the list carries no texts
  EXPECT_TRUE(page["next_cursor"].is_null());
}

TEST_F(ActsApi, EntryIntoForceIsConfigurablePerAct) {
  json body = Body("1", "О бюджете", "Бюджет туралы");
  body["published_on"] = "2026-12-25";
  EXPECT_EQ(staff_.Post(ActsPath(city_), body).json()["in_force_on"], "2027-01-05");
  body["force_delay_days"] = 0;
  EXPECT_EQ(staff_.Post(ActsPath(city_), body).json()["in_force_on"], "2026-12-25");
  body["in_force_on"] = "2027-01-01";
  const json set = staff_.Post(ActsPath(city_), body).json();
  EXPECT_EQ(set["in_force_on"], "2027-01-01");
  // Clearing the date set by hand computes it from publication again.
  auto cleared = staff_.Patch(ActPath(set["id"]), {{"in_force_on", nullptr}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(cleared.json()["in_force_on"], "2026-12-25");
  // Not published yet: no date.
  EXPECT_TRUE(staff_.Post(ActsPath(city_), Body("2", "О ставках", "Мөлшерлемелер туралы"))
                  .json()["in_force_on"]
                  .is_null());
  body["force_delay_days"] = 400;
  EXPECT_EQ(staff_.Post(ActsPath(city_), body).field("force_delay_days"), "out_of_range");
}

TEST_F(ActsApi, StatusMovesOnlyTheLawfulWay) {
  const int64_t id = Record(Body("5", "О ставках налога", "Салық мөлшерлемелері туралы"));
  auto to = [&](const char* status) {
    return staff_.Post(ActPath(id) + "/status", {{"status", status}});
  };
  EXPECT_EQ(to("amended").status, 409);
  EXPECT_EQ(to("amended").field("status"), "transition");
  EXPECT_EQ(to("in_force").json()["status"], "in_force");
  EXPECT_EQ(to("in_force").status, 409);
  EXPECT_EQ(to("amended").json()["status"], "amended");
  EXPECT_EQ(to("amended").status, 200);
  EXPECT_EQ(to("repealed").json()["status"], "repealed");
  EXPECT_EQ(to("in_force").status, 409);
  EXPECT_EQ(to("not_in_force_yet").status, 409);
  EXPECT_EQ(to("valid").field("status"), "invalid");
  // A repealed act takes no new edition.
  EXPECT_EQ(staff_.Post(ActPath(id) + "/editions", {{"edition_on", "2026-11-01"}, {"changes", "x"}})
                .status,
            409);
}

TEST_F(ActsApi, AnEditionBecomesTheLastAndAmendsAnActInForce) {
  json body = Body("7", "О социальной помощи", "Әлеуметтік көмек туралы", "2025-02-01");
  body["text_ru"] = "Размер помощи — 5 МРП.";
  body["status"] = "in_force";
  const int64_t id = Record(body);
  auto e = staff_.Post(ActPath(id) + "/editions", {{"edition_on", "2026-06-01"},
                                                   {"changes", "Размер помощи увеличен до 10 МРП."},
                                                   {"text_ru", "Размер помощи — 10 МРП."}});
  ASSERT_EQ(e.status, 201) << e.body;
  EXPECT_EQ(e.json()["status"], "amended");
  EXPECT_EQ(e.json()["last_edition_on"], "2026-06-01");
  EXPECT_EQ(e.json()["text_ru"], "Размер помощи — 10 МРП.");
  // An older edition entered late goes into the history, not over the current text.
  auto older = staff_.Post(ActPath(id) + "/editions",
                           {{"edition_on", "2025-09-01"}, {"changes", "Уточнена формулировка."}});
  ASSERT_EQ(older.status, 201) << older.body;
  const json act = older.json();
  EXPECT_EQ(act["last_edition_on"], "2026-06-01");
  EXPECT_EQ(act["text_ru"], "Размер помощи — 10 МРП.");
  ASSERT_EQ(act["editions"].size(), 2u);
  EXPECT_EQ(act["editions"][0]["edition_on"], "2025-09-01");
  EXPECT_EQ(act["editions"][1]["changes"], "Размер помощи увеличен до 10 МРП.");
  EXPECT_EQ(staff_.Post(ActPath(id) + "/editions", {{"edition_on", "2024-01-01"}, {"changes", "x"}})
                .field("edition_on"),
            "before_adoption");
  EXPECT_EQ(staff_.Post(ActPath(id) + "/editions", {{"edition_on", "01.06.2026"}, {"changes", "x"}})
                .field("edition_on"),
            "invalid");
}

TEST_F(ActsApi, FiltersAndStemmedSearchInBothLanguages) {
  const int64_t roads =
      Record(Body("1", "О ремонте дорог города", "Қала жолдарын жөндеу туралы", "2025-05-10"));
  const int64_t budget = Record(Body("2", "О бюджете города на 2026 год",
                                     "Қаланың 2026 жылға арналған бюджеті туралы", "2026-01-15"));
  const int64_t tax = Record(Body("3", "О ставках земельного налога",
                                  "Жер салығының мөлшерлемелері туралы", "2026-02-20"));
  ASSERT_EQ(staff_.Post(ActPath(tax) + "/status", {{"status", "in_force"}}).status, 200);
  ASSERT_EQ(other_staff_.Post(ActsPath(other_), Body("1", "О дорогах", "Жолдар туралы")).status,
            201);

  const std::string city = "?maslikhat=" + std::to_string(city_);
  EXPECT_EQ(Ids(city), (std::vector<int64_t>{tax, budget, roads}));  // newest adopted first
  EXPECT_EQ(Ids(city + "&year=2026"), (std::vector<int64_t>{tax, budget}));
  EXPECT_EQ(Ids(city + "&status=in_force"), (std::vector<int64_t>{tax}));
  // Other forms of the words find the act: «дороги» / «дорог», «жолдар» / «жолдарын».
  EXPECT_EQ(Ids(city + "&q=" + Enc("дороги")), (std::vector<int64_t>{roads}));
  EXPECT_EQ(Ids(city + "&q=" + Enc("жолдар")), (std::vector<int64_t>{roads}));
  EXPECT_EQ(Ids(city + "&q=" + Enc("бюджета города")), (std::vector<int64_t>{budget}));
  EXPECT_EQ(Ids(city + "&q=" + Enc("салығы")), (std::vector<int64_t>{tax}));
  EXPECT_EQ(Ids("?q=" + Enc("дороги")).size(), 2u);  // both maslikhats
  EXPECT_TRUE(Ids(city + "&q=" + Enc("бюджет") + "&status=in_force").empty());
  EXPECT_TRUE(Ids(city + "&q=%21%21%21").empty());  // no words at all

  // Pages follow one another by the cursor.
  const json first = List(city + "&limit=2");
  ASSERT_EQ(first["items"].size(), 2u);
  ASSERT_TRUE(first["next_cursor"].is_string());
  const json second = List(city + "&limit=2&cursor=" + first["next_cursor"].get<std::string>());
  ASSERT_EQ(second["items"].size(), 1u);
  EXPECT_EQ(second["items"][0]["id"], roads);
  EXPECT_TRUE(second["next_cursor"].is_null());

  // A correction re-indexes the act's words.
  ASSERT_EQ(staff_.Patch(ActPath(roads), {{"title_ru", "О благоустройстве парков"}}).status, 200);
  EXPECT_TRUE(Ids(city + "&q=" + Enc("дороги")).empty() ||
              Ids(city + "&q=" + Enc("дороги")) ==
                  std::vector<int64_t>{roads});  // kk title still says roads
  EXPECT_EQ(Ids(city + "&q=" + Enc("парков")), (std::vector<int64_t>{roads}));
}

TEST_F(ActsApi, ActsLinkBothWaysAndARepealSetsTheStatus) {
  const int64_t old_act =
      Record(Body("10", "О правилах благоустройства", "Көркейту қағидалары туралы", "2020-03-02"));
  const int64_t amending =
      Record(Body("20", "О внесении изменений в правила благоустройства",
                  "Көркейту қағидаларына өзгерістер енгізу туралы", "2024-03-02"));
  const int64_t repealing = Record(Body("30", "О признании утратившими силу правил благоустройства",
                                        "Көркейту қағидаларының күшін жою туралы", "2026-03-02"));
  ASSERT_EQ(staff_.Post(ActPath(old_act) + "/status", {{"status", "in_force"}}).status, 200);
  auto link = [&](int64_t id, const char* relation, int64_t other) {
    return staff_.Post(ActPath(id) + "/links", {{"relation", relation}, {"act_id", other}});
  };
  // From the newer act: it amends the old one, which becomes amended; seen from both sides.
  auto amended = link(amending, "amends", old_act);
  ASSERT_EQ(amended.status, 201) << amended.body;
  ASSERT_EQ(amended.json()["links"].size(), 1u);
  EXPECT_EQ(amended.json()["links"][0]["relation"], "amends");
  EXPECT_EQ(amended.json()["links"][0]["act"]["number"], "10");
  json old_json = app_.NewClient().Get(PublicPath(old_act)).json();
  EXPECT_EQ(old_json["status"], "amended");
  ASSERT_EQ(old_json["links"].size(), 1u);
  EXPECT_EQ(old_json["links"][0]["relation"], "amended_by");
  EXPECT_EQ(old_json["links"][0]["act"]["id"], amending);
  // From the older act: repealed by the newest, which sets its status.
  auto repealed = link(old_act, "repealed_by", repealing);
  ASSERT_EQ(repealed.status, 201) << repealed.body;
  EXPECT_EQ(repealed.json()["status"], "repealed");
  ASSERT_EQ(repealed.json()["links"].size(), 2u);
  EXPECT_EQ(repealed.json()["links"][0]["relation"], "repealed_by");  // the newest other act first
  const int64_t repeal_link = repealed.json()["links"][0]["id"];
  EXPECT_EQ(app_.NewClient().Get(PublicPath(repealing)).json()["links"][0]["relation"], "repeals");
  // The same link again, itself, an act of another maslikhat or none: refused, nothing changes.
  EXPECT_EQ(link(repealing, "repeals", old_act).status, 409);
  EXPECT_EQ(link(repealing, "repeals", old_act).field("act_id"), "taken");
  EXPECT_EQ(link(amending, "amends", amending).field("act_id"), "self");
  EXPECT_EQ(link(amending, "amends", 987654).field("act_id"), "not_found");
  EXPECT_EQ(link(amending, "replaces", old_act).field("relation"), "invalid");
  auto other = other_staff_.Post("/api/v1/maslikhats/" + std::to_string(other_) + "/acts",
                                 Body("1", "Чужой", "Бөтен"));
  ASSERT_EQ(other.status, 201) << other.body;
  EXPECT_EQ(link(amending, "amends", other.json()["id"]).field("act_id"), "other_maslikhat");
  EXPECT_EQ(
      other_staff_.Post(ActPath(amending) + "/links", {{"relation", "amends"}, {"act_id", old_act}})
          .status,
      403);
  EXPECT_EQ(
      citizen_.Send("DELETE", ActPath(old_act) + "/links/" + std::to_string(repeal_link), "", {})
          .status,
      403);
  // A wrong repeal removed: the act is amended again, as it was.
  EXPECT_EQ(
      staff_.Send("DELETE", ActPath(amending) + "/links/" + std::to_string(repeal_link), "", {})
          .status,
      404);  // not a link of this act
  auto undone =
      staff_.Send("DELETE", ActPath(old_act) + "/links/" + std::to_string(repeal_link), "", {});
  ASSERT_EQ(undone.status, 200) << undone.body;
  EXPECT_EQ(undone.json()["status"], "amended");
  EXPECT_EQ(undone.json()["links"].size(), 1u);
  EXPECT_EQ(app_.NewClient().Get(PublicPath(repealing)).json()["links"].size(), 0u);
}

TEST_F(ActsApi, OnlyTheMaslikhatsStaffKeepItsActs) {
  const int64_t id = Record(Body("9", "О регламенте", "Регламент туралы"));
  EXPECT_EQ(other_staff_.Post(ActsPath(city_), Body("1", "Чужое", "Бөтен")).status, 403);
  EXPECT_EQ(other_staff_.Patch(ActPath(id), {{"title_ru", "Чужое"}}).status, 403);
  EXPECT_EQ(other_staff_.Post(ActPath(id) + "/status", {{"status", "in_force"}}).status, 403);
  EXPECT_EQ(
      other_staff_.Post(ActPath(id) + "/editions", {{"edition_on", "2026-05-01"}, {"changes", "x"}})
          .status,
      403);
  EXPECT_EQ(citizen_.Post(ActsPath(city_), Body("1", "Гражданин", "Азамат")).status, 403);
  EXPECT_EQ(dep1_.Patch(ActPath(id), {{"note", "x"}}).status, 403);
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id)).json()["title_ru"], "О регламенте");
  // Ids that name nothing: 404.
  EXPECT_EQ(staff_.Patch(ActPath(987654), {{"note", "x"}}).status, 404);
  EXPECT_EQ(app_.NewClient().Get(PublicPath(987654)).status, 404);
  EXPECT_EQ(admin_.Post(ActsPath(987654), Body("1", "Нет", "Жоқ")).status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/acts/abc").status, 404);
}

TEST_F(ActsApi, HostileInputIsRefusedAndTheServerStaysUp) {
  const int64_t id = Record(Body("1", "О порядке", "Тәртібі туралы"));
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(
      staff_.Send("POST", ActsPath(city_), deep, {{"Content-Type", "application/json"}}).status,
      422);
  json huge = Body("2", "Огромный", "Үлкен");
  huge["text_ru"] = std::string(200001, 'x');
  EXPECT_EQ(staff_.Post(ActsPath(city_), huge).field("text_ru"), "too_long");
  huge["text_ru"] = std::string(2 << 20, 'x');  // over the 1 MiB body cap
  EXPECT_EQ(staff_.Post(ActsPath(city_), huge).status, 413);
  EXPECT_EQ(staff_.Post(ActsPath(city_), {{"number", 5}}).field("number"), "wrong_type");
  EXPECT_EQ(staff_.Post(ActsPath(city_), json::object()).field("title_ru"), "required");
  json bad = Body("3", "Ссылка", "Сілтеме");
  bad["adilet_url"] = "javascript:alert(1)";
  EXPECT_EQ(staff_.Post(ActsPath(city_), bad).field("adilet_url"), "url");
  bad = Body("3", "Даты", "Күндер");
  bad["published_on"] = "2026-02-30";
  EXPECT_EQ(staff_.Post(ActsPath(city_), bad).field("published_on"), "invalid");
  bad["published_on"] = "2026-01-01";  // before adoption on 2 March
  EXPECT_EQ(staff_.Post(ActsPath(city_), bad).field("published_on"), "before_adoption");
  EXPECT_EQ(staff_.Patch(ActPath(id), {{"status", "repealed"}}).status, 422);  // not a PATCH field
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/acts?year=abc").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/acts?limit=100000").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/acts?cursor=garbage").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/acts?q=" + std::string(201, 'a')).status, 422);
  // A query of many words is cut, not refused.
  std::string words;
  for (int i = 0; i < 30; ++i) words += Enc("акт ");  // 120 characters, 30 words
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/acts?q=" + words).status, 200);
  // A flood of reads and of edits: all answered, nothing else changed.
  Client anon = app_.NewClient();
  int ok = 0;
  for (int i = 0; i < 100; ++i)
    ok += anon.Get("/api/v1/public/acts?q=" + Enc("порядок")).status == 200;
  EXPECT_GT(ok, 0);
  for (int i = 0; i < 30; ++i) {
    EXPECT_EQ(staff_.Patch(ActPath(id), {{"note", "Правка " + std::to_string(i)}}).status, 200);
  }
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id)).json()["note"], "Правка 29");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
