// Directory through HTTP: public pages, find my deputy, staff editing and scope isolation, CSV
// imports with every bad row kind, photos.
#include <gtest/gtest.h>

#include "support/images.hpp"
#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

using nlohmann::json;

class DirectoryApi : public ::testing::Test {
 protected:
  void SetUp() override {
    app_.CreateAccount("admin@example.kz", "admin-password-1", {{"admin", std::nullopt}});
    admin_ = Login("admin@example.kz", "admin-password-1");
    country_ = Create(admin_, "/api/v1/territories",
                      {{"level", "country"},
                       {"name_kk", "Қазақстан"},
                       {"name_ru", "Казахстан"},
                       {"valid_from", "1991-12-16"}});
    oblast_t_ = Create(admin_, "/api/v1/territories",
                       {{"parent_id", country_},
                        {"level", "oblast"},
                        {"name_kk", "Ақмола облысы"},
                        {"name_ru", "Акмолинская область"},
                        {"valid_from", "1991-12-16"}});
    city_t_ = Create(admin_, "/api/v1/territories",
                     {{"parent_id", oblast_t_},
                      {"level", "regional_city"},
                      {"name_kk", "Көкшетау қаласы"},
                      {"name_ru", "город Кокшетау"},
                      {"valid_from", "1991-12-16"}});
    oblast_ = Create(admin_, "/api/v1/maslikhats",
                     {{"territory_id", oblast_t_},
                      {"level", "oblast"},
                      {"name_kk", "Облыстық мәслихат"},
                      {"name_ru", "Областной маслихат"}});
    city_ = Create(admin_, "/api/v1/maslikhats",
                   {{"territory_id", city_t_},
                    {"parent_id", oblast_},
                    {"level", "city"},
                    {"name_kk", "Қалалық мәслихат"},
                    {"name_ru", "Городской маслихат"},
                    {"phones", {"+7 7162 00-00-02"}},
                    {"email", "city@example.kz"}});
    other_ = Create(admin_, "/api/v1/maslikhats",
                    {{"territory_id", city_t_},
                     {"level", "district"},
                     {"name_kk", "Басқа мәслихат"},
                     {"name_ru", "Другой маслихат"}});
    app_.CreateAccount("staff@example.kz", "staff-password-1", {{"staff", city_}});
    staff_ = Login("staff@example.kz", "staff-password-1");
    app_.CreateAccount("oblast@example.kz", "oblast-password-1", {{"staff", oblast_}});
    app_.CreateAccount("other@example.kz", "other-password-1", {{"staff", other_}});
    other_staff_ = Login("other@example.kz", "other-password-1");
  }

  Client Login(const std::string& email, const std::string& password) {
    return app_.Login(email, password);
  }
  int64_t Create(Client& c, const std::string& path, const json& body) {
    return Created(c, path, body);
  }
  int64_t Okrug(int number) {
    return Create(staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/okrugs",
                  {{"number", number}, {"name_ru", "Округ " + std::to_string(number)}});
  }
  void Cover(int64_t okrug, const std::string& street_ru, const std::string& street_kk,
             const std::string& houses) {
    Create(staff_, "/api/v1/okrugs/" + std::to_string(okrug) + "/coverage",
           {{"settlement_ru", "Кокшетау"},
            {"settlement_kk", "Көкшетау"},
            {"street_ru", street_ru},
            {"street_kk", street_kk},
            {"houses", houses}});
  }
  int64_t Deputy(int64_t okrug, const std::string& name_ru, const std::string& name_kk) {
    return Create(staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/deputies",
                  {{"full_name_ru", name_ru},
                   {"full_name_kk", name_kk},
                   {"mandate_type", "single_mandate"},
                   {"okrug_id", okrug},
                   {"party_ru", "партия «Тест»"},
                   {"bio_ru", "Биография"}});
  }
  std::string Lookup(const std::string& settlement, const std::string& street,
                     const std::string& house) {
    auto r = app_.NewClient().Get("/api/v1/addresses/lookup?settlement=" + Enc(settlement) +
                                  "&street=" + Enc(street) + "&house=" + Enc(house));
    EXPECT_EQ(r.status, 200) << r.body;
    std::string out;
    const json body = r.json();
    for (const auto& m : body["matches"]) {
      out += std::to_string(m["okrug"]["number"].get<int>()) + ":";
      for (const auto& d : m["deputies"]) out += d["full_name_ru"].get<std::string>();
      out += ";";
    }
    return out;
  }
  TestApp app_;
  Client admin_{0}, staff_{0}, other_staff_{0};
  int64_t country_ = 0, oblast_t_ = 0, city_t_ = 0, oblast_ = 0, city_ = 0, other_ = 0;
};

TEST_F(DirectoryApi, FindMyDeputyByAddressToleratesHowPeopleType) {
  int64_t o1 = Okrug(1), o2 = Okrug(2);
  Cover(o1, "ул. Абая", "Абай көшесі", "1-99 odd");
  Cover(o2, "ул. Абая", "Абай көшесі", "2-100 even");
  Cover(o2, "пр. Назарбаева", "Назарбаев даңғылы", "12А-20");
  Deputy(o1, "Бекова Айгуль", "Бекова Айгүл");
  Deputy(o2, "Оспанов Ерлан", "Оспанов Ерлан");

  EXPECT_EQ(Lookup("Кокшетау", "ул. Абая", "15"), "1:Бекова Айгуль;");
  EXPECT_EQ(Lookup("кокшетау", "Абая", "16"), "2:Оспанов Ерлан;");
  EXPECT_EQ(Lookup("Көкшетау", "Абай көшесі", "17"), "1:Бекова Айгуль;");
  EXPECT_EQ(Lookup("Кокшетау", "Кабанбай", "1"), "");
  EXPECT_EQ(Lookup("КОКШЕТАУ", "проспект Назарбаева", "12б"), "2:Оспанов Ерлан;");
  EXPECT_EQ(Lookup("Кокшетау", "Назарбаев даң.", "12"), "");  // 12 is before 12А

  auto none = app_.NewClient().Get("/api/v1/addresses/lookup?settlement=" + Enc("Кокшетау") +
                                   "&street=" + Enc("Неизвестная") + "&house=1");
  EXPECT_TRUE(none.json()["matches"].empty());
  ASSERT_EQ(none.json()["contacts"].size(), 1u);
  EXPECT_EQ(none.json()["contacts"][0]["email"], "city@example.kz");

  auto bad =
      app_.NewClient().Get("/api/v1/addresses/lookup?settlement=" + Enc("Кокшетау") + "&house=abc");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.field("house"), "invalid_format");
}

TEST_F(DirectoryApi, AutocompleteSuggestsSettlementsAndStreets) {
  int64_t o1 = Okrug(1);
  Cover(o1, "ул. Абая", "Абай көшесі", "all");
  Cover(o1, "ул. Ауэзова", "Әуезов көшесі", "all");
  auto s = app_.NewClient().Get("/api/v1/addresses/settlements?q=" + Enc("көк"));
  ASSERT_EQ(s.json()["items"].size(), 1u);
  EXPECT_EQ(s.json()["items"][0]["name_kk"], "Көкшетау");
  auto st = app_.NewClient().Get("/api/v1/addresses/streets?settlement=" + Enc("Кокшетау") +
                                 "&q=" + Enc("ау"));
  ASSERT_EQ(st.json()["items"].size(), 1u);
  EXPECT_EQ(st.json()["items"][0]["name_ru"], "ул. Ауэзова");
}

TEST_F(DirectoryApi, PublicPagesShowStructure) {
  int64_t o1 = Okrug(1);
  Cover(o1, "ул. Абая", "Абай көшесі", "all");
  int64_t d = Deputy(o1, "Бекова Айгуль", "Бекова Айгүл");
  int64_t c = Create(
      staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/commissions",
      {{"kind", "standing"}, {"name_kk", "Бюджет комиссиясы"}, {"name_ru", "Комиссия по бюджету"}});
  ASSERT_EQ(staff_
                .Send("PUT", "/api/v1/commissions/" + std::to_string(c) + "/members",
                      json{{"members", {{{"deputy_id", d}, {"role", "chair"}}}}}.dump(),
                      {{"Content-Type", "application/json"}})
                .status,
            200);
  ASSERT_EQ(
      staff_.Patch("/api/v1/maslikhats/" + std::to_string(city_), {{"chair_deputy_id", d}}).status,
      200);

  auto anon = app_.NewClient();
  auto m = anon.Get("/api/v1/maslikhats/" + std::to_string(city_));
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.json()["okrugs"].size(), 1u);
  EXPECT_EQ(m.json()["commissions"][0]["chair_deputy_id"], d);
  EXPECT_EQ(m.json()["can_edit"], false);
  auto dep = anon.Get("/api/v1/deputies/" + std::to_string(d));
  ASSERT_EQ(dep.status, 200);
  EXPECT_EQ(dep.json()["okrug"]["coverage"][0]["street_ru"], "ул. Абая");
  EXPECT_EQ(dep.json()["commissions"][0]["role"], "chair");
  EXPECT_EQ(dep.json()["roles"], json({"chair", "commission_chair"}));
  EXPECT_FALSE(dep.json().contains("private_phone"));  // staff-only field
  auto search = anon.Get("/api/v1/deputies?q=" + Enc("БЕКОВА айгүл"));
  ASSERT_EQ(search.json()["items"].size(), 1u);
  auto okrug = anon.Get("/api/v1/okrugs/" + std::to_string(o1));
  EXPECT_EQ(okrug.json()["deputies"][0]["id"], d);
  auto com = anon.Get("/api/v1/commissions/" + std::to_string(c));
  EXPECT_EQ(com.json()["deputies"][0]["id"], d);
}

TEST_F(DirectoryApi, StaffEditTheirMaslikhatOnlyOthersGet404) {
  int64_t o1 = Okrug(1);
  int64_t d = Deputy(o1, "Бекова Айгуль", "Бекова Айгүл");
  auto edit = staff_.Patch("/api/v1/deputies/" + std::to_string(d),
                           {{"bio_kk", "Жаңа өмірбаян"}, {"private_phone", "+77010000000"}});
  ASSERT_EQ(edit.status, 200) << edit.body;
  EXPECT_EQ(app_.NewClient().Get("/api/v1/deputies/" + std::to_string(d)).json()["bio_kk"],
            "Жаңа өмірбаян");

  // Another maslikhat's staff: 404 on every write, and no private fields.
  EXPECT_EQ(other_staff_.Patch("/api/v1/deputies/" + std::to_string(d), {{"bio_kk", "x"}}).status,
            404);
  EXPECT_EQ(other_staff_.Patch("/api/v1/maslikhats/" + std::to_string(city_), {{"email", "x@y.kz"}})
                .status,
            404);
  EXPECT_EQ(
      other_staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/okrugs", {{"number", 9}})
          .status,
      404);
  EXPECT_EQ(other_staff_.Delete("/api/v1/okrugs/" + std::to_string(o1)).status, 404);
  EXPECT_FALSE(
      other_staff_.Get("/api/v1/deputies/" + std::to_string(d)).json().contains("private_phone"));
  // The oblast maslikhat's staff read (not edit) the city's private fields.
  Client oblast = Login("oblast@example.kz", "oblast-password-1");
  EXPECT_EQ(oblast.Get("/api/v1/deputies/" + std::to_string(d)).json()["private_phone"],
            "+77010000000");
  EXPECT_EQ(oblast.Patch("/api/v1/deputies/" + std::to_string(d), {{"bio_kk", "x"}}).status, 404);
  // Unpublished deputies disappear for the public but not for their staff.
  ASSERT_EQ(staff_.Patch("/api/v1/deputies/" + std::to_string(d), {{"published", false}}).status,
            200);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/deputies/" + std::to_string(d)).status, 404);
  EXPECT_EQ(other_staff_.Get("/api/v1/deputies/" + std::to_string(d)).status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/deputies/" + std::to_string(d)).status, 200);
  // Anonymous writes need a session.
  auto anon = app_.NewClient();
  anon.PrimeCsrf();
  EXPECT_EQ(anon.Patch("/api/v1/deputies/" + std::to_string(d), {{"bio_kk", "x"}}).status, 401);
}

TEST_F(DirectoryApi, DeputyValidationAndPartyListHasNoOkrug) {
  int64_t o1 = Okrug(1);
  auto path = "/api/v1/maslikhats/" + std::to_string(city_) + "/deputies";
  auto bad = staff_.Post(path, {{"full_name_ru", "Х"},
                                {"full_name_kk", "Х"},
                                {"mandate_type", "party_list"},
                                {"okrug_id", o1}});
  EXPECT_EQ(bad.field("okrug_id"), "invalid");
  auto missing = staff_.Post(
      path, {{"full_name_ru", "Х"}, {"full_name_kk", "Х"}, {"mandate_type", "single_mandate"}});
  EXPECT_EQ(missing.field("okrug_id"), "required");
  auto other_okrug =
      Create(admin_, "/api/v1/maslikhats/" + std::to_string(other_) + "/okrugs", {{"number", 1}});
  auto foreign = staff_.Post(path, {{"full_name_ru", "Х"},
                                    {"full_name_kk", "Х"},
                                    {"mandate_type", "single_mandate"},
                                    {"okrug_id", other_okrug}});
  EXPECT_EQ(foreign.field("okrug_id"), "invalid");
  auto links = staff_.Post(path, {{"full_name_ru", "Х"},
                                  {"full_name_kk", "Х"},
                                  {"mandate_type", "party_list"},
                                  {"social_links", {{"facebook", "http://insecure"}}}});
  EXPECT_EQ(links.field("social_links"), "invalid");
  auto ok = staff_.Post(path, {{"full_name_ru", "Партийный Депутат"},
                               {"full_name_kk", "Партиялық Депутат"},
                               {"mandate_type", "party_list"}});
  EXPECT_EQ(ok.status, 201);
  EXPECT_TRUE(ok.json()["okrug_id"].is_null());
  auto dup =
      staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/okrugs", {{"number", 1}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.field("number"), "taken");
}

TEST_F(DirectoryApi, CoverageImportReportsEveryBadRowAndImportsNothing) {
  Okrug(1);
  Okrug(2);
  auto path = "/api/v1/maslikhats/" + std::to_string(city_) + "/imports/coverage?dry_run=false";
  std::string bad =
      "okrug_number,settlement_ru,settlement_kk,street_ru,street_kk,houses\n"
      "1,Кокшетау,Көкшетау,ул. Абая,Абай көшесі,1-99 odd\n"  // line 2 fine
      "7,Кокшетау,Көкшетау,ул. Абая,Абай көшесі,all\n"       // 3 unknown okrug
      ",Кокшетау,Көкшетау,ул. Абая,Абай көшесі,all\n"        // 4 okrug required
      "1,,,ул. Абая,,all\n"                                  // 5 settlement required
      "2,Кокшетау,Көкшетау,ул. Мира,Мир көшесі,20-10\n"      // 6 bad range
      "1,Кокшетау,Көкшетау,ул. Абая,Абай көшесі,1-99 odd\n"  // 7 duplicate of 2
      "2,Кокшетау,Көкшетау\n"                                // 8 wrong column count
      "x,Кокшетау,Көкшетау,ул. Абая,Абай көшесі,all\n";      // 9 okrug invalid
  auto r = staff_.Send("POST", path, bad, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(r.status, 422) << r.body;
  std::map<int, std::string> got;
  const json body = r.json();
  for (const auto& e : body["errors"])
    got[e["line"].get<int>()] +=
        e["field"].get<std::string>() + "/" + e["reason"].get<std::string>() + " ";
  EXPECT_EQ(got[3], "okrug_number/unknown_okrug ");
  EXPECT_EQ(got[4], "okrug_number/required ");
  EXPECT_EQ(got[5], "settlement_ru/required ");
  EXPECT_EQ(got[6], "houses/invalid_range ");
  EXPECT_EQ(got[7], "row/duplicate ");
  EXPECT_NE(got[8].find("row/wrong_column_count"), std::string::npos);
  EXPECT_EQ(got[9], "okrug_number/invalid ");
  EXPECT_EQ(got.count(2), 0u);
  EXPECT_EQ(Lookup("Кокшетау", "Абая", "1"), "");  // nothing imported

  auto header =
      staff_.Send("POST", path, "okrug,settlement\n1,x\n", {{"Content-Type", "text/csv"}});
  EXPECT_EQ(header.status, 422);
  EXPECT_EQ(header.json()["errors"][0]["reason"], "unknown_column");

  std::string good =
      "okrug_number;settlement_ru;settlement_kk;street_ru;street_kk;houses\n"
      "1;Кокшетау;Көкшетау;ул. Абая;Абай көшесі;1-99 нечётные\n"
      "2;Кокшетау;Көкшетау;ул. Абая;Абай көшесі;2-100 жұп\n";
  auto dry = staff_.Send(
      "POST", "/api/v1/maslikhats/" + std::to_string(city_) + "/imports/coverage?dry_run=true",
      good, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 2);
  EXPECT_EQ(dry.json()["imported"], 0);
  EXPECT_EQ(Lookup("Кокшетау", "Абая", "3"), "");
  auto real = staff_.Send("POST", path, good, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(real.status, 200) << real.body;
  EXPECT_EQ(real.json()["imported"], 2);
  EXPECT_EQ(Lookup("Кокшетау", "Абая", "3"), "1:;");
  EXPECT_EQ(other_staff_.Send("POST", path, good, {{"Content-Type", "text/csv"}}).status, 404);
}

TEST_F(DirectoryApi, DeputyImportChecksEveryRow) {
  Okrug(1);
  auto path = "/api/v1/maslikhats/" + std::to_string(city_) + "/imports/deputies?dry_run=false";
  std::string bad =
      "full_name_ru,full_name_kk,mandate_type,okrug_number,party_ru,party_kk,email,phone\n"
      "Бекова Айгуль,Бекова Айгүл,single_mandate,1,,,a@example.kz,87011234567\n"
      ",Оспанов Ерлан,single_mandate,1,,,,\n"
      "Оспанов Ерлан,Оспанов Ерлан,mayor,,,,,\n"
      "Ким Ольга,Ким Ольга,single_mandate,5,,,,\n"
      "Исаев Тимур,Исаев Тимур,party_list,1,,,,\n"
      "Алиева Динара,Әлиева Динара,party_list,,,,not-an-email,123\n"
      "Бекова Айгуль,Бекова Айгүл,party_list,,,,,\n";
  auto r = staff_.Send("POST", path, bad, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(r.status, 422) << r.body;
  std::map<int, std::string> got;
  const json body = r.json();
  for (const auto& e : body["errors"])
    got[e["line"].get<int>()] +=
        e["field"].get<std::string>() + "/" + e["reason"].get<std::string>() + " ";
  EXPECT_EQ(got[3], "full_name_ru/required ");
  EXPECT_EQ(got[4], "mandate_type/invalid ");
  EXPECT_EQ(got[5], "okrug_number/unknown_okrug ");
  EXPECT_EQ(got[6], "okrug_number/invalid ");
  EXPECT_EQ(got[7], "email/invalid_email phone/invalid_phone ");
  EXPECT_EQ(got[8], "full_name_ru/duplicate ");
  EXPECT_EQ(app_.NewClient()
                .Get("/api/v1/deputies?maslikhat_id=" + std::to_string(city_))
                .json()["items"]
                .size(),
            0u);
  std::string good =
      "full_name_ru,full_name_kk,mandate_type,okrug_number,party_ru,party_kk,email,phone\n"
      "Бекова Айгуль,Бекова Айгүл,single_mandate,1,,,a@example.kz,8 701 123 45 67\n";
  auto ok = staff_.Send("POST", path, good, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto list = app_.NewClient().Get("/api/v1/deputies?maslikhat_id=" + std::to_string(city_));
  ASSERT_EQ(list.json()["items"].size(), 1u);
  EXPECT_EQ(list.json()["items"][0]["phone"], "+77011234567");
}

TEST_F(DirectoryApi, PatchLeavesAbsentFieldsClearsNullAndSetsValues) {
  const auto path = "/api/v1/maslikhats/" + std::to_string(city_);
  auto set =
      staff_.Patch(path, {{"convocation", {{"start", "2021-01-15"}, {"end", "2026-01-15"}}}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["convocation"]["start"], "2021-01-15");
  auto other = staff_.Patch(path, {{"email", "office@example.kz"}});
  ASSERT_EQ(other.status, 200) << other.body;
  EXPECT_EQ(other.json()["convocation"]["start"], "2021-01-15");  // absent: unchanged
  auto cleared = staff_.Patch(path, {{"convocation", {{"end", nullptr}}}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_TRUE(cleared.json()["convocation"]["end"].is_null());
  EXPECT_EQ(cleared.json()["convocation"]["start"], "2021-01-15");

  // Problems inside the convocation are named by their path and reported with the others.
  auto bad = staff_.Patch(path, {{"email", 5}, {"convocation", {{"start", 5}, {"x", 1}}}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_EQ(bad.field("email"), "wrong_type");
  EXPECT_EQ(bad.field("convocation.start"), "wrong_type");
  EXPECT_EQ(bad.field("convocation.x"), "unknown_field");

  int64_t c = Create(
      staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/commissions",
      {{"kind", "temporary"}, {"name_kk", "К"}, {"name_ru", "К"}, {"period_to", "2026-12-31"}});
  auto open = staff_.Patch("/api/v1/commissions/" + std::to_string(c), {{"period_to", nullptr}});
  ASSERT_EQ(open.status, 200) << open.body;
  EXPECT_TRUE(open.json()["period_to"].is_null());
  EXPECT_EQ(open.json()["name_ru"], "К");

  const auto territory = "/api/v1/territories/" + std::to_string(city_t_);
  ASSERT_EQ(admin_.Patch(territory, {{"kato_code", "111010000"}}).json()["kato_code"], "111010000");
  auto no_code = admin_.Patch(territory, {{"kato_code", nullptr}});
  ASSERT_EQ(no_code.status, 200) << no_code.body;
  EXPECT_TRUE(no_code.json()["kato_code"].is_null());
}

TEST_F(DirectoryApi, TerritoryRenameKeepsHistory) {
  auto r = admin_.Patch("/api/v1/territories/" + std::to_string(city_t_),
                        {{"name_ru", "город Кокчетав"}, {"valid_from", "2020-01-01"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto h = app_.NewClient().Get("/api/v1/territories/" + std::to_string(city_t_) + "/history");
  ASSERT_EQ(h.json()["items"].size(), 2u);
  EXPECT_EQ(h.json()["items"][0]["name_ru"], "город Кокшетау");
  EXPECT_EQ(h.json()["items"][0]["valid_to"], "2020-01-01");
  EXPECT_EQ(h.json()["items"][1]["name_ru"], "город Кокчетав");
  EXPECT_EQ(
      staff_.Patch("/api/v1/territories/" + std::to_string(city_t_), {{"name_ru", "x"}}).status,
      403);
  auto back = admin_.Patch("/api/v1/territories/" + std::to_string(city_t_),
                           {{"valid_from", "2010-01-01"}});
  EXPECT_EQ(back.field("valid_from"), "invalid");  // history cannot be rewritten backwards
  auto kids = app_.NewClient().Get("/api/v1/territories?parent_id=" + std::to_string(oblast_t_));
  EXPECT_EQ(kids.json()["items"].size(), 1u);
}

TEST_F(DirectoryApi, PhotoUploadChecksContentAndStripsMetadata) {
  int64_t o1 = Okrug(1);
  int64_t d = Deputy(o1, "Бекова Айгуль", "Бекова Айгүл");
  auto path = "/api/v1/deputies/" + std::to_string(d) + "/photo";
  auto pdf = staff_.Send("PUT", path, "%PDF-1.4 not an image", {{"Content-Type", "image/jpeg"}});
  EXPECT_EQ(pdf.status, 422);
  EXPECT_EQ(pdf.field("photo"), "unsupported_type");
  // A 1x1 PNG with a tEXt chunk carrying a "GPS" note.
  std::string png = TinyPng(PngChunk("tEXt", std::string("Comment\0GPS 53.28N 69.39E", 25)));
  EXPECT_EQ(other_staff_.Send("PUT", path, png, {{"Content-Type", "image/png"}}).status, 404);
  auto up = staff_.Send("PUT", path, png, {{"Content-Type", "image/png"}});
  ASSERT_EQ(up.status, 200) << up.body;
  std::string url = up.json()["photo_url"];
  auto img = app_.NewClient().Get(url);
  ASSERT_EQ(img.status, 200);
  EXPECT_EQ(img.headers["content-type"], "image/png");
  EXPECT_EQ(img.body.find("GPS"), std::string::npos);
  EXPECT_NE(img.body.find("IDAT"), std::string::npos);
}

}  // namespace
}  // namespace kenes::testing
