// The consent text per Art. 8 of the personal-data law through HTTP (docs/personal-data.md
// "Consent"): it names the operator and its BIN — the maslikhat's own when the directory has one,
// else the installation's — in kk, ru and en; only an administrator sets the operator, an invalid
// BIN is refused in words and changes nothing, and hostile input leaves the server up.
#include <string>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

constexpr const char* kCityBin = "120340001230";
constexpr const char* kDefaultBin = "051240004566";

class ConsentApi : public AppealsFixture {
 protected:
  void SetUp() override {
    AppealsFixture::SetUp();
    app_.config().privacy.operator_name = "Аппарат областного маслихата";
    app_.config().privacy.operator_bin = kDefaultBin;
    app_.Restart();  // the server reads its own copy of the configuration
  }
  json Text(const std::string& query) {
    auto r = app_.NewClient().Get("/api/v1/consent?" + query);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    return r.json();
  }
  static std::string Sections(const json& text) {
    std::string out;
    for (const auto& s : text["sections"]) {
      out += s["title"].get<std::string>() + "\n" + s["text"].get<std::string>() + "\n";
    }
    return out;
  }
  std::string City() { return "/api/v1/maslikhats/" + std::to_string(city_); }
  HttpResult SetCityOperator(Client& c, const std::string& bin) {
    return c.Patch(City(), {{"operator_name_kk", "Көкшетау қалалық мәслихатының аппараты"},
                            {"operator_name_ru", "Аппарат Кокшетауского городского маслихата"},
                            {"bin", bin}});
  }
};

TEST_F(ConsentApi, TheTextNamesTheConfiguredOperatorAndBinInEveryLanguage) {
  for (const char* lang : {"kk", "ru", "en"}) {
    const json t = Text(std::string("lang=") + lang);
    EXPECT_EQ(t["version"], app_.config().security.consent_version);
    EXPECT_EQ(t["lang"], lang);
    EXPECT_EQ(t["operator"]["name"], "Аппарат областного маслихата");
    EXPECT_EQ(t["operator"]["bin"], kDefaultBin);
    const std::string all = Sections(t);
    EXPECT_NE(all.find("Аппарат областного маслихата"), std::string::npos) << lang;
    EXPECT_NE(all.find(kDefaultBin), std::string::npos) << lang;
    EXPECT_NE(all.find("5"), std::string::npos) << lang;  // the retention term, in years
    EXPECT_GE(t["sections"].size(), 7u) << lang;
  }
  EXPECT_NE(Sections(Text("lang=kk")).find("БСН 051240004566"), std::string::npos);
  EXPECT_NE(Sections(Text("lang=ru")).find("БИН 051240004566"), std::string::npos);
  EXPECT_NE(Sections(Text("lang=en")).find("BIN 051240004566"), std::string::npos);
  // The term follows the configuration.
  app_.config().privacy.appeal_retention_years = 9;
  app_.Restart();
  EXPECT_NE(Sections(Text("lang=ru")).find("9 лет"), std::string::npos);
  // No name configured: the installation's name.
  app_.config().privacy.operator_name = "";
  app_.Restart();
  EXPECT_EQ(Text("lang=ru")["operator"]["name"], app_.config().installation_name);
}

TEST_F(ConsentApi, AMaslikhatsOwnOperatorOverridesTheDefault) {
  auto set = SetCityOperator(admin_, kCityBin);
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["bin"], kCityBin);
  const std::string id = std::to_string(city_);
  const json ru = Text("lang=ru&maslikhat_id=" + id);
  EXPECT_EQ(ru["operator"]["name"], "Аппарат Кокшетауского городского маслихата");
  EXPECT_EQ(ru["operator"]["bin"], kCityBin);
  EXPECT_NE(Sections(ru).find("Аппарат Кокшетауского городского маслихата, БИН 120340001230"),
            std::string::npos);
  const json kk = Text("lang=kk&maslikhat_id=" + id);
  EXPECT_NE(Sections(kk).find("Көкшетау қалалық мәслихатының аппараты, БСН 120340001230"),
            std::string::npos);
  EXPECT_EQ(Text("lang=en&maslikhat_id=" + id)["operator"]["bin"], kCityBin);
  // Another maslikhat without one of its own: the installation's.
  const json other = Text("lang=ru&maslikhat_id=" + std::to_string(other_));
  EXPECT_EQ(other["operator"]["bin"], kDefaultBin);
  // The directory page shows it, and tells the administrator they may change it.
  auto page = admin_.Get(City());
  EXPECT_EQ(page.json()["operator_name_ru"], "Аппарат Кокшетауского городского маслихата");
  EXPECT_EQ(page.json()["can_set_operator"], true);
  EXPECT_EQ(staff_.Get(City()).json()["can_set_operator"], false);
}

TEST_F(ConsentApi, AnInvalidBinIsRefusedInWordsAndChangesNothing) {
  ASSERT_EQ(SetCityOperator(admin_, kCityBin).status, 200);
  auto wrong = SetCityOperator(admin_, "120340001231");
  ASSERT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_EQ(wrong.field("bin"), "invalid_checksum");
  EXPECT_EQ(SetCityOperator(admin_, "12034").field("bin"), "invalid_format");
  EXPECT_EQ(SetCityOperator(admin_, "900101300017").field("bin"), "invalid_checksum");  // an IIN
  EXPECT_EQ(SetCityOperator(admin_, "000000000000").field("bin"), "invalid_checksum");
  EXPECT_EQ(admin_.Patch(City(), {{"bin", ""}}).field("bin"), "required");  // the name needs one
  EXPECT_EQ(admin_.Get(City()).json()["bin"], kCityBin);
  EXPECT_EQ(Text("lang=ru&maslikhat_id=" + std::to_string(city_))["operator"]["bin"], kCityBin);
  // A new maslikhat with a bad BIN is not created.
  auto t = admin_.Get("/api/v1/maslikhats").json()["items"][0]["territory_id"];
  auto created = admin_.Post("/api/v1/maslikhats", {{"territory_id", t},
                                                    {"level", "district"},
                                                    {"name_kk", "Жаңа"},
                                                    {"name_ru", "Новый"},
                                                    {"operator_name_kk", "Аппарат"},
                                                    {"operator_name_ru", "Аппарат"},
                                                    {"bin", "111"}});
  EXPECT_EQ(created.status, 422);
  EXPECT_EQ(created.field("bin"), "invalid_format");
}

TEST_F(ConsentApi, OnlyAnAdministratorSetsTheOperator) {
  // The maslikhat's own staff edit its contacts, not the operator named in every consent.
  auto staff = SetCityOperator(staff_, kCityBin);
  EXPECT_EQ(staff.status, 403) << staff.body;
  EXPECT_EQ(staff_.Patch(City(), {{"email", "info@city.kz"}}).status, 200);
  EXPECT_EQ(SetCityOperator(other_staff_, kCityBin).status, 404);
  EXPECT_EQ(SetCityOperator(citizen_, kCityBin).status, 404);
  EXPECT_EQ(app_.NewClient().Patch(City(), {{"bin", kCityBin}}).status,
            403);  // no CSRF, no session
  EXPECT_EQ(admin_.Get(City()).json()["bin"], "");
}

TEST_F(ConsentApi, RegistrationAcceptsTheVersionTheTextShows) {
  const json t = Text("lang=kk");
  auto c = app_.NewClient();
  c.PrimeCsrf();
  auto r = c.Post("/api/v1/auth/register",
                  {{"email", "reader@example.kz"},
                   {"password", "correct-horse-1"},
                   {"display_name", "Оқырман"},
                   {"language", "kk"},
                   {"consent", {{"accepted", true}, {"version", t["version"]}}}});
  EXPECT_EQ(r.status, 201) << r.body;
  auto old = app_.NewClient();
  old.PrimeCsrf();
  auto refused = old.Post("/api/v1/auth/register",
                          {{"email", "late@example.kz"},
                           {"password", "correct-horse-1"},
                           {"display_name", "Кеш"},
                           {"language", "kk"},
                           {"consent", {{"accepted", true}, {"version", "2026-11-01"}}}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.field("consent.version"), "invalid");
}

TEST_F(ConsentApi, HostileInputIsRefusedAndTheServerStaysUp) {
  auto c = app_.NewClient();
  EXPECT_EQ(c.Get("/api/v1/consent?lang=ru&maslikhat_id=987654321").status, 404);
  EXPECT_EQ(c.Get("/api/v1/consent?lang=ru&maslikhat_id=-1").status, 404);
  EXPECT_EQ(c.Get("/api/v1/consent?lang=ru&maslikhat_id=abc").status, 422);
  EXPECT_EQ(c.Get("/api/v1/consent?lang=ru&maslikhat_id=99999999999999999999999").status, 422);
  EXPECT_EQ(c.Get("/api/v1/consent?lang=xx").field("lang"), "invalid");
  EXPECT_EQ(c.Get("/api/v1/consent?lang=" + std::string(5000, 'k')).status, 422);
  // A repeated parameter: the last one counts, an unknown one is ignored (as on every GET).
  EXPECT_EQ(c.Get("/api/v1/consent?lang=ru&lang=kk&evil=1").json()["lang"], "kk");
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(admin_.Send("PATCH", City(), deep, {{"Content-Type", "application/json"}}).status, 422);
  EXPECT_EQ(admin_.Patch(City(), {{"bin", std::string(100000, '1')}}).status, 422);
  EXPECT_EQ(admin_.Patch(City(), {{"bin", 120340001230LL}}).field("bin"), "wrong_type");
  EXPECT_EQ(
      admin_.Patch(City(), {{"operator_name_ru", std::string(301, 'x')}}).field("operator_name_ru"),
      "too_long");
  for (int i = 0; i < 200; ++i) c.Get("/api/v1/consent?lang=kk");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
  EXPECT_EQ(admin_.Get(City()).json()["bin"], "");
}

}  // namespace
}  // namespace kenes::testing
