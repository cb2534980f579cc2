// Posts through the HTTP API on both databases: writing in kk/ru with a visible language
// fallback, draft → scheduled → published → archived with the fake clock, who may write and who
// sees drafts (nobody else: 404), Markdown injection rendered inert, hostile bodies, and the RSS
// and Atom feeds read as a feed reader reads them (Debian's python3-feedparser).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

// Parses a feed as a reader would and prints one JSON line: the feed's title, whether it parsed
// cleanly, and each entry's title, link, id, published time (UTC) and content.
constexpr const char* kReadFeed = R"(
import calendar
import json
import sys

import feedparser

d = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": bool(d.bozo),
    "version": d.version,
    "title": d.feed.get("title", ""),
    "entries": [{
        "title": e.get("title", ""),
        "link": e.get("link", ""),
        "id": e.get("id", ""),
        "published": calendar.timegm(e.published_parsed) if e.get("published_parsed") else 0,
        "content": (e.get("content") or [{}])[0].get("value", e.get("summary", "")),
        "tags": [t["term"] for t in e.get("tags", [])],
    } for e in d.entries],
}, ensure_ascii=False))
)";

json ReadFeed(const std::string& xml) {
  const std::string script = TempFile(kReadFeed);
  const std::string file = TempFile(xml);
  const std::string out = Stdout("/usr/bin/python3 " + script + " " + file);
  std::remove(script.c_str());
  std::remove(file.c_str());
  return json::parse(out, nullptr, false);
}

class PostsApi : public AppealsFixture {
 protected:
  std::string Posts(int64_t maslikhat) {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/posts";
  }
  static std::string PostPath(int64_t id, const std::string& tail = "") {
    return "/api/v1/posts/" + std::to_string(id) + tail;
  }
  static std::string PublicPath(int64_t id, const std::string& query = "") {
    return "/api/v1/public/posts/" + std::to_string(id) + query;
  }
  static json Texts(const char* title_kk, const char* title_ru, const char* body = "Мәтін.") {
    json texts = json::array();
    if (title_kk) texts.push_back({{"lang", "kk"}, {"title", title_kk}, {"body", body}});
    if (title_ru) {
      texts.push_back(
          {{"lang", "ru"}, {"title", title_ru}, {"summary", "Кратко."}, {"body", body}});
    }
    return texts;
  }
  int64_t Draft(Client& c, const json& body, int64_t maslikhat = 0) {
    auto r = c.Post(Posts(maslikhat ? maslikhat : city_), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  int64_t News(const char* kk, const char* ru, const char* body = "Мәтін.") {
    return Draft(staff_, {{"kind", "news"}, {"texts", Texts(kk, ru, body)}});
  }
  int64_t Published(const char* kk, const char* ru, const char* body = "Мәтін.") {
    const int64_t id = News(kk, ru, body);
    EXPECT_EQ(staff_.Post(PostPath(id, "/publish"), json::object()).status, 200);
    return id;
  }
  std::vector<int64_t> PublicIds(const std::string& query = "") {
    std::vector<int64_t> out;
    const json body = app_.NewClient().Get("/api/v1/public/posts" + query).json();
    for (const auto& p : body["items"]) out.push_back(p["id"]);
    return out;
  }
};

TEST_F(PostsApi, StaffWriteInTwoLanguagesAndReadersGetTheirsOrAVisibleFallback) {
  const int64_t id = News("Сессия өтті", "Сессия прошла");
  auto draft = staff_.Get(PostPath(id)).json();
  EXPECT_EQ(draft["state"], "draft");
  EXPECT_EQ(draft["texts"].size(), 2u);
  // A draft is nobody's business but its writers'.
  for (Client* c : {&citizen_, &other_staff_, &dep1_}) {
    EXPECT_EQ(c->Get(PostPath(id)).status, 404);
  }
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id)).status, 404);
  EXPECT_TRUE(PublicIds().empty());

  auto published = staff_.Post(PostPath(id, "/publish"), json::object());
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(published.json()["state"], "published");
  EXPECT_EQ(staff_.Post(PostPath(id, "/publish"), json::object()).field("status"),
            "already_published");

  auto kk = app_.NewClient().Get(PublicPath(id, "?lang=kk")).json();
  EXPECT_EQ(kk["lang"], "kk");
  EXPECT_EQ(kk["title"], "Сессия өтті");
  EXPECT_EQ(kk["available"], json::array({"kk", "ru"}));
  EXPECT_EQ(kk["body_html"], "<p>Мәтін.</p>\n");
  auto ru = app_.NewClient().Get(PublicPath(id, "?lang=ru")).json();
  EXPECT_EQ(ru["title"], "Сессия прошла");
  EXPECT_EQ(ru["summary"], "Кратко.");
  // No English version: the Russian one is served and says so.
  auto en = app_.NewClient().Get(PublicPath(id, "?lang=en")).json();
  EXPECT_EQ(en["lang"], "ru");
  // A Russian-only post asked for in Kazakh.
  const int64_t ru_only = Published(nullptr, "Только по-русски");
  auto fallback = app_.NewClient().Get(PublicPath(ru_only, "?lang=kk")).json();
  EXPECT_EQ(fallback["lang"], "ru");
  EXPECT_EQ(fallback["available"], json::array({"ru"}));
  EXPECT_EQ(PublicIds(), (std::vector<int64_t>{ru_only, id}));
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts?lang=kk").json()["items"][1]["title"],
            "Сессия өтті");
}

TEST_F(PostsApi, AScheduledPostGoesOutAtItsMinuteWithoutAJob) {
  const int64_t id = News("Келесі сессия", "Следующая сессия");
  EXPECT_EQ(staff_.Post(PostPath(id, "/schedule"), {{"publish_at", "2026-11-17T09:00:00Z"}})
                .field("publish_at"),
            "in_past");
  EXPECT_EQ(
      staff_.Post(PostPath(id, "/schedule"), {{"publish_at", "tomorrow"}}).field("publish_at"),
      "invalid");
  auto scheduled = staff_.Post(PostPath(id, "/schedule"), {{"publish_at", "2026-11-20T04:00Z"}});
  ASSERT_EQ(scheduled.status, 200) << scheduled.body;
  EXPECT_EQ(scheduled.json()["state"], "scheduled");
  EXPECT_EQ(scheduled.json()["publish_at"], "2026-11-20T04:00:00.000Z");
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id)).status, 404);
  const std::string feed = "/api/v1/maslikhats/" + std::to_string(city_) + "/posts.rss";
  EXPECT_TRUE(ReadFeed(app_.NewClient().Get(feed).body)["entries"].empty());

  app_.clock().Set(Utc("2026-11-20T03:59:59Z"));
  EXPECT_TRUE(PublicIds().empty());
  app_.clock().Set(Utc("2026-11-20T04:00:00Z"));
  EXPECT_EQ(PublicIds(), std::vector<int64_t>{id});
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id)).json()["state"], "published");
  EXPECT_EQ(ReadFeed(app_.NewClient().Get(feed).body)["entries"].size(), 1u);
  // Archived: gone from the public, kept for the staff (signed in again: the clock moved on).
  staff_ = Login("staff@example.kz", "staff-password-1");
  ASSERT_EQ(staff_.Post(PostPath(id, "/archive"), json::object()).status, 200);
  EXPECT_TRUE(PublicIds().empty());
  EXPECT_EQ(app_.NewClient().Get(PublicPath(id)).status, 404);
  EXPECT_EQ(staff_.Get(PostPath(id)).json()["state"], "archived");
  EXPECT_EQ(staff_.Post(PostPath(id, "/archive"), json::object()).status, 409);
}

// Public lists and pages are kept until the next commit (ADR 0026): each change shows at the
// next read, with no clock moving in between.
TEST_F(PostsApi, PublicListsAndPagesShowEveryChangeAtOnce) {
  const int64_t first = Published("Бірінші", "Первая");
  EXPECT_EQ(PublicIds(), std::vector<int64_t>{first});
  EXPECT_EQ(PublicIds(), std::vector<int64_t>{first}) << "the same page twice";
  const int64_t second = Published("Екінші", "Вторая");
  EXPECT_EQ(PublicIds(), (std::vector<int64_t>{second, first}));
  EXPECT_EQ(app_.NewClient().Get(PublicPath(first, "?lang=ru")).json()["title"], "Первая");
  EXPECT_EQ(app_.NewClient().Get(PublicPath(first, "?lang=ru")).json()["title"], "Первая");
  ASSERT_EQ(staff_.Patch(PostPath(first), {{"texts", Texts("Түзетілген", "Исправленная")}}).status,
            200);
  EXPECT_EQ(app_.NewClient().Get(PublicPath(first, "?lang=ru")).json()["title"], "Исправленная");
  EXPECT_EQ(app_.NewClient().Get(PublicPath(first, "?lang=kk")).json()["title"], "Түзетілген");
  ASSERT_EQ(staff_.Post(PostPath(first, "/archive"), json::object()).status, 200);
  EXPECT_EQ(app_.NewClient().Get(PublicPath(first)).status, 404);
  EXPECT_EQ(PublicIds(), std::vector<int64_t>{second});
}

TEST_F(PostsApi, ADeputyWritesOnlyTheirOwnDeputyPosts) {
  json own = {{"kind", "deputy_post"}, {"deputy_id", deputy1_}, {"texts", Texts("Менің", "Мой")}};
  const int64_t id = Draft(dep1_, own);
  EXPECT_EQ(dep1_.Post(PostPath(id, "/publish"), json::object()).status, 200);
  // Not another deputy's, not the maslikhat's news, not handed over to another deputy.
  json other = own;
  other["deputy_id"] = deputy2_;
  EXPECT_EQ(dep1_.Post(Posts(city_), other).status, 403);
  EXPECT_EQ(
      dep1_.Post(Posts(city_), {{"kind", "news"}, {"texts", Texts("Жаңалық", nullptr)}}).status,
      403);
  EXPECT_EQ(dep1_.Patch(PostPath(id), {{"deputy_id", deputy2_}}).status, 403);
  EXPECT_EQ(dep1_.Patch(PostPath(id), {{"kind", "news"}}).status, 403);
  EXPECT_EQ(dep2_.Patch(PostPath(id), {{"tags", {"x"}}}).status, 404);
  EXPECT_EQ(dep1_.Post(Posts(other_), own).status, 404);
  // The staff list: a deputy sees their own posts, the staff every post.
  const int64_t news = News("Жаңалық", nullptr);
  EXPECT_EQ(dep1_.Get(Posts(city_)).json()["items"].size(), 1u);
  EXPECT_EQ(staff_.Get(Posts(city_)).json()["items"].size(), 2u);
  EXPECT_EQ(dep1_.Get(PostPath(news)).status, 404);
  EXPECT_EQ(citizen_.Get(Posts(city_)).status, 404);
  EXPECT_EQ(other_staff_.Get(Posts(city_)).status, 404);
  // A deputy post needs its deputy, and references must be the maslikhat's own.
  EXPECT_EQ(staff_.Post(Posts(city_), {{"kind", "deputy_post"}, {"texts", Texts("А", nullptr)}})
                .field("deputy_id"),
            "required");
  EXPECT_EQ(other_staff_
                .Post(Posts(other_),
                      {{"kind", "news"}, {"deputy_id", deputy1_}, {"texts", Texts("А", nullptr)}})
                .field("deputy_id"),
            "not_found");
  EXPECT_EQ(other_staff_
                .Post(Posts(other_),
                      {{"kind", "news"}, {"okrug_id", okrug1_}, {"texts", Texts("А", nullptr)}})
                .field("okrug_id"),
            "not_found");
  // The deputy's public list and feeds.
  EXPECT_EQ(PublicIds("?deputy=" + std::to_string(deputy1_)), std::vector<int64_t>{id});
  const json atom =
      ReadFeed(app_.NewClient()
                   .Get("/api/v1/deputies/" + std::to_string(deputy1_) + "/posts.atom?lang=kk")
                   .body);
  EXPECT_FALSE(atom["bozo"].get<bool>());
  EXPECT_EQ(atom["version"], "atom10");
  ASSERT_EQ(atom["entries"].size(), 1u);
  EXPECT_EQ(atom["entries"][0]["title"], "Менің");
}

TEST_F(PostsApi, MarkdownInjectionRendersInertInPagesAndFeeds) {
  const char* body =
      "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
      "[click](javascript:alert(3)) [ok](https://example.kz)";
  const int64_t id = Published("<b>Тақырып</b> & <script>x</script>", nullptr, body);
  auto page = app_.NewClient().Get(PublicPath(id)).json();
  const std::string html = page["body_html"];
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("onerror"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"https://example.kz\""), std::string::npos) << html;
  // A title is text: kept as written, for the web to show as text.
  EXPECT_EQ(page["title"], "<b>Тақырып</b> & <script>x</script>");
  auto preview = staff_.Post("/api/v1/posts/preview", {{"body", body}});
  ASSERT_EQ(preview.status, 200);
  EXPECT_EQ(preview.json()["html"], html);
  EXPECT_EQ(citizen_.Post("/api/v1/posts/preview", {{"body", "x"}}).status, 200);
  Client anonymous = app_.NewClient();
  anonymous.PrimeCsrf();
  EXPECT_EQ(anonymous.Post("/api/v1/posts/preview", {{"body", "x"}}).status, 401);

  for (const char* kind : {"rss", "atom"}) {
    auto r = app_.NewClient().Get("/api/v1/maslikhats/" + std::to_string(city_) + "/posts." + kind +
                                  "?lang=kk");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.find("<script"), std::string::npos) << r.body;
    const json feed = ReadFeed(r.body);
    EXPECT_FALSE(feed["bozo"].get<bool>()) << kind << r.body;
    ASSERT_EQ(feed["entries"].size(), 1u) << kind;
    // A reader may strip the tags it sees in a title; the words arrive.
    const std::string title = feed["entries"][0]["title"];
    EXPECT_NE(title.find("Тақырып"), std::string::npos) << kind << title;
    const std::string content = feed["entries"][0]["content"];
    EXPECT_EQ(content.find("onerror"), std::string::npos) << content;
    EXPECT_EQ(content.find("javascript:"), std::string::npos) << content;
  }
}

TEST_F(PostsApi, FeedsParseInEveryLanguageWithTheirPostsNewestFirst) {
  const int64_t t0 = app_.clock().NowMs();
  const int64_t first = Published("Бірінші", "Первая");
  app_.clock().Advance(60000);
  const int64_t second = Published(nullptr, "Вторая");
  ASSERT_EQ(staff_.Patch(PostPath(second), {{"tags", {"жолдар"}}}).status, 200);
  const std::string base = "/api/v1/maslikhats/" + std::to_string(city_) + "/posts.";
  auto rss = app_.NewClient().Get(base + "rss?lang=kk");
  ASSERT_EQ(rss.status, 200);
  EXPECT_EQ(rss.headers["content-type"], "application/rss+xml; charset=utf-8");
  const json feed = ReadFeed(rss.body);
  EXPECT_FALSE(feed["bozo"].get<bool>()) << rss.body;
  EXPECT_EQ(feed["version"], "rss20");
  EXPECT_EQ(feed["title"], "Қалалық");
  ASSERT_EQ(feed["entries"].size(), 2u);
  EXPECT_EQ(feed["entries"][0]["title"], "Вторая");  // no Kazakh version: the Russian one
  EXPECT_EQ(feed["entries"][0]["tags"], json::array({"жолдар"}));
  EXPECT_EQ(feed["entries"][1]["title"], "Бірінші");
  EXPECT_EQ(feed["entries"][1]["published"], t0 / 1000);
  EXPECT_NE(feed["entries"][1]["link"].get<std::string>().find("/posts/" + std::to_string(first)),
            std::string::npos);
  const json ru = ReadFeed(app_.NewClient().Get(base + "atom?lang=ru").body);
  EXPECT_EQ(ru["title"], "Городской");
  EXPECT_EQ(ru["entries"][1]["title"], "Первая");
  // The tag filter, and feeds of what does not exist.
  EXPECT_EQ(PublicIds("?tag=жолдар"), std::vector<int64_t>{second});
  EXPECT_EQ(PublicIds("?kind=announcement"), std::vector<int64_t>{});
  EXPECT_EQ(app_.NewClient().Get("/api/v1/maslikhats/987654/posts.rss").status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/deputies/987654/posts.atom").status, 404);
  EXPECT_EQ(app_.NewClient().Get(base + "rss?lang=xx").field("lang"), "invalid");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/okrugs/" + std::to_string(okrug1_) + "/posts.rss").status,
            200);
}

TEST_F(PostsApi, ASharedLinkCarriesTheOpenGraphTagsEscaped) {
  // Without a web root: a bare page with the tags.
  const int64_t id = Published("Сессия \"<b>\" & <script>x</script>", "Сессия");
  auto bare = app_.NewClient().Get("/posts/" + std::to_string(id));
  EXPECT_EQ(bare.status, 200);
  EXPECT_NE(bare.body.find("og:title"), std::string::npos) << bare.body;
  char dir[] = "/tmp/kenes-og-XXXXXX";
  ASSERT_NE(mkdtemp(dir), nullptr);
  const std::string index = std::string(dir) + "/index.html";
  {
    std::ofstream out(index);
    out << "<!doctype html><html><head><title>Kenes</title></head><body></body></html>";
  }
  app_.config().http.web_root = dir;
  app_.Restart();
  staff_ = Login("staff@example.kz", "staff-password-1");
  auto page = app_.NewClient().Get("/posts/" + std::to_string(id));
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.headers["content-type"].rfind("text/html", 0), 0u);
  EXPECT_NE(page.body.find("<meta property=\"og:type\" content=\"article\" />"), std::string::npos)
      << page.body;
  EXPECT_NE(page.body.find("<meta property=\"og:title\" content=\"Сессия &quot;&lt;b&gt;&quot; "
                           "&amp; &lt;script&gt;x&lt;/script&gt;\" />"),
            std::string::npos)
      << page.body;
  EXPECT_EQ(page.body.find("<script>"), std::string::npos);
  EXPECT_LT(page.body.find("og:title"), page.body.find("</head>"));
  auto ru = app_.NewClient().Get("/posts/" + std::to_string(id) + "?lang=ru");
  EXPECT_NE(ru.body.find("content=\"Кратко.\""), std::string::npos) << ru.body;
  // A draft, an unknown post: the app's page without tags.
  const int64_t draft = News("Жоба", nullptr);
  for (const std::string& path : {"/posts/" + std::to_string(draft), std::string("/posts/98765")}) {
    auto plain = app_.NewClient().Get(path);
    EXPECT_EQ(plain.status, 200) << path;
    EXPECT_EQ(plain.body.find("og:"), std::string::npos) << path;
  }
  std::remove(index.c_str());
  rmdir(dir);
}

TEST_F(PostsApi, ThePublicListPagesByCursorWithoutRepeats) {
  std::vector<int64_t> made;
  made.reserve(5);
  for (int i = 0; i < 5; ++i) made.push_back(Published(nullptr, "Новость"));
  std::vector<int64_t> seen;
  std::string cursor;
  for (int page = 0; page < 5; ++page) {
    const json body =
        app_.NewClient()
            .Get("/api/v1/public/posts?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor))
            .json();
    for (const auto& p : body["items"]) seen.push_back(p["id"]);
    if (body["next_cursor"].is_null()) break;
    cursor = body["next_cursor"];
  }
  EXPECT_EQ(seen, (std::vector<int64_t>{made[4], made[3], made[2], made[1], made[0]}));
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts?cursor=x").field("cursor"), "invalid");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts?limit=51").field("limit"), "out_of_range");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts?kind=poem").field("kind"), "invalid");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts?tag=a%25").field("tag"),
            "invalid_characters");
}

TEST_F(PostsApi, HostileInputChangesNothingAndTheServerStaysUp) {
  const int64_t id = News("Жоба", nullptr);
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::map<std::string, std::string> json_type = {{"Content-Type", "application/json"}};
  for (const std::string& path : {Posts(city_), PostPath(id, "/schedule")}) {
    EXPECT_EQ(staff_.Send("POST", path, deep, json_type).status, 422) << path;
    EXPECT_EQ(staff_.Send("POST", path, "{\"texts\":", json_type).status, 422) << path;
    EXPECT_EQ(staff_.Send("POST", path, "[]", json_type).status, 422) << path;
  }
  EXPECT_EQ(staff_.Send("PATCH", PostPath(id), deep, json_type).status, 422);
  // A huge Markdown body: refused whole (too long for the field, or too big for the server).
  const std::string huge(300000, 'x');
  const long big =
      staff_.Post(Posts(city_), {{"kind", "news"}, {"texts", Texts("А", nullptr, huge.c_str())}})
          .status;
  EXPECT_TRUE(big == 422 || big == 413) << big;
  EXPECT_EQ(
      staff_
          .Post(Posts(city_),
                {{"kind", "news"}, {"texts", Texts("А", nullptr, std::string(50001, 'x').c_str())}})
          .field("texts.0.body"),
      "too_long");
  EXPECT_EQ(staff_.Post(Posts(city_), {{"kind", "news"}, {"texts", json::array()}}).field("texts"),
            "too_few");
  EXPECT_EQ(staff_.Post(Posts(city_), {{"kind", "news"}, {"texts", 5}}).field("texts"),
            "wrong_type");
  EXPECT_EQ(staff_.Post(Posts(city_), {{"kind", 5}, {"texts", Texts("А", nullptr)}}).status, 422);
  EXPECT_EQ(
      staff_.Post(Posts(city_), {{"kind", "news"}, {"texts", {{{"lang", "xx"}, {"title", "А"}}}}})
          .field("texts.0.lang"),
      "invalid");
  EXPECT_EQ(
      staff_
          .Post(Posts(city_),
                {{"kind", "news"},
                 {"texts", {{{"lang", "kk"}, {"title", "А"}}, {{"lang", "kk"}, {"title", "Б"}}}}})
          .field("texts.1.lang"),
      "duplicate");
  EXPECT_EQ(staff_.Post(Posts(city_), {{"kind", "news"}, {"texts", Texts(nullptr, "")}})
                .field("texts.0.title"),
            "required");
  EXPECT_EQ(
      staff_
          .Post(Posts(city_), {{"kind", "news"}, {"tags", {"a,b"}}, {"texts", Texts("А", nullptr)}})
          .field("tags"),
      "invalid_characters");
  EXPECT_EQ(
      staff_.Post(Posts(city_), {{"kind", "news"}, {"texts", Texts("А", nullptr)}, {"extra", 1}})
          .status,
      422);
  // Other people's ids and malformed ones.
  EXPECT_EQ(other_staff_.Get(PostPath(id)).status, 404);
  EXPECT_EQ(other_staff_.Patch(PostPath(id), {{"tags", {"x"}}}).status, 404);
  for (const char* action : {"/publish", "/archive"}) {
    EXPECT_EQ(other_staff_.Post(PostPath(id, action), json::object()).status, 404) << action;
  }
  EXPECT_EQ(
      other_staff_.Post(PostPath(id, "/schedule"), {{"publish_at", "2027-01-01T00:00Z"}}).status,
      404);
  EXPECT_EQ(staff_.Get("/api/v1/posts/1x").status, 404);
  EXPECT_EQ(staff_.Post("/api/v1/posts/987654321/publish", json::object()).status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts/987654321").status, 404);
  EXPECT_EQ(
      staff_.Post(Posts(987654321), {{"kind", "news"}, {"texts", Texts("А", nullptr)}}).status,
      404);
  // Nothing changed by any of that.
  auto still = staff_.Get(PostPath(id)).json();
  EXPECT_EQ(still["state"], "draft");
  EXPECT_EQ(still["tags"], json::array());
  EXPECT_EQ(staff_.Get(Posts(city_)).json()["items"].size(), 1u);
  // A flood of reads answers each or holds back, and the server stays up.
  ASSERT_EQ(staff_.Post(PostPath(id, "/publish"), json::object()).status, 200);
  for (int i = 0; i < 40; ++i) {
    const long status = app_.NewClient().Get(PublicPath(id)).status;
    EXPECT_TRUE(status == 200 || status == 429) << status;
  }
  int conflicts = 0;
  for (int i = 0; i < 20; ++i)
    conflicts += staff_.Post(PostPath(id, "/publish"), json::object()).status == 409;
  EXPECT_EQ(conflicts, 20);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(PostsApi, EveryChangeIsAudited) {
  const int64_t id = News("Жоба", nullptr);
  ASSERT_EQ(staff_.Patch(PostPath(id), {{"tags", {"a"}}}).status, 200);
  ASSERT_EQ(staff_.Post(PostPath(id, "/publish"), json::object()).status, 200);
  ASSERT_EQ(staff_.Post(PostPath(id, "/archive"), json::object()).status, 200);
  auto rows = app_.app().database().Read([&](db::Tx& tx) -> Result<std::vector<std::string>> {
    std::vector<std::string> out;
    for (const auto& r :
         tx.Query("SELECT action FROM audit_log WHERE entity = 'post' AND entity_id = $1 "
                  "ORDER BY id",
                  {id})) {
      out.push_back(r.Str("action"));
    }
    return out;
  });
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(*rows, (std::vector<std::string>{"post.create", "post.update", "post.publish",
                                             "post.archive"}));
}

}  // namespace
}  // namespace kenes::testing
