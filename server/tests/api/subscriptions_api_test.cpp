// Subscriptions through the HTTP API on both databases: following and unfollowing with names in
// the reader's language, other people's follows (404, nothing changes), the cap per person, bad
// and hostile input; what followers get when a post is published (also at a scheduled minute) or
// an event is announced or cancelled: the bell always, a mail at once exactly once per item, or a
// place in the daily/weekly digest at the configured hour (fake clock); a digest run that dies
// half-way and restarts lists nothing twice; one-click unsubscribe links without a session, and
// tampered or foreign tokens refused.
#include <set>
#include <stdexcept>

#include "features/subscriptions/subscriptions_service.hpp"
#include "platform/jobs/jobs.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

constexpr const char* kSubs = "/api/v1/me/subscriptions";
// The fake clock starts on Wednesday 2026-11-18, 16:06 local; digests go out at 08:00 local.
constexpr const char* kNextMorning = "2026-11-19T03:00:00Z";
constexpr const char* kMonday = "2026-11-23T03:00:00Z";

class SubscriptionsApi : public AppealsFixture {
 protected:
  HttpResult Follow(Client& c, const json& body) { return c.Post(kSubs, body); }
  int64_t Follows(Client& c, const char* kind, int64_t id, const char* delivery) {
    auto r = Follow(c, {{"target_kind", kind}, {"target_id", id}, {"delivery", delivery}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  int64_t FollowsTag(Client& c, const std::string& tag, const char* delivery) {
    auto r = Follow(c, {{"target_kind", "tag"}, {"tag", tag}, {"delivery", delivery}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  json List(Client& c, const char* lang = "kk") {
    auto r = c.Get(std::string(kSubs) + "?lang=" + lang);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }
  // A post of the city maslikhat by its staff, published now.
  int64_t Publish(const std::string& title_kk, const std::string& title_ru, json extra = {}) {
    json body = {{"kind", "news"},
                 {"texts",
                  {{{"lang", "kk"}, {"title", title_kk}, {"body", "Мәтін."}},
                   {{"lang", "ru"}, {"title", title_ru}, {"body", "Текст."}}}}};
    for (auto& [k, v] : extra.items()) body[k] = v;
    const int64_t id =
        Created(staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/posts", body);
    auto r = staff_.Post("/api/v1/posts/" + std::to_string(id) + "/publish", json::object());
    EXPECT_EQ(r.status, 200) << r.body;
    return id;
  }
  std::vector<mail::Message> MailsTo(const std::string& to, const std::string& part = "") {
    app_.RunJobs();
    std::vector<mail::Message> out;
    for (const auto& m : app_.mailer().Sent()) {
      // Subscription mails only (they carry List-Unsubscribe): not the sign-up code.
      if (m.to == to && !Header(m, "List-Unsubscribe").empty() &&
          (m.subject + m.body).find(part) != std::string::npos) {
        out.push_back(m);
      }
    }
    return out;
  }
  static std::string Header(const mail::Message& m, const std::string& name) {
    for (const auto& [k, v] : m.headers) {
      if (k == name) return v;
    }
    return "";
  }
  // The token of the mail's unsubscribe link.
  static std::string TokenOf(const mail::Message& m) {
    const std::string marker = "/unsubscribe?token=";
    const auto at = m.body.find(marker);
    if (at == std::string::npos) return "";
    const auto start = at + marker.size();
    return m.body.substr(start, m.body.find_first_of(" \r\n", start) - start);
  }
  static size_t Count(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
  }
  json Bell(Client& c) { return c.Get("/api/v1/me/notifications").json()["items"]; }
  // The unsubscribe endpoint as a mail client calls it: no cookies, no CSRF, a form body.
  HttpResult OneClick(const std::string& token) {
    return app_.NewClient().Send("POST", "/api/v1/unsubscribe?token=" + token,
                                 "List-Unsubscribe=One-Click",
                                 {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
  }
};

TEST_F(SubscriptionsApi, ACitizenFollowsChangesAndUnfollowsAndSeesNamesInTheirLanguage) {
  const int64_t dep = Follows(citizen_, "deputy", deputy1_, "daily");
  Follows(citizen_, "okrug", okrug1_, "in_app");
  Follows(citizen_, "maslikhat", city_, "immediate");
  const int64_t tag = FollowsTag(citizen_, "бюджет", "weekly");
  json kk = List(citizen_, "kk");
  ASSERT_EQ(kk.size(), 4u);
  EXPECT_EQ(kk[0]["name"], "Бекова Айгүл");
  EXPECT_EQ(kk[0]["target"]["kind"], "deputy");
  EXPECT_EQ(kk[0]["delivery"], "daily");
  EXPECT_EQ(kk[2]["name"], "Қалалық");
  EXPECT_EQ(kk[3]["name"], "#бюджет");
  EXPECT_EQ(kk[3]["target"]["tag"], "бюджет");
  EXPECT_EQ(List(citizen_, "ru")[0]["name"], "Бекова Айгуль");
  // Following the same again is a conflict; the list is the person's own.
  auto again = Follow(citizen_,
                      {{"target_kind", "deputy"}, {"target_id", deputy1_}, {"delivery", "weekly"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.field("target_id"), "already_followed");
  EXPECT_TRUE(List(stranger_).empty());

  auto changed = citizen_.Patch(std::string(kSubs) + "/" + std::to_string(dep),
                                {{"delivery", "immediate"}, {"lang", "kk"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["delivery"], "immediate");
  EXPECT_EQ(changed.json()["name"], "Бекова Айгүл");

  // Another person's follow: 404 to them (also to staff and the administrator), nothing changes.
  for (Client* c : {&stranger_, &staff_, &admin_}) {
    EXPECT_EQ(
        c->Patch(std::string(kSubs) + "/" + std::to_string(tag), {{"delivery", "in_app"}}).status,
        404);
    EXPECT_EQ(c->Delete(std::string(kSubs) + "/" + std::to_string(tag)).status, 404);
  }
  EXPECT_EQ(List(citizen_)[3]["delivery"], "weekly");
  EXPECT_EQ(app_.NewClient().Get(kSubs).status, 401);

  EXPECT_EQ(citizen_.Delete(std::string(kSubs) + "/" + std::to_string(tag)).status, 204);
  EXPECT_EQ(citizen_.Delete(std::string(kSubs) + "/" + std::to_string(tag)).status, 404);
  EXPECT_EQ(List(citizen_).size(), 3u);
}

TEST_F(SubscriptionsApi, BadInputIsRefusedByFieldAndChangesNothing) {
  struct Case {
    json body;
    const char* field;
    const char* code;
  };
  const std::vector<Case> cases = {
      {{{"target_kind", "deputy"}, {"target_id", 999999}, {"delivery", "daily"}},
       "target_id",
       "not_found"},
      {{{"target_kind", "deputy"}, {"delivery", "daily"}}, "target_id", "required"},
      {{{"target_kind", "planet"}, {"target_id", 1}, {"delivery", "daily"}},
       "target_kind",
       "invalid"},
      {{{"target_kind", "okrug"}, {"target_id", okrug1_}, {"delivery", "hourly"}},
       "delivery",
       "invalid"},
      {{{"target_kind", "tag"}, {"delivery", "daily"}}, "tag", "required"},
      {{{"target_kind", "tag"}, {"tag", "a,b"}, {"delivery", "daily"}}, "tag", "invalid"},
      {{{"target_kind", "tag"}, {"tag", std::string(41, 'x')}, {"delivery", "daily"}},
       "tag",
       "invalid"},
      {{{"target_kind", "okrug"}, {"target_id", okrug1_}, {"delivery", "daily"}, {"x", 1}},
       "x",
       ""},
  };
  for (const Case& c : cases) {
    auto r = Follow(citizen_, c.body);
    EXPECT_EQ(r.status, 422) << c.body.dump() << " " << r.body;
    if (*c.code) {
      EXPECT_EQ(r.field(c.field), c.code) << c.body.dump() << " " << r.body;
    }
  }
  // Hostile bodies: deep nesting, a huge body, no CSRF token.
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(citizen_.Send("POST", kSubs, deep, {{"Content-Type", "application/json"}}).status, 422);
  std::string huge =
      R"({"target_kind":"tag","delivery":"daily","tag":")" + std::string(2 << 20, 'a') + "\"}";
  EXPECT_EQ(citizen_.Send("POST", kSubs, huge, {{"Content-Type", "application/json"}}).status, 413);
  EXPECT_EQ(
      citizen_
          .Send(
              "POST", kSubs,
              json{{"target_kind", "okrug"}, {"target_id", okrug1_}, {"delivery", "daily"}}.dump(),
              {{"Content-Type", "application/json"}}, false)
          .status,
      403);
  EXPECT_TRUE(List(citizen_).empty());
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(SubscriptionsApi, AFloodOfFollowsStopsAtTheCapPerPerson) {
  for (int i = 0; i < 100; ++i) {
    auto r =
        Follow(citizen_,
               {{"target_kind", "tag"}, {"tag", "тег" + std::to_string(i)}, {"delivery", "daily"}});
    ASSERT_EQ(r.status, 201) << i << " " << r.body;
  }
  auto over = Follow(citizen_, {{"target_kind", "tag"}, {"tag", "ещё"}, {"delivery", "daily"}});
  EXPECT_EQ(over.status, 429);
  EXPECT_EQ(over.field("subscriptions"), "too_many");
  EXPECT_EQ(List(citizen_).size(), 100u);
  // Another person is not held back by it, and the server is up.
  FollowsTag(stranger_, "ещё", "daily");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(SubscriptionsApi, AnImmediateMailArrivesOncePerItemWithOneClickHeaders) {
  // Two matching follows (the deputy at once, the tag daily): one mail, by the more immediate.
  Follows(citizen_, "deputy", deputy1_, "immediate");
  FollowsTag(citizen_, "жол", "daily");
  Follows(stranger_, "deputy", deputy2_, "immediate");  // not this post's deputy
  const int64_t post =
      Publish("Жол жөндеу", "Ремонт дороги", {{"deputy_id", deputy1_}, {"tags", {"жол"}}});
  auto mails = MailsTo("citizen@example.kz");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].subject, "Жаңа жазба: Жол жөндеу");  // the account's language: kk
  EXPECT_NE(mails[0].body.find("/posts/" + std::to_string(post)), std::string::npos);
  EXPECT_NE(mails[0].body.find("18.11.2026"), std::string::npos);
  const std::string token = TokenOf(mails[0]);
  ASSERT_FALSE(token.empty());
  EXPECT_EQ(Header(mails[0], "List-Unsubscribe"),
            "<" + app_.config().http.public_url + "/api/v1/unsubscribe?token=" + token + ">");
  EXPECT_EQ(Header(mails[0], "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  EXPECT_TRUE(MailsTo("stranger@example.kz").empty());
  // The bell too, naming the post.
  json bell = Bell(citizen_);
  ASSERT_EQ(bell.size(), 1u);
  EXPECT_EQ(bell[0]["kind"], "followed_post");
  EXPECT_EQ(bell[0]["post_id"], post);
  // Archived and published again, re-run jobs: still one mail and one notification.
  const std::string p = "/api/v1/posts/" + std::to_string(post);
  ASSERT_EQ(staff_.Post(p + "/archive", json::object()).status, 200);
  ASSERT_EQ(staff_.Post(p + "/publish", json::object()).status, 200);
  EXPECT_EQ(MailsTo("citizen@example.kz").size(), 1u);
  EXPECT_EQ(Bell(citizen_).size(), 1u);
  // Nothing waits for the digest: the item reached the person already.
  app_.clock().Set(Utc(kNextMorning));
  EXPECT_EQ(MailsTo("citizen@example.kz").size(), 1u);
}

TEST_F(SubscriptionsApi, AScheduledPostReachesFollowersAtItsMinute) {
  Follows(citizen_, "maslikhat", city_, "immediate");
  const int64_t id = Created(staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/posts",
                             {{"kind", "news"}, {"texts", {{{"lang", "kk"}, {"title", "Кейін"}}}}});
  ASSERT_EQ(staff_
                .Post("/api/v1/posts/" + std::to_string(id) + "/schedule",
                      {{"publish_at", "2026-11-18T13:00:00Z"}})
                .status,
            200);
  EXPECT_TRUE(MailsTo("citizen@example.kz").empty());
  app_.clock().Set(Utc("2026-11-18T12:59:00Z"));
  EXPECT_TRUE(MailsTo("citizen@example.kz").empty());
  app_.clock().Set(Utc("2026-11-18T13:00:00Z"));
  auto mails = MailsTo("citizen@example.kz");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].subject, "Жаңа жазба: Кейін");
}

TEST_F(SubscriptionsApi, DailyAndWeeklyDigestsListNewItemsOnceAtTheConfiguredHour) {
  Follows(citizen_, "deputy", deputy1_, "daily");
  FollowsTag(citizen_, "саябақ", "daily");
  FollowsTag(stranger_, "саябақ", "weekly");
  Publish("Бірінші", "Первая", {{"deputy_id", deputy1_}});
  Publish("Екінші", "Вторая", {{"deputy_id", deputy1_}, {"tags", {"саябақ"}}});
  Publish("Басқа", "Другая");  // followed by nobody
  EXPECT_TRUE(MailsTo("citizen@example.kz").empty());
  EXPECT_EQ(Bell(citizen_).size(), 2u);  // the bell at once

  app_.clock().Set(Utc(kNextMorning) - 60'000);
  EXPECT_TRUE(MailsTo("citizen@example.kz").empty());
  app_.clock().Set(Utc(kNextMorning));
  auto daily = MailsTo("citizen@example.kz");
  ASSERT_EQ(daily.size(), 1u);
  EXPECT_EQ(daily[0].subject, "Kenes: бүгінгі жаңалықтар (2)");
  EXPECT_EQ(Count(daily[0].body, "Бірінші"), 1u);
  EXPECT_EQ(Count(daily[0].body, "Екінші"), 1u);
  EXPECT_EQ(Count(daily[0].body, "Басқа"), 0u);
  EXPECT_NE(daily[0].body.find("18.11.2026"), std::string::npos);
  EXPECT_EQ(Header(daily[0], "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  EXPECT_TRUE(MailsTo("stranger@example.kz").empty());  // weekly: on Monday

  // A new item later: the next day's digest lists it alone.
  app_.clock().Set(Utc(kNextMorning) + 3'600'000);
  staff_ = Login("staff@example.kz", "staff-password-1");
  Publish("Үшінші", "Третья", {{"tags", {"саябақ"}}});
  app_.clock().Set(Utc("2026-11-20T03:00:00Z"));
  daily = MailsTo("citizen@example.kz");
  ASSERT_EQ(daily.size(), 2u);
  EXPECT_EQ(Count(daily[1].body, "Үшінші"), 1u);
  EXPECT_EQ(Count(daily[1].body, "Бірінші") + Count(daily[1].body, "Екінші"), 0u);

  app_.clock().Set(Utc(kMonday));
  auto weekly = MailsTo("stranger@example.kz");
  ASSERT_EQ(weekly.size(), 1u);
  EXPECT_EQ(weekly[0].subject, "Kenes: аптаның жаңалықтары (2)");
  EXPECT_EQ(Count(weekly[0].body, "Екінші") + Count(weekly[0].body, "Үшінші"), 2u);
  EXPECT_EQ(MailsTo("citizen@example.kz").size(), 2u);  // nothing new for the daily one
}

TEST_F(SubscriptionsApi, ADigestRunThatDiesHalfWayListsNothingTwiceAfterARestart) {
  std::vector<Client*> people = {&citizen_, &stranger_};
  Client third = app_.SignedIn("third@example.kz");
  people.push_back(&third);
  for (Client* c : people) Follows(*c, "maslikhat", city_, "daily");
  Publish("Бір", "Один");
  Publish("Екі", "Два");
  app_.RunJobs();
  ASSERT_TRUE(MailsTo("citizen@example.kz").empty());

  // A run that crashes in the second person's transaction, after queueing their mail.
  subscriptions::SubscriptionService run(app_.app().database(), app_.clock(), nullptr, nullptr,
                                         nullptr,
                                         {.public_url = "http://x", .unsubscribe_key = "k"});
  int seen = 0;
  EXPECT_THROW(run.RunDigest(subscriptions::Delivery::kDaily,
                             [&](int64_t) {
                               if (++seen == 2) throw std::runtime_error("killed");
                             }),
               std::runtime_error);
  app_.Restart();
  app_.clock().Set(Utc(kNextMorning));
  app_.RunJobs();
  // Everyone got exactly one digest, each item in it once.
  for (const char* to : {"citizen@example.kz", "stranger@example.kz", "third@example.kz"}) {
    auto mails = MailsTo(to, "Kenes:");
    ASSERT_EQ(mails.size(), 1u) << to;
    EXPECT_EQ(Count(mails[0].body, "Бір\n"), 1u) << to;
    EXPECT_EQ(Count(mails[0].body, "Екі\n"), 1u) << to;
  }
}

TEST_F(SubscriptionsApi, ADigestRunStoppedByTheServerMarksNothingAndTheNextStartMailsEveryone) {
  Follows(citizen_, "maslikhat", city_, "daily");
  Publish("Бір", "Один");
  app_.RunJobs();
  subscriptions::SubscriptionService run(app_.app().database(), app_.clock(), nullptr, nullptr,
                                         nullptr,
                                         {.public_url = "http://x", .unsubscribe_key = "k"});
  // SIGTERM arrived: the run ends before its next transaction and the job is put back.
  EXPECT_THROW(run.RunDigest(subscriptions::Delivery::kDaily, {}, [] { return true; }),
               jobs::Interrupted);
  EXPECT_TRUE(MailsTo("citizen@example.kz", "Kenes:").empty());
  app_.Restart();
  app_.clock().Set(Utc(kNextMorning));
  app_.RunJobs();
  auto mails = MailsTo("citizen@example.kz", "Kenes:");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(Count(mails[0].body, "Бір\n"), 1u);
}

TEST_F(SubscriptionsApi, EventsAnnouncedAndCancelledReachFollowersOfTheirOkrug) {
  Follows(citizen_, "okrug", okrug1_, "immediate");
  Follows(stranger_, "okrug", okrug2_, "immediate");
  Client third = app_.SignedIn("third@example.kz");  // follows, and will register
  Follows(third, "okrug", okrug1_, "in_app");
  const int64_t event =
      Created(staff_, "/api/v1/maslikhats/" + std::to_string(city_) + "/events",
              {{"type", "voter_meeting"},
               {"starts_at", "2026-12-02T18:00"},
               {"ends_at", "2026-12-02T19:30"},
               {"place", "Школа № 5"},
               {"okrug_id", okrug1_},
               {"texts", {{"kk", {{"title", "Кездесу"}}}, {"ru", {{"title", "Встреча"}}}}}});
  auto mails = MailsTo("citizen@example.kz");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].subject, "Жаңа іс-шара: Кездесу");
  EXPECT_NE(mails[0].body.find("02.12.2026 18:00"), std::string::npos);
  EXPECT_NE(mails[0].body.find("/events/" + std::to_string(event)), std::string::npos);
  Created(third, "/api/v1/events/" + std::to_string(event) + "/registration", json::object());
  ASSERT_EQ(
      staff_.Post("/api/v1/events/" + std::to_string(event) + "/cancel", {{"reason", "Карантин"}})
          .status,
      200);
  mails = MailsTo("citizen@example.kz");
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(mails[1].subject, "Іс-шара болмайды: Кездесу");
  json bell = Bell(citizen_);
  ASSERT_EQ(bell.size(), 2u);
  EXPECT_EQ(bell[0]["kind"], "followed_event_cancelled");
  EXPECT_EQ(bell[1]["kind"], "event_announced");
  EXPECT_EQ(bell[1]["event_id"], event);
  EXPECT_EQ(bell[1]["detail"], "2026-12-02 18:00");
  EXPECT_TRUE(MailsTo("stranger@example.kz").empty());
  // Registered and following: told of the cancellation once, by events.
  json third_bell = Bell(third);
  ASSERT_EQ(third_bell.size(), 2u) << third_bell.dump();
  EXPECT_EQ(third_bell[0]["kind"], "event_cancelled");
  EXPECT_EQ(third_bell[1]["kind"], "event_announced");
}

TEST_F(SubscriptionsApi, OneClickUnsubscribeWorksWithoutASessionAndRefusesTamperedTokens) {
  const int64_t sub = Follows(citizen_, "maslikhat", city_, "immediate");
  Publish("Бір", "Один");
  auto mails = MailsTo("citizen@example.kz");
  ASSERT_EQ(mails.size(), 1u);
  const std::string token = TokenOf(mails[0]);

  // The page asks first: anyone holding the link, no session.
  auto page = app_.NewClient().Get("/api/v1/unsubscribe?token=" + token);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.json()["scope"], "subscription");
  EXPECT_EQ(page.json()["subscription"]["name"], "Қалалық");
  EXPECT_EQ(page.json()["language"], "kk");
  EXPECT_EQ(page.json()["mail_stopped"], false);
  // A browser opening the header's address is sent to the web's page.
  auto browser = app_.NewClient().Send("GET", "/api/v1/unsubscribe?token=" + token, "",
                                       {{"Accept", "text/html,application/xhtml+xml"}});
  EXPECT_EQ(browser.status, 303);
  EXPECT_EQ(browser.headers["location"], "/unsubscribe?token=" + token);

  // Tampered, foreign, malformed: refused alike, nothing changes.
  std::string flipped = token;
  flipped.back() = flipped.back() == '0' ? '1' : '0';
  std::string other_sub = token;
  other_sub.replace(other_sub.find(".s") + 2, std::to_string(sub).size(), std::to_string(sub + 1));
  const std::string foreign = subscriptions::SignUnsubscribe(
      {.user_id = 1, .digest = subscriptions::Delivery::kDaily}, "another-server-key");
  for (const std::string& bad :
       {flipped, other_sub, foreign, std::string("2") + token.substr(1), token.substr(0, 20),
        std::string("1.1.daily.") + std::string(32, '0'), std::string("x")}) {
    auto r = OneClick(bad);
    EXPECT_EQ(r.status, 404) << bad << " " << r.body;
    EXPECT_EQ(r.field("token"), "invalid") << bad;
    EXPECT_EQ(app_.NewClient().Get("/api/v1/unsubscribe?token=" + bad).status, 404) << bad;
  }
  EXPECT_EQ(OneClick(std::string(500, 'a')).status, 422);
  EXPECT_EQ(List(citizen_)[0]["delivery"], "immediate");

  // The click, as a mail client sends it (RFC 8058): the follow stays, its mail stops.
  auto done = OneClick(token);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["mail_stopped"], true);
  EXPECT_EQ(OneClick(token).status, 200);  // again: nothing more to do
  EXPECT_EQ(List(citizen_)[0]["delivery"], "in_app");
  Publish("Екі", "Два");
  EXPECT_EQ(MailsTo("citizen@example.kz").size(), 1u);
  EXPECT_EQ(Bell(citizen_).size(), 2u);
}

TEST_F(SubscriptionsApi, ADigestsLinkStopsThatDigestAndDropsWhatWaits) {
  Follows(citizen_, "maslikhat", city_, "daily");
  Follows(citizen_, "deputy", deputy1_, "weekly");
  Publish("Бір", "Один");
  app_.clock().Set(Utc(kNextMorning));
  auto mails = MailsTo("citizen@example.kz");
  ASSERT_EQ(mails.size(), 1u);
  app_.clock().Set(Utc(kNextMorning) + 60'000);
  staff_ = Login("staff@example.kz", "staff-password-1");
  Publish("Екі", "Два");  // waits for tomorrow's digest
  auto r = OneClick(TokenOf(mails[0]));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["scope"], "daily");
  citizen_ = Login("citizen@example.kz", "correct-horse-1");
  json list = List(citizen_);
  EXPECT_EQ(list[0]["delivery"], "in_app");
  EXPECT_EQ(list[1]["delivery"], "weekly");  // another digest: untouched
  app_.clock().Set(Utc("2026-11-20T03:00:00Z"));
  EXPECT_EQ(MailsTo("citizen@example.kz").size(), 1u);
}

}  // namespace
}  // namespace kenes::testing
