// Sittings over HTTP: announcing with an agenda, the closed sitting's notice of 3 working days on
// the production calendar, attendance and quorum (edges: exactly 2/3, vacant seats), decisions
// with votes linked to the act registry, scope and hostile input.
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class SittingsApi : public AppealsFixture {
 protected:
  std::string SittingsPath(int64_t maslikhat) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/sittings";
  }
  static std::string SittingPath(int64_t id) { return "/api/v1/sittings/" + std::to_string(id); }
  static json Body(int number, const std::string& day) {
    return {{"convocation", 8},
            {"number", number},
            {"held_on", day},
            {"starts_at", "10:00"},
            {"place", "Зал сессий, ул. Абая, 10"}};
  }
  int64_t Announce(json body) {
    auto r = staff_.Post(SittingsPath(city_), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  json Public(int64_t id) {
    auto r = app_.NewClient().Get("/api/v1/public/sittings/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
};

TEST_F(SittingsApi, StaffAnnounceASittingWithItsAgendaAndEveryoneReadsIt) {
  json body = Body(12, "2026-12-10");
  body["kind"] = "extraordinary";
  body["broadcast_url"] = "https://www.youtube.com/@maslikhat/live";
  body["agenda"] = {{{"title_kk", "Бюджет туралы"},
                     {"title_ru", "О бюджете"},
                     {"rapporteur", "Руководитель отдела финансов"}},
                    {{"title_kk", "Әртүрлі"}, {"title_ru", "Разное"}}};
  const int64_t id = Announce(body);
  const json s = Public(id);
  EXPECT_EQ(s["kind"], "extraordinary");
  EXPECT_FALSE(s["closed"]);
  EXPECT_EQ(s["announced_on"], "2026-11-18");  // today by default
  ASSERT_EQ(s["agenda"].size(), 2u);
  EXPECT_EQ(s["agenda"][0]["position"], 1);
  EXPECT_EQ(s["agenda"][0]["rapporteur"], "Руководитель отдела финансов");
  EXPECT_EQ(s["elected_deputies"], 2);  // the maslikhat's deputies
  EXPECT_EQ(s["attendance"].size(), 2u);
  EXPECT_EQ(s["quorum"]["needed"], 2);
  EXPECT_FALSE(s["quorum"]["quorate"]);
  auto list = app_.NewClient().Get("/api/v1/public/sittings?maslikhat=" + std::to_string(city_));
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json()["items"].size(), 1u);
  // The same number in the convocation again: 409; after the sitting, the video archive link.
  EXPECT_EQ(staff_.Post(SittingsPath(city_), Body(12, "2026-12-11")).status, 409);
  auto video = staff_.Patch(SittingPath(id), {{"video_url", "https://www.youtube.com/watch?v=x1"}});
  ASSERT_EQ(video.status, 200) << video.body;
  EXPECT_EQ(video.json()["video_url"], "https://www.youtube.com/watch?v=x1");
  EXPECT_EQ(video.json()["agenda"].size(), 2u);  // not sent: kept
}

TEST_F(SittingsApi, AClosedSittingIsAnnouncedThreeWorkingDaysAheadAcrossAHoliday) {
  Set2026Calendar();  // 16 December (Wednesday) is a holiday
  json body = Body(20, "2026-12-17");
  body["closed"] = true;
  body["announced_on"] = "2026-12-14";  // Monday: Tue 15, (Wed 16 off), Thu 17, Fri 18
  auto early = staff_.Post(SittingsPath(city_), body);
  EXPECT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(early.field("held_on"), "closed_notice");
  body["held_on"] = "2026-12-18";
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).status, 201);
  // An open sitting may be called sooner; making it closed later is checked the same way.
  const int64_t open = Announce(Body(21, "2026-11-20"));
  EXPECT_EQ(staff_.Patch(SittingPath(open), {{"closed", true}}).field("held_on"), "closed_notice");
  EXPECT_EQ(staff_.Patch(SittingPath(open), {{"closed", true}, {"held_on", "2026-11-23"}}).status,
            200);
}

TEST_F(SittingsApi, QuorumIsTwoThirdsOfTheElectedAtTheEdges) {
  json body = Body(30, "2026-12-10");
  body["elected_deputies"] = 3;
  const int64_t id = Announce(body);
  auto attend = [&](json present) {
    auto r = staff_.Send("PUT", SittingPath(id) + "/attendance", json{{"present", present}}.dump(),
                         {{"Content-Type", "application/json"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  };
  json s = attend(json::array({deputy1_}));
  EXPECT_EQ(s["quorum"]["present"], 1);
  EXPECT_EQ(s["quorum"]["needed"], 2);
  EXPECT_FALSE(s["quorum"]["quorate"]);
  s = attend(json::array({deputy1_, deputy2_}));  // exactly 2 of 3
  EXPECT_TRUE(s["quorum"]["quorate"]);
  for (const auto& row : s["attendance"]) EXPECT_TRUE(row["present"]);
  // Four seats, one vacant: 3 elected, the same 2 needed; with all four filled, 3 would be.
  EXPECT_EQ(staff_.Patch(SittingPath(id), {{"elected_deputies", 4}}).json()["quorum"]["needed"], 3);
  EXPECT_FALSE(Public(id)["quorum"]["quorate"]);
  // A configurable rule: more than half (a commission's) — 2 of 4 is not, with 51/100.
  auto half = staff_.Patch(SittingPath(id), {{"quorum_num", 51}, {"quorum_den", 100}});
  EXPECT_EQ(half.json()["quorum"]["needed"], 3);
  EXPECT_EQ(staff_.Patch(SittingPath(id), {{"quorum_num", 1}, {"quorum_den", 2}})
                .json()["quorum"]["quorate"],
            true);
  // Attendance only by the maslikhat's list.
  auto stranger = staff_.Send("PUT", SittingPath(id) + "/attendance",
                              json{{"present", {deputy1_, 987654}}}.dump(),
                              {{"Content-Type", "application/json"}});
  EXPECT_EQ(stranger.field("present"), "not_a_deputy");
}

TEST_F(SittingsApi, TheQuorumIsCountedAtEachAgendaItemAsDeputiesArriveAndLeave) {
  json body = Body(35, "2026-12-10");
  body["elected_deputies"] = 3;  // 2 needed
  body["agenda"] = {{{"title_kk", "Бірінші"}, {"title_ru", "Первый"}},
                    {{"title_kk", "Екінші"}, {"title_ru", "Второй"}},
                    {{"title_kk", "Үшінші"}, {"title_ru", "Третий"}}};
  const int64_t id = Announce(body);
  json agenda = Public(id)["agenda"];
  const int64_t i1 = agenda[0]["id"], i2 = agenda[1]["id"], i3 = agenda[2]["id"];
  auto attend = [&](const json& b) {
    return staff_.Send("PUT", SittingPath(id) + "/attendance", b.dump(),
                       {{"Content-Type", "application/json"}});
  };
  // Deputy 1 all along; deputy 2 arrives at item 2 and leaves before item 3.
  const json moves = {
      {{"deputy_id", deputy2_}, {"arrived_at_item_id", i2}, {"left_before_item_id", i3}}};
  auto r = attend({{"present", {deputy1_, deputy2_}}, {"moves", moves}});
  ASSERT_EQ(r.status, 200) << r.body;
  json s = r.json();
  EXPECT_EQ(s["quorum"]["present"], 2);
  EXPECT_EQ(s["agenda"][0]["quorum"]["present"], 1);
  EXPECT_FALSE(s["agenda"][0]["quorum"]["quorate"]);
  EXPECT_EQ(s["agenda"][1]["quorum"]["present"], 2);
  EXPECT_TRUE(s["agenda"][1]["quorum"]["quorate"]);  // exactly 2 of 3
  EXPECT_EQ(s["agenda"][1]["quorum"]["needed"], 2);
  EXPECT_FALSE(s["agenda"][2]["quorum"]["quorate"]);
  auto row = [&](const json& sitting) {
    for (const auto& a : sitting["attendance"])
      if (a["deputy_id"] == deputy2_) return a;
    return json();
  };
  EXPECT_EQ(row(Public(id))["arrived_at_item_id"], i2);
  // Bad moves: each a 422 on `moves`, nothing changes.
  auto bad = [&](const json& m) {
    return attend({{"present", {deputy1_}}, {"moves", m}}).field("moves");
  };
  EXPECT_EQ(bad({{{"deputy_id", deputy2_}, {"arrived_at_item_id", i2}}}), "not_present");
  EXPECT_EQ(bad({{{"deputy_id", deputy1_}, {"arrived_at_item_id", 987654}}}), "unknown_item");
  EXPECT_EQ(
      bad({{{"deputy_id", deputy1_}, {"arrived_at_item_id", i2}, {"left_before_item_id", i2}}}),
      "left_before_arrival");
  EXPECT_EQ(bad({{{"deputy_id", deputy1_}, {"arrived_at_item_id", i2}},
                 {{"deputy_id", deputy1_}, {"left_before_item_id", i3}}}),
            "duplicate");
  // An item of another sitting is not an item of this one.
  json other = Body(36, "2026-12-11");
  other["agenda"] = {{{"title_kk", "Басқа"}, {"title_ru", "Другой"}}};
  const int64_t foreign = Public(Announce(other))["agenda"][0]["id"];
  EXPECT_EQ(bad({{{"deputy_id", deputy1_}, {"left_before_item_id", foreign}}}), "unknown_item");
  EXPECT_EQ(Public(id)["agenda"][1]["quorum"]["present"], 2);
  // The agenda without item 2: deputy 2 counts from the start, still leaving before item 3.
  auto replaced = staff_.Patch(SittingPath(id),
                               {{"agenda",
                                 {{{"id", i1}, {"title_kk", "Бірінші"}, {"title_ru", "Первый"}},
                                  {{"id", i3}, {"title_kk", "Үшінші"}, {"title_ru", "Третий"}}}}});
  ASSERT_EQ(replaced.status, 200) << replaced.body;
  s = replaced.json();
  ASSERT_EQ(s["agenda"].size(), 2u);
  EXPECT_EQ(s["agenda"][0]["quorum"]["present"], 2);
  EXPECT_EQ(s["agenda"][1]["quorum"]["present"], 1);
  EXPECT_EQ(row(s)["arrived_at_item_id"], nullptr);
  EXPECT_EQ(row(s)["left_before_item_id"], i3);
}

TEST_F(SittingsApi, DecisionsCarryTheVoteAndTheActTheyMake) {
  json body = Body(40, "2026-12-10");
  body["agenda"] = {{{"title_kk", "Салық туралы"}, {"title_ru", "О налоге"}}};
  const int64_t id = Announce(body);
  const int64_t item = Public(id)["agenda"][0]["id"];
  auto act = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/acts",
                         {{"number", "40-1"},
                          {"adopted_on", "2026-12-10"},
                          {"title_kk", "Салық мөлшерлемелері туралы"},
                          {"title_ru", "О ставках налога"}});
  ASSERT_EQ(act.status, 201) << act.body;
  json d = {{"agenda_item_id", item},
            {"act_id", act.json()["id"]},
            {"number", "40-1"},
            {"title_kk", "Салық мөлшерлемелері туралы"},
            {"title_ru", "О ставках налога"},
            {"votes_for", 1},
            {"votes_against", 0},
            {"votes_abstained", 1},
            {"by_name",
             {{{"deputy_id", deputy1_}, {"vote", "for"}},
              {{"deputy_id", deputy2_}, {"vote", "abstained"}}}}};
  auto r = staff_.Post(SittingPath(id) + "/decisions", d);
  ASSERT_EQ(r.status, 201) << r.body;
  const json dec = r.json()["decisions"][0];
  EXPECT_EQ(dec["adopted_on"], "2026-12-10");  // the sitting's day
  EXPECT_EQ(dec["act_id"], act.json()["id"]);
  EXPECT_EQ(dec["by_name"].size(), 2u);
  EXPECT_EQ(dec["by_name"][1]["vote"], "abstained");
  // Named votes that do not add up, a deputy twice, an act of another maslikhat, someone else's
  // agenda item, more votes than deputies: each refused.
  d["votes_for"] = 2;
  EXPECT_EQ(staff_.Post(SittingPath(id) + "/decisions", d).field("by_name"), "counts_differ");
  d["votes_for"] = 1;
  d["by_name"][1]["deputy_id"] = deputy1_;
  EXPECT_EQ(staff_.Post(SittingPath(id) + "/decisions", d).field("by_name"), "duplicate");
  d.erase("by_name");
  auto other_act = other_staff_.Post("/api/v1/maslikhats/" + std::to_string(other_) + "/acts",
                                     {{"number", "1"},
                                      {"adopted_on", "2026-12-01"},
                                      {"title_kk", "Бөтен"},
                                      {"title_ru", "Чужой"}});
  d["act_id"] = other_act.json()["id"];
  EXPECT_EQ(staff_.Post(SittingPath(id) + "/decisions", d).field("act_id"), "other_maslikhat");
  d["act_id"] = 987654;
  EXPECT_EQ(staff_.Post(SittingPath(id) + "/decisions", d).field("act_id"), "not_found");
  d.erase("act_id");
  d["agenda_item_id"] = 987654;
  EXPECT_EQ(staff_.Post(SittingPath(id) + "/decisions", d).field("agenda_item_id"), "not_found");
  d.erase("agenda_item_id");
  d["votes_for"] = 5;
  EXPECT_EQ(staff_.Post(SittingPath(id) + "/decisions", d).field("votes_for"), "more_than_elected");
  EXPECT_EQ(Public(id)["decisions"].size(), 1u);
}

TEST_F(SittingsApi, ADecisionGoesFromDraftToTheVoteWithItsTextsAndStatus) {
  json body = Body(45, "2026-12-10");
  body["agenda"] = {{{"title_kk", "Бюджет туралы"}, {"title_ru", "О бюджете"}}};
  const int64_t id = Announce(body);
  const int64_t item = Public(id)["agenda"][0]["id"];
  // A draft: the texts, no vote yet.
  auto made = staff_.Post(SittingPath(id) + "/decisions", {{"number", "45-1"},
                                                           {"agenda_item_id", item},
                                                           {"title_kk", "Бюджет туралы"},
                                                           {"title_ru", "О бюджете"},
                                                           {"text_kk", "1. Бюджет бекітілсін."},
                                                           {"text_ru", "1. Утвердить бюджет."}});
  ASSERT_EQ(made.status, 201) << made.body;
  json dec = made.json()["decisions"][0];
  EXPECT_EQ(dec["status"], "draft");
  EXPECT_EQ(dec["text_ru"], "1. Утвердить бюджет.");
  EXPECT_EQ(dec["act"], nullptr);
  const std::string path = SittingPath(id) + "/decisions/" + std::to_string(dec["id"].get<int>());
  // Both deputies vote for by name: the counts follow the names, a majority of 2 adopts it.
  auto voted = staff_.Patch(
      path,
      {{"by_name",
        {{{"deputy_id", deputy1_}, {"vote", "for"}}, {{"deputy_id", deputy2_}, {"vote", "for"}}}}});
  ASSERT_EQ(voted.status, 200) << voted.body;
  dec = voted.json()["decisions"][0];
  EXPECT_EQ(dec["status"], "adopted");
  EXPECT_EQ(dec["votes_for"], 2);
  EXPECT_EQ(dec["by_name"].size(), 2u);
  EXPECT_EQ(dec["text_kk"], "1. Бюджет бекітілсін.");  // not sent: kept
  // A status the vote does not allow is refused and nothing changes.
  EXPECT_EQ(staff_.Patch(path, {{"status", "rejected"}}).field("status"), "has_majority");
  EXPECT_EQ(staff_.Patch(path, {{"status", "withdrawn"}}).field("status"), "has_votes");
  const json split = {{{"deputy_id", deputy1_}, {"vote", "for"}},
                      {{"deputy_id", deputy2_}, {"vote", "against"}}};
  EXPECT_EQ(staff_.Patch(path, {{"by_name", split}, {"status", "adopted"}}).field("status"),
            "no_majority");
  EXPECT_EQ(Public(id)["decisions"][0]["status"], "adopted");
  EXPECT_EQ(Public(id)["decisions"][0]["votes_against"], 0);
  // One for, one against of two elected: exactly half is not a majority — rejected.
  auto half = staff_.Patch(path, {{"by_name", split}});
  ASSERT_EQ(half.status, 200) << half.body;
  EXPECT_EQ(half.json()["decisions"][0]["status"], "rejected");
  EXPECT_EQ(half.json()["decisions"][0]["votes_against"], 1);
  // Linked to the act it makes, shown with the act's number; null unlinks it.
  auto act = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/acts",
                         {{"number", "45-1"},
                          {"adopted_on", "2026-12-10"},
                          {"title_kk", "Бюджет туралы"},
                          {"title_ru", "О бюджете"}});
  ASSERT_EQ(act.status, 201) << act.body;
  auto linked = staff_.Patch(path, {{"act_id", act.json()["id"]}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(Public(id)["decisions"][0]["act"]["number"], "45-1");
  EXPECT_EQ(Public(id)["decisions"][0]["act"]["title_ru"], "О бюджете");
  // The act lists the decision that made it.
  auto of_act = app_.NewClient().Get("/api/v1/public/sitting-decisions?act=" +
                                     std::to_string(act.json()["id"].get<int64_t>()));
  ASSERT_EQ(of_act.status, 200) << of_act.body;
  ASSERT_EQ(of_act.json()["items"].size(), 1u);
  EXPECT_EQ(of_act.json()["items"][0]["number"], "45-1");
  EXPECT_EQ(of_act.json()["items"][0]["sitting_number"], 45);
  EXPECT_EQ(of_act.json()["items"][0]["sitting_id"], id);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/sitting-decisions?act=x").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/sitting-decisions").status, 422);
  EXPECT_EQ(staff_.Patch(path, {{"act_id", nullptr}}).json()["decisions"][0]["act_id"], nullptr);
  EXPECT_EQ(app_.NewClient()
                .Get("/api/v1/public/sitting-decisions?act=" +
                     std::to_string(act.json()["id"].get<int64_t>()))
                .json()["items"]
                .size(),
            0u);
  // Not of this sitting, not of this maslikhat, not staff: refused.
  const int64_t other_sitting = Announce(Body(46, "2026-12-11"));
  EXPECT_EQ(
      staff_
          .Patch(SittingPath(other_sitting) + "/decisions/" + std::to_string(dec["id"].get<int>()),
                 {{"text_ru", "x"}})
          .status,
      404);
  EXPECT_EQ(other_staff_.Patch(path, {{"text_ru", "x"}}).status, 403);
  EXPECT_EQ(citizen_.Patch(path, {{"text_ru", "x"}}).status, 403);
  EXPECT_EQ(staff_.Patch(SittingPath(id) + "/decisions/987654", {{"text_ru", "x"}}).status, 404);
  // Hostile input: empty required text, too long a text, an unknown status, deep JSON, a flood.
  EXPECT_EQ(staff_.Patch(path, {{"number", ""}}).field("number"), "required");
  EXPECT_EQ(staff_.Patch(path, {{"text_kk", std::string(100001, 'x')}}).field("text_kk"),
            "too_long");
  EXPECT_EQ(staff_.Patch(path, {{"status", "passed"}}).field("status"), "invalid");
  const std::string deep = std::string(100000, '{') + std::string(100000, '}');
  EXPECT_EQ(staff_.Send("PATCH", path, deep, {{"Content-Type", "application/json"}}).status, 422);
  for (int i = 0; i < 30; ++i) {
    EXPECT_EQ(staff_.Patch(path, {{"text_ru", "Текст " + std::to_string(i)}}).status, 200);
  }
  const json last = Public(id)["decisions"][0];
  EXPECT_EQ(last["text_ru"], "Текст 29");
  EXPECT_EQ(last["status"], "rejected");
  EXPECT_EQ(last["number"], "45-1");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(SittingsApi, TheAnnouncementAndTheResultsArePublishedAsPostsOnce) {
  json body = Body(47, "2026-12-15");
  body["agenda"] = {{{"title_kk", "Бюджет туралы"}, {"title_ru", "О бюджете"}}};
  auto made = staff_.Post(SittingsPath(city_), body);
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.json()["id"];
  ASSERT_TRUE(made.json()["announcement_post_id"].is_number()) << made.body;
  const int64_t announcement = made.json()["announcement_post_id"];
  EXPECT_EQ(made.json()["results_post_id"], nullptr);
  auto post = [&](int64_t post_id, const std::string& lang) {
    auto r =
        app_.NewClient().Get("/api/v1/public/posts/" + std::to_string(post_id) + "?lang=" + lang);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  };
  auto count = [&](const std::string& kind) {
    auto r = app_.NewClient().Get("/api/v1/public/posts?maslikhat=" + std::to_string(city_) +
                                  "&kind=" + kind + "&limit=50");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"].size();
  };
  json p = post(announcement, "ru");
  EXPECT_EQ(p["kind"], "announcement");
  EXPECT_EQ(p["title"], "Очередная сессия маслихата № 47 — 15.12.2026");
  EXPECT_NE(p["body_html"].get<std::string>().find("О бюджете"), std::string::npos);
  EXPECT_EQ(post(announcement, "kk")["title"], "Мәслихаттың 47-кезекті сессиясы — 15.12.2026");
  const size_t announcements = count("announcement");
  // Editing the sitting rewrites its announcement: the same post, no second one.
  auto moved = staff_.Patch(SittingPath(id), {{"place", "Малый зал"}, {"held_on", "2026-12-16"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["announcement_post_id"], announcement);
  p = post(announcement, "ru");
  EXPECT_EQ(p["title"], "Очередная сессия маслихата № 47 — 16.12.2026");
  EXPECT_NE(p["body_html"].get<std::string>().find("Малый зал"), std::string::npos);
  EXPECT_EQ(count("announcement"), announcements);
  // A draft decision is no result yet; the vote is.
  auto draft = staff_.Post(SittingPath(id) + "/decisions",
                           {{"number", "47-1"}, {"title_kk", "Бюджет"}, {"title_ru", "Бюджет"}});
  ASSERT_EQ(draft.status, 201) << draft.body;
  EXPECT_EQ(draft.json()["results_post_id"], nullptr);
  const int64_t decision = draft.json()["decisions"][0]["id"];
  auto voted =
      staff_.Patch(SittingPath(id) + "/decisions/" + std::to_string(decision), {{"votes_for", 2}});
  ASSERT_EQ(voted.status, 200) << voted.body;
  ASSERT_TRUE(voted.json()["results_post_id"].is_number()) << voted.body;
  const int64_t results = voted.json()["results_post_id"];
  const size_t result_posts = count("session_result");
  p = post(results, "ru");
  EXPECT_EQ(p["kind"], "session_result");
  EXPECT_NE(p["body_html"].get<std::string>().find("принято (за 2, против 0, воздержались 0)"),
            std::string::npos)
      << p["body_html"];
  // Another decision: the same results post lists both.
  auto second = staff_.Post(SittingPath(id) + "/decisions", {{"number", "47-2"},
                                                             {"title_kk", "Салық"},
                                                             {"title_ru", "Налог"},
                                                             {"votes_for", 1},
                                                             {"votes_against", 1}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.json()["results_post_id"], results);
  p = post(results, "ru");
  EXPECT_NE(p["body_html"].get<std::string>().find("отклонено"), std::string::npos);
  EXPECT_EQ(count("session_result"), result_posts);
  EXPECT_EQ(Public(id)["results_post_id"], results);
}

TEST_F(SittingsApi, ACommissionMeetsWithMoreThanHalfOfItsMembers) {
  auto commission = [&](const std::string& name, const json& members) {
    auto c = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/commissions",
                         {{"kind", "standing"}, {"name_kk", name + " (kk)"}, {"name_ru", name}});
    EXPECT_EQ(c.status, 201) << c.body;
    const int64_t id = c.json()["id"];
    EXPECT_EQ(staff_
                  .Send("PUT", "/api/v1/commissions/" + std::to_string(id) + "/members",
                        json{{"members", members}}.dump(), {{"Content-Type", "application/json"}})
                  .status,
              200);
    return id;
  };
  const int64_t budget =
      commission("Комиссия по бюджету", {{{"deputy_id", deputy1_}, {"role", "chair"}},
                                         {{"deputy_id", deputy2_}, {"role", "member"}}});
  const int64_t small =
      commission("Комиссия по регламенту", {{{"deputy_id", deputy1_}, {"role", "chair"}}});
  Announce(Body(1, "2026-12-10"));    // the maslikhat's session No. 1
  json body = Body(1, "2026-12-11");  // the commission's meeting No. 1: numbered apart
  body["commission_id"] = budget;
  body["agenda"] = {{{"title_kk", "Бюджет жобасы"}, {"title_ru", "О проекте бюджета"}}};
  auto made = staff_.Post(SittingsPath(city_), body);
  ASSERT_EQ(made.status, 201) << made.body;
  json m = made.json();
  const int64_t id = m["id"];
  EXPECT_EQ(m["commission_id"], budget);
  EXPECT_EQ(m["commission"]["name_ru"], "Комиссия по бюджету");
  EXPECT_TRUE(m["quorum_more_than"]);
  EXPECT_EQ(m["elected_deputies"], 2);  // its members
  EXPECT_EQ(m["attendance"].size(), 2u);
  EXPECT_EQ(m["quorum"]["needed"], 2);  // more than half of 2
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("number"), "taken");
  auto attend = [&](int64_t sitting, const json& present) {
    return staff_.Send("PUT", SittingPath(sitting) + "/attendance",
                       json{{"present", present}}.dump(), {{"Content-Type", "application/json"}});
  };
  EXPECT_FALSE(attend(id, {deputy1_}).json()["quorum"]["quorate"]);  // half is not more than half
  EXPECT_TRUE(attend(id, {deputy1_, deputy2_}).json()["quorum"]["quorate"]);
  // Four members, one not in the directory's list: 3 needed.
  EXPECT_EQ(staff_.Patch(SittingPath(id), {{"elected_deputies", 4}}).json()["quorum"]["needed"], 3);
  EXPECT_EQ(staff_.Patch(SittingPath(id), {{"commission_id", small}}).status, 422);  // fixed
  // Its conclusion, by name of its members; anyone else is not a member.
  auto conclusion = staff_.Post(
      SittingPath(id) + "/decisions",
      {{"number", "1"},
       {"title_kk", "Қорытынды"},
       {"title_ru", "Заключение по проекту бюджета"},
       {"by_name",
        {{{"deputy_id", deputy1_}, {"vote", "for"}}, {{"deputy_id", deputy2_}, {"vote", "for"}}}}});
  ASSERT_EQ(conclusion.status, 201) << conclusion.body;
  EXPECT_EQ(conclusion.json()["decisions"][0]["status"], "rejected");  // 2 of 4 is no majority
  json small_body = Body(1, "2026-12-12");
  small_body["commission_id"] = small;
  const int64_t small_id = staff_.Post(SittingsPath(city_), small_body).json()["id"];
  EXPECT_EQ(attend(small_id, {deputy2_}).field("present"), "not_a_member");
  // The lists: the commission's meetings alone, or all of the maslikhat's.
  auto of_commission =
      app_.NewClient().Get("/api/v1/public/sittings?commission=" + std::to_string(budget));
  ASSERT_EQ(of_commission.status, 200) << of_commission.body;
  ASSERT_EQ(of_commission.json()["items"].size(), 1u);
  EXPECT_EQ(of_commission.json()["items"][0]["commission"]["name_ru"], "Комиссия по бюджету");
  EXPECT_EQ(app_.NewClient()
                .Get("/api/v1/public/sittings?maslikhat=" + std::to_string(city_))
                .json()["items"]
                .size(),
            3u);
  // Its announcement is the commission's post.
  auto post =
      app_.NewClient().Get("/api/v1/public/posts/" +
                           std::to_string(m["announcement_post_id"].get<int64_t>()) + "?lang=ru");
  ASSERT_EQ(post.status, 200) << post.body;
  EXPECT_EQ(post.json()["commission_id"], budget);
  EXPECT_EQ(post.json()["title"], "Комиссия по бюджету: заседание № 1 — 11.12.2026");
  // Not a commission of this maslikhat, or none.
  body["number"] = 2;
  body["commission_id"] = 987654;
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("commission_id"), "not_found");
  auto foreign =
      other_staff_.Post("/api/v1/maslikhats/" + std::to_string(other_) + "/commissions",
                        {{"kind", "standing"}, {"name_kk", "Бөтен"}, {"name_ru", "Чужая"}});
  ASSERT_EQ(foreign.status, 201) << foreign.body;
  body["commission_id"] = foreign.json()["id"];
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("commission_id"), "other_maslikhat");
}

TEST_F(SittingsApi, OnlyTheMaslikhatsStaffKeepItsSittings) {
  const int64_t id = Announce(Body(50, "2026-12-10"));
  EXPECT_EQ(other_staff_.Post(SittingsPath(city_), Body(51, "2026-12-10")).status, 403);
  EXPECT_EQ(other_staff_.Patch(SittingPath(id), {{"place", "x"}}).status, 403);
  EXPECT_EQ(other_staff_
                .Send("PUT", SittingPath(id) + "/attendance", R"({"present":[]})",
                      {{"Content-Type", "application/json"}})
                .status,
            403);
  EXPECT_EQ(citizen_
                .Post(SittingPath(id) + "/decisions", {{"number", "1"},
                                                       {"title_kk", "a"},
                                                       {"title_ru", "b"},
                                                       {"votes_for", 0},
                                                       {"votes_against", 0},
                                                       {"votes_abstained", 0}})
                .status,
            403);
  EXPECT_EQ(staff_.Patch(SittingPath(987654), {{"place", "x"}}).status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/sittings/987654").status, 404);
  EXPECT_EQ(admin_.Post(SittingsPath(987654), Body(1, "2026-12-10")).status, 404);
}

TEST_F(SittingsApi, HostileInputIsRefusedAndTheServerStaysUp) {
  const int64_t id = Announce(Body(60, "2026-12-10"));
  const std::string deep = std::string(100000, '{') + std::string(100000, '}');
  EXPECT_EQ(
      staff_.Send("POST", SittingsPath(city_), deep, {{"Content-Type", "application/json"}}).status,
      422);
  json body = Body(61, "2026-12-10");
  body["place"] = std::string(600, 'x');
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("place"), "too_long");
  body = Body(61, "2026-13-40");
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("held_on"), "invalid");
  body = Body(61, "2026-12-10");
  body["starts_at"] = "25:00";
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("starts_at"), "invalid");
  body["starts_at"] = "10:00";
  body["broadcast_url"] = "javascript:alert(1)";
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("broadcast_url"), "url");
  body.erase("broadcast_url");
  body["number"] = "61";
  EXPECT_EQ(staff_.Post(SittingsPath(city_), body).field("number"), "wrong_type");
  json agenda = json::array();
  for (int i = 0; i < 101; ++i) agenda.push_back({{"title_kk", "a"}, {"title_ru", "b"}});
  EXPECT_EQ(staff_.Patch(SittingPath(id), {{"agenda", agenda}}).status, 422);
  EXPECT_EQ(staff_
                .Patch(SittingPath(id),
                       {{"agenda", {{{"id", 987654}, {"title_kk", "a"}, {"title_ru", "b"}}}}})
                .field("agenda"),
            "unknown_item");
  EXPECT_EQ(
      staff_.Patch(SittingPath(id), {{"quorum_num", 3}, {"quorum_den", 2}}).field("quorum_num"),
      "too_large");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/sittings?maslikhat=abc").status, 422);
  // A flood of attendance updates: each answered, the last one stands.
  for (int i = 0; i < 40; ++i) {
    const json present = i % 2 ? json::array({deputy1_}) : json::array({deputy1_, deputy2_});
    EXPECT_EQ(staff_
                  .Send("PUT", SittingPath(id) + "/attendance", json{{"present", present}}.dump(),
                        {{"Content-Type", "application/json"}})
                  .status,
              200);
  }
  EXPECT_EQ(Public(id)["quorum"]["present"], 1);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
