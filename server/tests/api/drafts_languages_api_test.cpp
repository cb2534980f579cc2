// A draft's paragraphs in Kazakh and Russian, over HTTP: both required when a discussion opens,
// both read side by side under the same number (the anchor), each corrected on its own while the
// paragraph has no comments; a discussion from before migration 0059 (one text, now in the column
// of its language) gets its missing language added even where commented, never a present text
// changed or taken away; the summary table's files quote the paragraph in their own language.
// Refusals change nothing; scope and hostile input.
#include "platform/db/migrations.hpp"
#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

class DraftLanguagesApi : public AppealsFixture {
 protected:
  std::string DraftsPath() const {
    return "/api/v1/maslikhats/" + std::to_string(city_) + "/drafts";
  }
  static std::string DraftPath(int64_t id) { return "/api/v1/drafts/" + std::to_string(id); }
  static json Body() {
    return {{"title_kk", "Абаттандыру қағидалары туралы"},
            {"title_ru", "О правилах благоустройства"},
            {"paragraphs",
             {{{"text_kk", "1. Жалпы қағидалар."}, {"text_ru", "1. Общие положения."}},
              {{"text_kk", "2. Аулаларды күн сайын жинау."},
               {"text_ru", "2. Уборка дворов ежедневно."}}}}};
  }
  json Open() {
    auto r = staff_.Post(DraftsPath(), Body());
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  json Public(int64_t id) {
    auto r = app_.NewClient().Get("/api/v1/public/drafts/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  static json Fix(int64_t paragraph, const char* field, const std::string& text) {
    return {{"paragraphs", {{{"id", paragraph}, {field, text}}}}};
  }
  // Puts the discussion's paragraphs back as they were before migration 0059 (one text, in the
  // Russian column whatever its language) and runs that migration's move of the Kazakh ones.
  void AsBeforeBothLanguages(int64_t id) {
    std::string move;
    for (const auto& m : db::EmbeddedMigrations()) {
      if (m.version == 59) move = m.sql.substr(m.sql.find("UPDATE draft_paragraphs"));
    }
    ASSERT_FALSE(move.empty());
    auto done = app_.app().database().Write([&](db::Tx& tx) -> Result<bool> {
      tx.Exec(
          "UPDATE draft_paragraphs SET text_ru = text_kk, text_kk = '' WHERE discussion_id = $1 "
          "AND number = 1",
          {id});
      tx.Exec("UPDATE draft_paragraphs SET text_kk = '' WHERE discussion_id = $1 AND number = 2",
              {id});
      tx.Exec(move);
      return true;
    });
    ASSERT_TRUE(done.ok());
  }
};

TEST_F(DraftLanguagesApi, BothTextsOfEachParagraphAreKeptAndReadUnderOneNumber) {
  const json d = Open();
  ASSERT_EQ(d["paragraphs"].size(), 2u);
  const json p = Public(d["id"])["paragraphs"];
  EXPECT_EQ(p[1]["number"], 2);
  EXPECT_EQ(p[1]["text_kk"], "2. Аулаларды күн сайын жинау.");
  EXPECT_EQ(p[1]["text_ru"], "2. Уборка дворов ежедневно.");
  EXPECT_FALSE(p[1].contains("text"));
  // One language corrected, the other stays.
  const int64_t p1 = d["paragraphs"][0]["id"];
  auto fixed =
      staff_.Patch(DraftPath(d["id"]), Fix(p1, "text_kk", "1. Жалпы қағидалар (түзетілді)."));
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  EXPECT_EQ(fixed.json()["paragraphs"][0]["text_kk"], "1. Жалпы қағидалар (түзетілді).");
  EXPECT_EQ(fixed.json()["paragraphs"][0]["text_ru"], "1. Общие положения.");
  // A text taken away: refused, nothing changed.
  EXPECT_EQ(staff_.Patch(DraftPath(d["id"]), Fix(p1, "text_ru", "")).field("paragraphs"),
            "required");
  EXPECT_EQ(Public(d["id"])["paragraphs"][0]["text_ru"], "1. Общие положения.");
  // A commented paragraph keeps both texts.
  ASSERT_EQ(citizen_
                .Post(DraftPath(d["id"]) + "/comments",
                      {{"paragraph_id", p1}, {"author_type", "citizen"}, {"text", "Нақтылау."}})
                .status,
            201);
  EXPECT_EQ(staff_.Patch(DraftPath(d["id"]), Fix(p1, "text_kk", "Басқа.")).field("paragraphs"),
            "commented");
  EXPECT_EQ(staff_.Patch(DraftPath(d["id"]), Fix(p1, "text_ru", "Другой.")).field("paragraphs"),
            "commented");
}

TEST_F(DraftLanguagesApi, AnOlderDiscussionGetsItsMissingLanguageEvenWhereCommented) {
  const json d = Open();
  const int64_t id = d["id"];
  AsBeforeBothLanguages(id);
  // The migration put the Kazakh text in its own column and left the other language empty.
  json p = Public(id)["paragraphs"];
  EXPECT_EQ(p[0]["text_kk"], "1. Жалпы қағидалар.");
  EXPECT_EQ(p[0]["text_ru"], "");
  EXPECT_EQ(p[1]["text_kk"], "");
  EXPECT_EQ(p[1]["text_ru"], "2. Уборка дворов ежедневно.");
  const int64_t p1 = p[0]["id"], p2 = p[1]["id"];
  ASSERT_EQ(citizen_
                .Post(DraftPath(id) + "/comments",
                      {{"paragraph_id", p2}, {"author_type", "citizen"}, {"text", "Реже."}})
                .status,
            201);
  // The summary's files quote the paragraph in their language, the other one where it is missing.
  const std::string kk =
      Through("unzip -p {} xl/sharedStrings.xml",
              app_.NewClient()
                  .Get("/api/v1/public/drafts/" + std::to_string(id) + "/summary.xlsx?lang=kk")
                  .body);
  EXPECT_NE(kk.find("2. Уборка дворов ежедневно."), std::string::npos) << kk;
  // The commented paragraph's missing Kazakh text is added; its Russian one stays as commented.
  EXPECT_EQ(
      staff_.Patch(DraftPath(id), Fix(p2, "text_ru", "2. Уборка еженедельно.")).field("paragraphs"),
      "commented");
  auto added = staff_.Patch(DraftPath(id), Fix(p2, "text_kk", "2. Аулаларды күн сайын жинау."));
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(added.json()["paragraphs"][1]["text_kk"], "2. Аулаларды күн сайын жинау.");
  EXPECT_EQ(added.json()["paragraphs"][1]["text_ru"], "2. Уборка дворов ежедневно.");
  // Once there, it is the paragraph's text like any other: a commented one keeps it.
  EXPECT_EQ(staff_.Patch(DraftPath(id), Fix(p2, "text_kk", "Басқа.")).field("paragraphs"),
            "commented");
  // The uncommented one: both may change.
  json both = {
      {"paragraphs",
       {{{"id", p1}, {"text_kk", "1. Жалпы қағидалар."}, {"text_ru", "1. Общие положения."}}}}};
  ASSERT_EQ(staff_.Patch(DraftPath(id), both).status, 200);
  p = Public(id)["paragraphs"];
  EXPECT_EQ(p[0]["text_ru"], "1. Общие положения.");
  const std::string ru =
      Through("unzip -p {} xl/sharedStrings.xml",
              app_.NewClient()
                  .Get("/api/v1/public/drafts/" + std::to_string(id) + "/summary.xlsx?lang=ru")
                  .body);
  EXPECT_NE(ru.find("2. Уборка дворов ежедневно."), std::string::npos);
  EXPECT_EQ(ru.find("2. Аулаларды"), std::string::npos);
}

TEST_F(DraftLanguagesApi, OnlyTheMaslikhatsStaffCorrectTheTexts) {
  const json d = Open();
  const int64_t p1 = d["paragraphs"][0]["id"];
  const json fix = Fix(p1, "text_kk", "Бөтен.");
  EXPECT_EQ(other_staff_.Patch(DraftPath(d["id"]), fix).status, 403);
  EXPECT_EQ(citizen_.Patch(DraftPath(d["id"]), fix).status, 403);
  const int anonymous = app_.NewClient().Patch(DraftPath(d["id"]), fix).status;
  EXPECT_TRUE(anonymous == 401 || anonymous == 403) << anonymous;
  EXPECT_EQ(Public(d["id"])["paragraphs"][0]["text_kk"], "1. Жалпы қағидалар.");
}

TEST_F(DraftLanguagesApi, HostileTextsAreRefusedAndTheServerStaysUp) {
  // A paragraph of 100 KB in either language, 1,001 paragraphs, the wrong shapes: refused.
  json body = Body();
  body["paragraphs"][0]["text_kk"] = std::string(100 * 1024, 'x');
  EXPECT_EQ(staff_.Post(DraftsPath(), body).field("paragraphs.0.text_kk"), "too_long");
  body = Body();
  body["paragraphs"][1]["text_ru"] = std::string(100 * 1024, 'x');
  EXPECT_EQ(staff_.Post(DraftsPath(), body).field("paragraphs.1.text_ru"), "too_long");
  body = Body();
  body["paragraphs"] = json::array();
  for (int i = 0; i < 1001; ++i)
    body["paragraphs"].push_back({{"text_kk", "Тармақ"}, {"text_ru", "Пункт"}});
  EXPECT_EQ(staff_.Post(DraftsPath(), body).field("paragraphs"), "too_many");
  body = Body();
  body["paragraphs"][0]["text_kk"] = 5;
  EXPECT_EQ(staff_.Post(DraftsPath(), body).field("paragraphs.0.text_kk"), "wrong_type");
  body["paragraphs"][0] = {{"text_kk", "1."}, {"text_ru", "1."}, {"text_en", "1."}};
  EXPECT_EQ(staff_.Post(DraftsPath(), body).status, 422) << "an undeclared field";
  const std::map<std::string, std::string> type = {{"Content-Type", "application/json"}};
  const std::string deep = R"({"title_kk":"a","title_ru":"b","paragraphs":[)" +
                           std::string(50000, '[') + std::string(50000, ']') + "]}";
  EXPECT_EQ(staff_.Send("POST", DraftsPath(), deep, type).status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/drafts").json()["items"].size(), 0u)
      << "nothing opened";
  // The corrections: a 100 KB text, 1,001 fixes; a flood of them; still up.
  const json d = Open();
  const int64_t p1 = d["paragraphs"][0]["id"];
  EXPECT_EQ(staff_.Patch(DraftPath(d["id"]), Fix(p1, "text_kk", std::string(100 * 1024, 'x')))
                .field("paragraphs.0.text_kk"),
            "too_long");
  json many = {{"paragraphs", json::array()}};
  for (int i = 0; i < 1001; ++i) many["paragraphs"].push_back({{"id", p1}, {"text_kk", "x"}});
  EXPECT_EQ(staff_.Patch(DraftPath(d["id"]), many).field("paragraphs"), "too_many");
  for (int i = 0; i < 30; ++i) {
    ASSERT_EQ(
        staff_.Patch(DraftPath(d["id"]), Fix(p1, "text_kk", "1. " + std::to_string(i))).status,
        200);
  }
  EXPECT_EQ(Public(d["id"])["paragraphs"][0]["text_kk"], "1. 29");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
