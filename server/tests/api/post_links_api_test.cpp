// What a post is about (docs/informing.md "Links") on both databases: an event, a sitting and an
// appeal topic, each of the post's maslikhat or refused with nothing changed; the public page names
// them in the reader's language; an event's and a sitting's posts are listed (published only); the
// sittings' own posts link themselves; a deputy links only their own posts; hostile input.
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class PostLinksApi : public AppealsFixture {
 protected:
  static std::string Posts(int64_t maslikhat) {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/posts";
  }
  static std::string PostPath(int64_t id, const std::string& tail = "") {
    return "/api/v1/posts/" + std::to_string(id) + tail;
  }
  static std::string PublicPath(int64_t id, const std::string& query = "") {
    return "/api/v1/public/posts/" + std::to_string(id) + query;
  }
  static json Texts() {
    return json::array({{{"lang", "kk"}, {"title", "Кездесу туралы"}, {"body", "Мәтін."}},
                        {{"lang", "ru"}, {"title", "О встрече"}, {"body", "Текст."}}});
  }
  int64_t Event(Client& c, int64_t maslikhat) {
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/events",
                    {{"type", "voter_meeting"},
                     {"starts_at", "2026-12-02T18:00"},
                     {"ends_at", "2026-12-02T19:30"},
                     {"place", "Школа № 5"},
                     {"texts",
                      {{"kk", {{"title", "Сайлаушылармен кездесу"}}},
                       {"ru", {{"title", "Встреча с избирателями"}}}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  json Sitting(Client& c, int64_t maslikhat, int number) {
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/sittings",
                    {{"convocation", 8},
                     {"number", number},
                     {"held_on", "2026-12-10"},
                     {"starts_at", "10:00"},
                     {"place", "Зал сессий"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  std::vector<int64_t> PublicIds(const std::string& query) {
    std::vector<int64_t> out;
    const json body = app_.NewClient().Get("/api/v1/public/posts" + query).json();
    for (const auto& p : body["items"]) out.push_back(p["id"]);
    return out;
  }
};

TEST_F(PostLinksApi, APostLinksToItsMaslikhatsEventSittingAndTopicAndThePageNamesThem) {
  const int64_t event = Event(staff_, city_);
  const json sitting = Sitting(staff_, city_, 21);
  const int64_t sitting_id = sitting["id"];
  auto made = staff_.Post(Posts(city_), {{"kind", "news"},
                                         {"event_id", event},
                                         {"sitting_id", sitting_id},
                                         {"topic", "roads"},
                                         {"texts", Texts()}});
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.json()["id"];
  EXPECT_EQ(made.json()["event_id"], event);
  EXPECT_EQ(made.json()["sitting_id"], sitting_id);
  EXPECT_EQ(made.json()["topic"], "roads");
  // A draft is in no public list, not even its event's.
  EXPECT_TRUE(PublicIds("?event=" + std::to_string(event)).empty());
  ASSERT_EQ(staff_.Post(PostPath(id, "/publish"), json::object()).status, 200);

  const json kk = app_.NewClient().Get(PublicPath(id, "?lang=kk")).json();
  EXPECT_EQ(kk["links"]["event"]["id"], event);
  EXPECT_EQ(kk["links"]["event"]["title"], "Сайлаушылармен кездесу");
  EXPECT_EQ(kk["links"]["event"]["starts_at"], "2026-12-02T18:00");
  EXPECT_EQ(kk["links"]["sitting"]["number"], 21);
  EXPECT_EQ(kk["links"]["sitting"]["held_on"], "2026-12-10");
  EXPECT_EQ(kk["links"]["sitting"]["kind"], "regular");
  EXPECT_EQ(kk["links"]["topic"], json({{"key", "roads"}, {"name", "Жолдар"}}));
  const json ru = app_.NewClient().Get(PublicPath(id, "?lang=ru")).json();
  EXPECT_EQ(ru["links"]["event"]["title"], "Встреча с избирателями");
  EXPECT_EQ(ru["links"]["topic"]["name"], "Дороги");
  // English asked, no English version: the names follow the version served (Russian).
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id, "?lang=en")).json()["links"]["topic"]["name"],
            "Дороги");

  // The event's, the sitting's and the topic's lists: this post and, for the sitting, its own
  // announcement, which links itself (same minute on the fake clock: the newer id first).
  EXPECT_EQ(PublicIds("?event=" + std::to_string(event)), std::vector<int64_t>{id});
  const int64_t announcement = sitting["announcement_post_id"];
  EXPECT_EQ(PublicIds("?sitting=" + std::to_string(sitting_id)),
            (std::vector<int64_t>{id, announcement}));
  EXPECT_EQ(PublicIds("?topic=roads"), std::vector<int64_t>{id});
  EXPECT_TRUE(PublicIds("?topic=health").empty());
  EXPECT_EQ(app_.NewClient().Get(PublicPath(announcement)).json()["links"]["sitting"]["id"],
            sitting_id);

  // Unlinking: null clears; archived posts leave the lists.
  ASSERT_EQ(staff_.Patch(PostPath(id), {{"topic", nullptr}}).status, 200);
  EXPECT_TRUE(app_.NewClient().Get(PublicPath(id, "?lang=ru")).json()["links"]["topic"].is_null());
  ASSERT_EQ(staff_.Post(PostPath(id, "/archive"), json::object()).status, 200);
  EXPECT_TRUE(PublicIds("?event=" + std::to_string(event)).empty());
}

TEST_F(PostLinksApi, LinksOfAnotherMaslikhatOrMissingAreRefusedAndNothingChanges) {
  const int64_t foreign_event = Event(other_staff_, other_);
  const int64_t foreign_sitting = Sitting(other_staff_, other_, 5)["id"];
  const auto field = [&](const json& extra) {
    json body = {{"kind", "news"}, {"texts", Texts()}};
    body.update(extra);
    return staff_.Post(Posts(city_), body);
  };
  EXPECT_EQ(field({{"event_id", foreign_event}}).field("event_id"), "other_maslikhat");
  EXPECT_EQ(field({{"sitting_id", foreign_sitting}}).field("sitting_id"), "other_maslikhat");
  EXPECT_EQ(field({{"event_id", 987654321}}).field("event_id"), "not_found");
  EXPECT_EQ(field({{"sitting_id", 987654321}}).field("sitting_id"), "not_found");
  EXPECT_EQ(field({{"topic", "no_such_topic"}}).field("topic"), "not_found");
  EXPECT_EQ(field({{"topic", ""}}).field("topic"), "not_found");
  EXPECT_EQ(field({{"event_id", 0}}).status, 422);
  EXPECT_EQ(field({{"event_id", "1"}}).status, 422);
  EXPECT_EQ(field({{"topic", std::string(41, 'a')}}).field("topic"), "too_long");
  EXPECT_TRUE(staff_.Get(Posts(city_)).json()["items"].empty());

  // A change to a foreign link leaves the post as it was.
  const int64_t event = Event(staff_, city_);
  auto made = field({{"event_id", event}});
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.json()["id"];
  const json before = staff_.Get(PostPath(id)).json();
  auto patched = staff_.Patch(PostPath(id), {{"event_id", foreign_event}, {"tags", {"x"}}});
  EXPECT_EQ(patched.status, 422);
  EXPECT_EQ(patched.field("event_id"), "other_maslikhat");
  EXPECT_EQ(staff_.Patch(PostPath(id), {{"sitting_id", foreign_sitting}}).field("sitting_id"),
            "other_maslikhat");
  const json after = staff_.Get(PostPath(id)).json();
  EXPECT_EQ(after["event_id"], event);
  EXPECT_TRUE(after["sitting_id"].is_null());
  EXPECT_EQ(after["tags"], json::array());
  EXPECT_EQ(after["updated_at"], before["updated_at"]);
}

TEST_F(PostLinksApi, ADeputyLinksTheirOwnPostsOnlyAndCannotWriteAsAnother) {
  const int64_t event = Event(staff_, city_);
  json own = {
      {"kind", "deputy_post"}, {"deputy_id", deputy1_}, {"event_id", event}, {"texts", Texts()}};
  auto made = dep1_.Post(Posts(city_), own);
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.json()["id"];
  ASSERT_EQ(dep1_.Post(PostPath(id, "/publish"), json::object()).status, 200);
  EXPECT_EQ(PublicIds("?event=" + std::to_string(event)), std::vector<int64_t>{id});
  // As another deputy, or on another deputy's post: refused, nothing changed.
  json as_other = own;
  as_other["deputy_id"] = deputy2_;
  EXPECT_EQ(dep1_.Post(Posts(city_), as_other).status, 403);
  EXPECT_EQ(dep2_.Patch(PostPath(id), {{"event_id", nullptr}}).status, 404);
  EXPECT_EQ(dep2_.Post(PostPath(id, "/archive"), json::object()).status, 404);
  EXPECT_EQ(dep1_.Patch(PostPath(id), {{"deputy_id", deputy2_}, {"event_id", nullptr}}).status,
            403);
  EXPECT_EQ(staff_.Get(PostPath(id)).json()["event_id"], event);
  // A deputy's list holds their own posts only.
  EXPECT_EQ(dep2_.Get(Posts(city_)).json()["items"].size(), 0u);
  EXPECT_EQ(dep1_.Get(Posts(city_)).json()["items"].size(), 1u);
  // «My posts»: the deputy's own, with whom and where to write new ones; nobody else has any.
  const json mine = dep1_.Get("/api/v1/me/posts").json();
  EXPECT_EQ(mine["deputy_id"], deputy1_);
  EXPECT_EQ(mine["maslikhat_id"], city_);
  ASSERT_EQ(mine["items"].size(), 1u);
  EXPECT_EQ(mine["items"][0]["event_id"], event);
  EXPECT_TRUE(dep2_.Get("/api/v1/me/posts").json()["items"].empty());
  for (Client* c : {&staff_, &citizen_, &admin_}) EXPECT_EQ(c->Get("/api/v1/me/posts").status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/me/posts").status, 401);
}

TEST_F(PostLinksApi, HostileQueriesAndBodiesChangeNothingAndTheServerStaysUp) {
  const std::map<std::string, std::string> json_type = {{"Content-Type", "application/json"}};
  const std::string deep = std::string(100000, '{') + std::string(100000, '}');
  EXPECT_EQ(staff_.Send("POST", Posts(city_), deep, json_type).status, 422);
  const long huge =
      staff_
          .Post(Posts(city_),
                {{"kind", "news"}, {"topic", std::string(2'000'000, 'x')}, {"texts", Texts()}})
          .status;
  EXPECT_TRUE(huge == 422 || huge == 413) << huge;
  for (const std::string& q :
       std::vector<std::string>{"?event=0", "?event=-1", "?event=x", "?sitting=1e3",
                                "?topic=" + std::string(41, 'a'), "?event=99999999999999999999"}) {
    EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts" + q).status, 422) << q;
  }
  EXPECT_TRUE(PublicIds("?event=987654321&sitting=987654321&topic=roads").empty());
  EXPECT_TRUE(staff_.Get(Posts(city_)).json()["items"].empty());
  for (int i = 0; i < 40; ++i) {
    const long status = app_.NewClient().Get("/api/v1/public/posts?event=1").status;
    EXPECT_TRUE(status == 200 || status == 429) << status;
  }
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
