// Search in published posts (GET /api/v1/public/posts?q=) on both databases: Russian and Kazakh
// word forms find each other through the stemmers, every word must match, drafts and archived
// posts are never found, a changed text is found by its new words at once, posts written before
// the index existed are found once the posts.index job has run, and hostile queries change nothing.
#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class PostsSearchApi : public AppealsFixture {
 protected:
  int64_t Write(const std::string& kk, const std::string& ru, const std::string& body_ru,
                const json& tags = json::array()) {
    const json texts = {{{"lang", "kk"}, {"title", kk}, {"body", kk}},
                        {{"lang", "ru"}, {"title", ru}, {"body", body_ru}}};
    return Created(staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/posts",
                   {{"kind", "news"}, {"texts", texts}, {"tags", tags}});
  }
  int64_t Published(const std::string& kk, const std::string& ru, const std::string& body_ru,
                    const json& tags = json::array()) {
    const int64_t id = Write(kk, ru, body_ru, tags);
    EXPECT_EQ(staff_.Post(Path(id, "/publish"), json::object()).status, 200);
    return id;
  }
  static std::string Path(int64_t id, const std::string& tail = "") {
    return "/api/v1/posts/" + std::to_string(id) + tail;
  }
  std::vector<int64_t> Found(const std::string& words) {
    auto r = app_.NewClient().Get("/api/v1/public/posts?q=" + Enc(words));
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = r.json();  // kept: a loop over a temporary's member would dangle
    std::vector<int64_t> out;
    for (const auto& p : body["items"]) out.push_back(p["id"]);
    return out;
  }
};

TEST_F(PostsSearchApi, WordFormsInEitherLanguageFindPublishedPostsOnly) {
  const int64_t roads = Published("Абай көшесіндегі жолдарды жөндеу", "Ремонт дорог на улице Абая",
                                  "Подрядчик начнёт ремонт дороги в понедельник.");
  const int64_t light = Published("Аулалардағы жарық", "Освещение во дворах",
                                  "Заменят фонари во дворах.", json::array({"бюджет"}));
  Write("Жол туралы жоба", "Черновик о дорогах", "Дорога ещё не опубликована.");

  EXPECT_EQ(Found("дорога"), std::vector<int64_t>{roads}) << "another form of the Russian word";
  EXPECT_EQ(Found("жолдар"), std::vector<int64_t>{roads}) << "another form of the Kazakh word";
  EXPECT_EQ(Found("фонарь"), std::vector<int64_t>{light}) << "a word of the body";
  EXPECT_EQ(Found("бюджет"), std::vector<int64_t>{light}) << "a tag";
  EXPECT_EQ(Found("ремонт дворов"), std::vector<int64_t>{}) << "every word must match";
  EXPECT_EQ(Found("ремонт улица"), std::vector<int64_t>{roads});
  EXPECT_TRUE(Found("!!! ...").empty()) << "no word at all finds nothing";
  // Filters and the search combine.
  EXPECT_EQ(
      app_.NewClient()
          .Get("/api/v1/public/posts?maslikhat=" + std::to_string(other_) + "&q=" + Enc("дорога"))
          .json()["items"]
          .size(),
      0u);
}

TEST_F(PostsSearchApi, AChangedTextIsFoundByItsNewWordsAndAnArchivedPostByNone) {
  const int64_t id = Published("Су құбыры", "Водопровод", "Прорыв водопровода на улице.");
  EXPECT_EQ(Found("водопровода"), std::vector<int64_t>{id});
  const json texts = {{{"lang", "ru"}, {"title", "Отопление"}, {"body", "Начало сезона."}}};
  ASSERT_EQ(staff_.Patch(Path(id), {{"texts", texts}}).status, 200);
  EXPECT_TRUE(Found("водопровода").empty()) << "the old words are gone at once";
  EXPECT_EQ(Found("отопления"), std::vector<int64_t>{id});
  ASSERT_EQ(staff_.Post(Path(id, "/archive"), json::object()).status, 200);
  EXPECT_TRUE(Found("отопления").empty());
}

TEST_F(PostsSearchApi, PostsWrittenBeforeTheIndexAreFoundAfterTheJob) {
  const int64_t id = Published("Саябақ", "Новый парк", "Открытие парка в микрорайоне.");
  // As a post stored before migration 0055: no terms, not indexed.
  app_.app().database().RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    tx.Exec("DELETE FROM post_terms WHERE post_id = $1", {id});
    tx.Exec("UPDATE posts SET indexed = 0 WHERE id = $1", {id});
    return true;
  });
  EXPECT_TRUE(Found("парк").empty());
  app_.Restart();  // the job is queued at start
  app_.RunJobs();
  EXPECT_EQ(Found("парк"), std::vector<int64_t>{id});
  EXPECT_EQ(Found("саябақ"), std::vector<int64_t>{id});
}

TEST_F(PostsSearchApi, HostileQueriesAreRefusedOrFindNothingAndTheServerStaysUp) {
  const int64_t id = Published("Жаңалық", "Новость", "Текст новости.");
  auto client = app_.NewClient();
  EXPECT_EQ(client.Get("/api/v1/public/posts?q=" + std::string(201, 'a')).field("q"), "too_long");
  EXPECT_TRUE(Found("' OR 1=1 --").empty());
  EXPECT_TRUE(Found("новость'); DROP TABLE posts; --").empty());
  EXPECT_TRUE(Found("%_%").empty());
  std::string many;
  for (int i = 0; i < 20; ++i) many += "новость ";
  EXPECT_EQ(Found(many), std::vector<int64_t>{id}) << "a repeated word is one word";
  std::string words;
  for (int i = 0; i < 22; ++i) words += "слово" + std::to_string(i) + " ";
  EXPECT_TRUE(Found(words).empty());
  for (int i = 0; i < 200; ++i) {
    auto r = client.Get("/api/v1/public/posts?q=" + Enc("новость " + std::to_string(i)));
    ASSERT_TRUE(r.status == 200 || r.status == 429) << r.status;
  }
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
  EXPECT_EQ(Found("новость"), std::vector<int64_t>{id}) << "nothing changed";
}

}  // namespace
}  // namespace kenes::testing
