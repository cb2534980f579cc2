// The maslikhat's and commissions' annual reports over HTTP: the figures Kenes fills in equal
// counts made here, item by item, from what the test itself puts on the record in the year and
// around it (the local year's first and last half hour included, another maslikhat's record
// beside it); the staff publish version 1, correct it as version 2 with a note, and the earlier
// version stays as it was; the public reads published versions only, as a page and as a PDF in kk
// and ru; a commission's chair keeps its report; others are refused; hostile input changes nothing.
#include <regex>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

std::string PdfText(const std::string& pdf) {
  return std::regex_replace(Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf),
                            std::regex("\\s+"), " ");
}

class AnnualReportsApi : public AppealsFixture {
 protected:
  std::string ReportsPath(int64_t maslikhat) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/annual-reports";
  }
  static std::string ReportPath(int64_t id, const std::string& tail = "") {
    return "/api/v1/annual-reports/" + std::to_string(id) + tail;
  }
  json Make(Client& c, int year, std::optional<int64_t> commission = std::nullopt) {
    json body = {{"year", year}};
    if (commission) body["commission_id"] = *commission;
    auto r = c.Post(ReportsPath(city_), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  // Moves the fake clock and signs everybody in again (sessions expire with time).
  void At(const char* utc) {
    app_.clock().Set(Utc(utc));
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    dep2_ = Login("deputy2@example.kz", "deputy-password-2");
    staff_ = Login("staff@example.kz", "staff-password-1");
    other_staff_ = Login("other@example.kz", "other-password-1");
    citizen_ = Login("citizen@example.kz", "correct-horse-1");
  }
  int64_t Commission(Client& c, int64_t maslikhat, const json& members) {
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/commissions",
                    {{"kind", "standing"},
                     {"name_kk", "Бюджет жөніндегі комиссия"},
                     {"name_ru", "Комиссия по бюджету"}});
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t id = r.json()["id"];
    EXPECT_EQ(c.Send("PUT", "/api/v1/commissions/" + std::to_string(id) + "/members",
                     json{{"members", members}}.dump(), {{"Content-Type", "application/json"}})
                  .status,
              200);
    return id;
  }
  // A sitting of the maslikhat (or a meeting of a commission) with `questions` agenda items and
  // one decision per entry of `adopted` (true: adopted, false: rejected), all voting.
  int64_t Sitting(Client& c, int64_t maslikhat, int number, const std::string& day,
                  const char* kind, int questions, const std::vector<bool>& adopted,
                  std::optional<int64_t> commission = std::nullopt) {
    const int elected = 2;  // the fixture's maslikhat has two deputies (a commission: members)
    json body = {{"convocation", 8},     {"number", number}, {"held_on", day},
                 {"starts_at", "10:00"}, {"kind", kind},     {"place", "Зал сессий"}};
    if (commission) body["commission_id"] = *commission;
    json agenda = json::array();
    for (int i = 1; i <= questions; ++i) {
      agenda.push_back({{"title_kk", "Мәселе " + std::to_string(i)},
                        {"title_ru", "Вопрос " + std::to_string(i)}});
    }
    body["agenda"] = agenda;
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/sittings", body);
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t id = r.json().value("id", int64_t{0});
    int n = 0;
    for (bool yes : adopted) {
      auto d = c.Post("/api/v1/sittings/" + std::to_string(id) + "/decisions",
                      {{"number", std::to_string(number) + "-" + std::to_string(++n)},
                       {"title_kk", "Шешім"},
                       {"title_ru", "Решение"},
                       {"status", yes ? "adopted" : "rejected"},
                       {"votes_for", yes ? elected : 0},
                       {"votes_against", yes ? 0 : elected},
                       {"votes_abstained", 0}});
      EXPECT_EQ(d.status, 201) << d.body;
    }
    return id;
  }
  void ActOf(Client& c, int64_t maslikhat, const std::string& number, const char* adopted,
             const char* registered) {
    json body = {{"number", number},
                 {"adopted_on", adopted},
                 {"title_kk", "Қағидалар туралы"},
                 {"title_ru", "О правилах"}};
    if (registered) body["registered_on"] = registered;
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/acts", body);
    EXPECT_EQ(r.status, 201) << r.body;
  }
  // Opens a draft discussion today and leaves `comments` comments of the citizen on it.
  int64_t Draft(Client& c, int64_t maslikhat, int comments) {
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/drafts",
                    {{"title_kk", "Абаттандыру қағидалары туралы"},
                     {"title_ru", "О правилах благоустройства"},
                     {"paragraphs",
                      {{{"text_kk", "1. Жалпы ережелер."}, {"text_ru", "1. Общие положения."}},
                       {{"text_kk", "2. Аулаларды жинау."}, {"text_ru", "2. Уборка дворов."}}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    const json d = r.json();
    const int64_t id = d.value("id", int64_t{0});
    for (int i = 0; i < comments; ++i) {
      auto cm = citizen_.Post("/api/v1/drafts/" + std::to_string(id) + "/comments",
                              {{"paragraph_id", d["paragraphs"][i % 2]["id"]},
                               {"author_type", "citizen"},
                               {"text", "Замечание " + std::to_string(i)}});
      EXPECT_EQ(cm.status, 201) << cm.body;
    }
    return id;
  }
  int64_t FileTo(int64_t deputy, const std::string& category) {
    json body = Appeal();
    body["deputy_id"] = deputy;
    auto r = File(citizen_, body);
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t id = r.json()["id"];
    if (!category.empty()) {
      auto set = staff_.Patch("/api/v1/appeals/" + std::to_string(id), {{"category", category}});
      EXPECT_EQ(set.status, 200) << set.body;
    }
    return id;
  }
  void Answer(Client& deputy, int64_t appeal) {
    ASSERT_EQ(Act(deputy, appeal, {{"action", "start"}}).status, 200);
    auto r = Act(deputy, appeal,
                 {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  int64_t Session(const char* day) {
    auto r = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/reception-sessions",
                         {{"deputy_id", deputy1_},
                          {"day", day},
                          {"starts_at", "10:00"},
                          {"ends_at", "10:40"},
                          {"slot_minutes", 20},
                          {"capacity", 2},
                          {"place_kind", "maslikhat"},
                          {"place", "Маслихат, каб. 101"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["created"][0]["id"];
  }
  int64_t Event(Client& c, int64_t deputy, const std::string& starts) {
    json b = {{"type", "voter_meeting"},
              {"deputy_id", deputy},
              {"starts_at", starts + "T18:00"},
              {"ends_at", starts + "T19:30"},
              {"place", "Школа № 5, актовый зал"},
              {"texts",
               {{"kk", {{"title", "Кездесу"}, {"description", "Күн тәртібі."}}},
                {"ru", {{"title", "Встреча"}, {"description", "Повестка."}}}}}};
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/events", b);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
};

// What the test put on the record, counted by local year.
struct Tally {
  int regular = 0, extraordinary = 0, questions = 0, decisions = 0;
  int acts_adopted = 0, acts_registered = 0, discussions = 0, comments = 0;
  int receptions = 0, events = 0;
  int meetings = 0, meeting_questions = 0, conclusions = 0;  // the commission's
};
struct Appealed {
  std::string category;
  int received_year;
  int answered_year;  // 0: not answered
};

TEST_F(AnnualReportsApi, TheFiguresEqualTheRecordCountedHere) {
  std::map<int, Tally> t;  // by year
  std::vector<Appealed> appealed;
  const int64_t budget = Commission(staff_, city_,
                                    {{{"deputy_id", deputy1_}, {"role", "chair"}},
                                     {{"deputy_id", deputy2_}, {"role", "member"}}});

  // 20 December 2025: sittings, meetings, receptions and events scheduled around the new year.
  At("2025-12-20T05:00:00Z");
  Sitting(staff_, city_, 1, "2025-12-29", "regular", 2, {true});
  t[2025].regular++, t[2025].questions += 2, t[2025].decisions += 1;
  Sitting(staff_, city_, 2, "2026-01-06", "extraordinary", 3, {true, false});
  t[2026].extraordinary++, t[2026].questions += 3, t[2026].decisions += 1;  // one rejected
  Sitting(staff_, city_, 3, "2026-01-09", "regular", 1, {true});
  t[2026].regular++, t[2026].questions += 1, t[2026].decisions += 1;
  Sitting(staff_, city_, 1, "2026-01-08", "regular", 2, {true, true, false}, budget);
  t[2026].meetings++, t[2026].meeting_questions += 2, t[2026].conclusions += 2;
  Sitting(staff_, city_, 2, "2025-12-30", "regular", 1, {true}, budget);
  t[2025].meetings++, t[2025].meeting_questions += 1, t[2025].conclusions += 1;
  Sitting(other_staff_, other_, 1, "2026-01-06", "regular", 4, {});  // another maslikhat's
  Session("2025-12-29");
  t[2025].receptions++;
  Session("2026-01-06");
  t[2026].receptions++;
  const int64_t cancelled = Session("2026-01-08");  // cancelled: not held
  ASSERT_EQ(staff_
                .Post("/api/v1/reception-sessions/" + std::to_string(cancelled) + "/cancel",
                      {{"reason", "Командировка"}})
                .status,
            200);
  Event(dep1_, deputy1_, "2025-12-27");
  t[2025].events++;
  Event(dep1_, deputy1_, "2026-01-10");
  t[2026].events++;
  Event(dep2_, deputy2_, "2026-01-12");  // another deputy of the same maslikhat: counted
  t[2026].events++;
  const int64_t called_off = Event(dep1_, deputy1_, "2026-02-01");
  ASSERT_EQ(dep1_
                .Post("/api/v1/events/" + std::to_string(called_off) + "/cancel",
                      {{"reason", "Карантин"}})
                .status,
            200);

  // 31 December 2025, 23:30 local (18:30 UTC): still 2025.
  At("2025-12-31T18:30:00Z");
  const int64_t late = FileTo(deputy1_, "roads");
  appealed.push_back({"roads", 2025, 2026});  // answered below, in 2026
  Draft(staff_, city_, 1);
  t[2025].discussions++, t[2025].comments += 1;
  // 1 January 2026, 00:30 local (19:30 UTC on 31 December): already 2026.
  At("2025-12-31T19:30:00Z");
  FileTo(deputy2_, "");
  appealed.push_back({"", 2026, 0});

  // 18 November 2026 (the fixture's day).
  At("2026-11-18T05:00:00Z");
  const int64_t roads = FileTo(deputy1_, "roads");
  appealed.push_back({"roads", 2026, 2026});
  Answer(dep1_, roads);
  Answer(dep1_, late);
  Draft(staff_, city_, 3);
  t[2026].discussions++, t[2026].comments += 3;
  const int64_t withdrawn = Draft(staff_, city_, 1);  // withdrawn: not held
  ASSERT_EQ(staff_
                .Post("/api/v1/drafts/" + std::to_string(withdrawn) + "/withdrawal",
                      {{"reason", "Проект отозван разработчиком."}})
                .status,
            200);
  Draft(other_staff_, other_, 2);  // another maslikhat's
  ActOf(staff_, city_, "1", "2025-12-31", nullptr);
  t[2025].acts_adopted++;
  ActOf(staff_, city_, "2", "2025-12-25", "2026-01-05");
  t[2025].acts_adopted++, t[2026].acts_registered++;
  ActOf(staff_, city_, "3", "2026-01-02", "2026-01-15");
  t[2026].acts_adopted++, t[2026].acts_registered++;
  ActOf(other_staff_, other_, "4", "2026-01-02", "2026-01-15");  // another maslikhat's
  Sitting(staff_, city_, 4, "2026-12-10", "regular", 2, {});     // not yet held
  Session("2026-12-02");                                         // not yet held
  Event(dep1_, deputy1_, "2026-12-10");                          // not yet held

  auto expect = [&](const json& f, int year) {
    const Tally& y = t[year];
    EXPECT_EQ(f["sittings_regular"], y.regular) << year;
    EXPECT_EQ(f["sittings_extraordinary"], y.extraordinary) << year;
    EXPECT_EQ(f["questions"], y.questions) << year;
    EXPECT_EQ(f["decisions"], y.decisions) << year;
    EXPECT_EQ(f["acts_adopted"], y.acts_adopted) << year;
    EXPECT_EQ(f["acts_registered"], y.acts_registered) << year;
    EXPECT_EQ(f["discussions_held"], y.discussions) << year;
    EXPECT_EQ(f["comments_received"], y.comments) << year;
    EXPECT_EQ(f["receptions_held"], y.receptions) << year;
    EXPECT_EQ(f["events_held"], y.events) << year;
    int received = 0, resolved = 0;
    std::map<std::string, std::pair<int, int>> by_category;
    for (const auto& a : appealed) {
      if (a.received_year == year) ++received, ++by_category[a.category].first;
      if (a.answered_year == year) ++resolved, ++by_category[a.category].second;
    }
    EXPECT_EQ(f["appeals_received"], received) << year;
    EXPECT_EQ(f["appeals_resolved"], resolved) << year;
    EXPECT_EQ(f["categories"].size(), by_category.size()) << year;
    for (const auto& c : f["categories"]) {
      const auto want = by_category[c["key"].get<std::string>()];
      EXPECT_EQ(c["received"], want.first) << year << " " << c["key"];
      EXPECT_EQ(c["resolved"], want.second) << year << " " << c["key"];
    }
  };
  const json m2026 = Make(staff_, 2026);
  expect(m2026["draft"]["figures"], 2026);
  const json m2025 = Make(staff_, 2025);
  expect(m2025["draft"]["figures"], 2025);
  // A commission's report counts its meetings only.
  for (int year : {2025, 2026}) {
    const json c = Make(staff_, year, budget)["draft"]["figures"];
    EXPECT_EQ(c["meetings_held"], t[year].meetings) << year;
    EXPECT_EQ(c["questions"], t[year].meeting_questions) << year;
    EXPECT_EQ(c["conclusions"], t[year].conclusions) << year;
    EXPECT_FALSE(c.contains("appeals_received"));
  }
  // The first text cites the figures in words, in both languages.
  const std::string ru = m2026["draft"]["text_ru"];
  EXPECT_NE(ru.find("Проведено сессий: 1 очередных и 1 внеочередных."), std::string::npos) << ru;
  EXPECT_NE(m2026["draft"]["text_kk"].get<std::string>().find("Өткізілген сессиялар: 1 кезекті"),
            std::string::npos);

  // The working copy's figures hold until counted again.
  const int64_t id = m2026["id"];
  FileTo(deputy1_, "");
  appealed.push_back({"", 2026, 0});
  EXPECT_EQ(staff_.Get(ReportPath(id)).json()["draft"]["figures"]["appeals_received"], 2);
  auto refreshed = staff_.Post(ReportPath(id, "/refresh"), json::object());
  ASSERT_EQ(refreshed.status, 200) << refreshed.body;
  expect(refreshed.json()["draft"]["figures"], 2026);
  EXPECT_EQ(refreshed.json()["draft"]["text_ru"], m2026["draft"]["text_ru"]);
}

TEST_F(AnnualReportsApi, VersionsArePublishedOneAfterAnotherAndNeverChange) {
  const json made = Make(staff_, 2026);
  const int64_t id = made["id"];
  EXPECT_EQ(made["version"], 0);
  EXPECT_TRUE(made["can_edit"]);
  EXPECT_TRUE(made["shown"].is_null());
  EXPECT_EQ(staff_.Post(ReportsPath(city_), {{"year", 2026}}).status, 409);

  // Without a version: its keepers see it, to anyone else it does not exist.
  Client anon = app_.NewClient();
  for (Client* c : {&anon, &citizen_, &dep1_, &other_staff_, &admin_}) {
    EXPECT_EQ(c->Get(ReportPath(id)).status, 404);
    EXPECT_EQ(c->Get(ReportPath(id, "/versions/1/report.pdf?lang=ru")).status, 404);
    EXPECT_EQ(c->Get(ReportsPath(city_)).json()["items"].size(), 0u);
  }
  EXPECT_EQ(staff_.Get(ReportsPath(city_)).json()["items"].size(), 1u);

  // Version 1.
  ASSERT_EQ(staff_.Patch(ReportPath(id), {{"text_ru", "# Итоги\n\nПервая редакция."}}).status, 200);
  auto v1 = staff_.Post(ReportPath(id, "/publish"), json::object());
  ASSERT_EQ(v1.status, 200) << v1.body;
  EXPECT_EQ(v1.json()["version"], 1);
  EXPECT_EQ(v1.json()["shown"]["number"], 1);
  EXPECT_EQ(v1.json()["shown"]["html_ru"], "<h2>Итоги</h2>\n<p>Первая редакция.</p>\n");
  EXPECT_EQ(v1.json()["published_at"], "2026-11-18T11:06:40.000Z");
  auto seen = anon.Get(ReportPath(id));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_FALSE(seen.json()["can_edit"]);
  EXPECT_TRUE(seen.json()["draft"].is_null());  // the working copy is the keepers'
  EXPECT_EQ(seen.json()["maslikhat_name_ru"], made["maslikhat_name_ru"]);
  EXPECT_EQ(anon.Get(ReportsPath(city_)).json()["items"][0]["version"], 1);

  // Announced once, as news of the maslikhat linking to the report.
  auto announced = [&] {
    json out = json::array();
    const json posts =
        anon.Get("/api/v1/public/posts?maslikhat=" + std::to_string(city_) + "&lang=ru").json();
    for (const auto& p : posts["items"]) {
      if (p["title"] == "Отчёт о работе маслихата за 2026 год") out.push_back(p);
    }
    return out;
  };
  ASSERT_EQ(announced().size(), 1u);
  const json page = anon.Get("/api/v1/public/posts/" +
                             std::to_string(announced()[0]["id"].get<int64_t>()) + "?lang=kk")
                        .json();
  EXPECT_NE(page["body_html"].get<std::string>().find("/annual-reports/" + std::to_string(id)),
            std::string::npos);

  // A correction: the working copy changes, the published version does not.
  ASSERT_EQ(staff_.Patch(ReportPath(id), {{"text_ru", "Вторая редакция."}}).status, 200);
  EXPECT_EQ(anon.Get(ReportPath(id)).json()["shown"]["text_ru"], "# Итоги\n\nПервая редакция.");
  // Version 2 needs its "what changed" in both languages.
  EXPECT_EQ(staff_.Post(ReportPath(id, "/publish"), json::object()).field("note_kk"), "required");
  ASSERT_EQ(staff_.Patch(ReportPath(id), {{"note_kk", "Сандар нақтыланды."}}).status, 200);
  EXPECT_EQ(staff_.Post(ReportPath(id, "/publish"), json::object()).field("note_ru"), "required");
  EXPECT_EQ(anon.Get(ReportPath(id)).json()["version"], 1);  // nothing changed
  ASSERT_EQ(staff_.Patch(ReportPath(id), {{"note_ru", "Уточнены цифры."}}).status, 200);
  auto v2 = staff_.Post(ReportPath(id, "/publish"), json::object());
  ASSERT_EQ(v2.status, 200) << v2.body;
  EXPECT_EQ(v2.json()["version"], 2);
  EXPECT_EQ(v2.json()["draft"]["note_ru"], "");  // the next correction starts without a note
  const json current = anon.Get(ReportPath(id)).json();
  EXPECT_EQ(current["shown"]["number"], 2);
  EXPECT_EQ(current["shown"]["text_ru"], "Вторая редакция.");
  EXPECT_EQ(current["shown"]["note_ru"], "Уточнены цифры.");
  ASSERT_EQ(current["versions"].size(), 2u);
  EXPECT_EQ(current["versions"][0]["number"], 2);
  EXPECT_EQ(current["versions"][1]["number"], 1);
  EXPECT_EQ(current["versions"][1]["note_ru"], "");
  // The earlier version reads as it was published.
  const json first = anon.Get(ReportPath(id, "/versions/1")).json();
  EXPECT_EQ(first["shown"]["number"], 1);
  EXPECT_EQ(first["shown"]["text_ru"], "# Итоги\n\nПервая редакция.");
  EXPECT_EQ(anon.Get(ReportPath(id, "/versions/3")).status, 404);
  EXPECT_EQ(anon.Get(ReportPath(id, "/versions/0")).status, 404);
  EXPECT_EQ(announced().size(), 1u);  // not announced again

  // The PDF of each version in kk and ru.
  for (const char* lang : {"kk", "ru"}) {
    for (int n : {1, 2}) {
      auto pdf =
          anon.Get(ReportPath(id, "/versions/" + std::to_string(n) + "/report.pdf?lang=" + lang));
      ASSERT_EQ(pdf.status, 200) << lang << n;
      EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
      EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
      const std::string text = PdfText(pdf.body);
      if (std::string(lang) == "kk") {
        EXPECT_NE(text.find("Мәслихаттың 2026 жылғы жұмысы туралы есеп"), std::string::npos)
            << text;
        EXPECT_NE(text.find(std::to_string(n) + "-редакция"), std::string::npos) << text;
        EXPECT_NE(text.find("18 қараша 2026 ж."), std::string::npos) << text;
        EXPECT_EQ(text.find("Сандар нақтыланды") != std::string::npos, n == 2) << text;
      } else {
        EXPECT_NE(text.find("Отчёт о работе маслихата за 2026 год"), std::string::npos) << text;
        EXPECT_NE(text.find("Редакция " + std::to_string(n)), std::string::npos) << text;
        EXPECT_NE(text.find("Проведено сессий: 0"), std::string::npos) << text;
        EXPECT_NE(text.find(n == 1 ? "Первая редакция" : "Вторая редакция"), std::string::npos)
            << text;
        EXPECT_EQ(text.find("Уточнены цифры") != std::string::npos, n == 2) << text;
      }
    }
  }
  EXPECT_EQ(anon.Get(ReportPath(id, "/versions/1/report.pdf?lang=de")).status, 422);

  // Others may not change it: 403 now that it is readable.
  EXPECT_EQ(citizen_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 403);
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 403);
  EXPECT_EQ(dep1_.Post(ReportPath(id, "/publish"), json::object()).status, 403);
  EXPECT_EQ(other_staff_.Post(ReportPath(id, "/publish"), json::object()).status, 403);
  EXPECT_EQ(admin_.Post(ReportPath(id, "/refresh"), json::object()).status, 403);
  EXPECT_EQ(anon.Get(ReportPath(id)).json()["version"], 2);
}

TEST_F(AnnualReportsApi, ACommissionsChairKeepsItsReportAndNoOneElse) {
  const int64_t budget = Commission(staff_, city_,
                                    {{{"deputy_id", deputy1_}, {"role", "chair"}},
                                     {{"deputy_id", deputy2_}, {"role", "member"}}});
  const int64_t other_commission = Commission(other_staff_, other_, json::array());
  EXPECT_EQ(dep2_.Post(ReportsPath(city_), {{"year", 2026}, {"commission_id", budget}}).status,
            403);  // a member, not the chair
  EXPECT_EQ(dep1_.Post(ReportsPath(city_), {{"year", 2026}}).status, 403);  // not the maslikhat's
  EXPECT_EQ(citizen_.Post(ReportsPath(city_), {{"year", 2026}, {"commission_id", budget}}).status,
            403);
  EXPECT_EQ(admin_.Post(ReportsPath(city_), {{"year", 2026}}).status, 403);
  EXPECT_EQ(other_staff_.Post(ReportsPath(city_), {{"year", 2026}}).status, 403);
  EXPECT_EQ(app_.NewClient().Post(ReportsPath(city_), {{"year", 2026}}).status, 403);  // no CSRF
  // Another maslikhat's commission is no commission of this one.
  EXPECT_EQ(staff_.Post(ReportsPath(city_), {{"year", 2026}, {"commission_id", other_commission}})
                .field("commission_id"),
            "not_found");
  const json made = Make(dep1_, 2026, budget);
  const int64_t id = made["id"];
  EXPECT_EQ(made["commission_name_ru"], "Комиссия по бюджету");
  EXPECT_EQ(dep2_.Get(ReportPath(id)).status, 404);
  EXPECT_EQ(dep2_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 404);
  ASSERT_EQ(dep1_.Patch(ReportPath(id), {{"text_kk", "Комиссия есебі."}}).status, 200);
  auto v1 = dep1_.Post(ReportPath(id, "/publish"), json::object());
  ASSERT_EQ(v1.status, 200) << v1.body;
  // Announced as the commission's news by its chair (a deputy, not staff): one public post that
  // links to the report.
  int announcements = 0;
  const json posts =
      app_.NewClient().Get("/api/v1/public/posts?maslikhat=" + std::to_string(city_)).json();
  for (const auto& p : posts["items"]) {
    const json page = app_.NewClient()
                          .Get("/api/v1/public/posts/" + std::to_string(p["id"].get<int64_t>()))
                          .json();
    announcements += page["body_html"].get<std::string>().find(
                         "/annual-reports/" + std::to_string(id)) != std::string::npos;
  }
  EXPECT_EQ(announcements, 1);
  // The chair still may not write the maslikhat's own news.
  EXPECT_EQ(dep1_
                .Post("/api/v1/maslikhats/" + std::to_string(city_) + "/posts",
                      {{"kind", "news"},
                       {"texts", json::array({{{"lang", "ru"}, {"title", "Т"}, {"body", "Т."}}})}})
                .status,
            403);
  // The commission's page lists it; the maslikhat's list has it beside the chair's report.
  Client anon = app_.NewClient();
  const json listed = anon.Get(ReportsPath(city_) + "?commission=" + std::to_string(budget)).json();
  ASSERT_EQ(listed["items"].size(), 1u);
  EXPECT_EQ(listed["items"][0]["commission_id"], budget);
  EXPECT_FALSE(listed["can_edit"]);
  EXPECT_TRUE(
      dep1_.Get(ReportsPath(city_) + "?commission=" + std::to_string(budget)).json()["can_edit"]);
  EXPECT_EQ(anon.Get(ReportsPath(city_) + "?commission=" + std::to_string(other_commission)).status,
            404);
  const std::string pdf = PdfText(anon.Get(ReportPath(id, "/versions/1/report.pdf?lang=kk")).body);
  EXPECT_NE(pdf.find("Бюджет жөніндегі комиссия"), std::string::npos) << pdf;
  EXPECT_NE(pdf.find("Комиссия есебі."), std::string::npos) << pdf;
}

TEST_F(AnnualReportsApi, HostileInputChangesNothing) {
  const json made = Make(staff_, 2026);
  const int64_t id = made["id"];
  for (const json& bad :
       {json{{"year", 1999}}, json{{"year", 2027}}, json{{"year", "2025"}}, json::object(),
        json{{"year", 2025}, {"extra", 1}}, json{{"year", 2025}, {"commission_id", 0}},
        json{{"year", 2025}, {"commission_id", 987654}}}) {
    EXPECT_EQ(staff_.Post(ReportsPath(city_), bad).status, 422) << bad.dump();
  }
  EXPECT_EQ(staff_.Patch(ReportPath(id), {{"text_ru", std::string(30001, 'a')}}).field("text_ru"),
            "too_long");
  EXPECT_EQ(staff_.Patch(ReportPath(id), {{"note_ru", std::string(501, 'a')}}).field("note_ru"),
            "too_long");
  EXPECT_EQ(staff_.Patch(ReportPath(id), {{"text_kk", ""}}).field("text_kk"), "required");
  EXPECT_EQ(staff_.Patch(ReportPath(id), {{"text_ru", std::string("a\x01b")}}).status, 422);
  EXPECT_EQ(staff_.Patch(ReportPath(id), {{"text_ru", 5}}).status, 422);
  std::string deep = "{\"text_ru\":" + std::string(5000, '[') + std::string(5000, ']') + "}";
  EXPECT_EQ(
      staff_.Send("PATCH", ReportPath(id), deep, {{"Content-Type", "application/json"}}).status,
      422);
  // Script in the Markdown renders inert in the published version.
  ASSERT_EQ(
      staff_
          .Patch(ReportPath(id), {{"text_ru", "<script>alert(1)</script>[x](javascript:alert(1))"}})
          .status,
      200);
  const json v1 = staff_.Post(ReportPath(id, "/publish"), json::object()).json();
  EXPECT_EQ(v1["shown"]["html_ru"].get<std::string>().find("<script"), std::string::npos);
  EXPECT_EQ(v1["shown"]["html_ru"].get<std::string>().find("javascript:"), std::string::npos);
  // Other maslikhats' and unknown ids, odd version numbers.
  EXPECT_EQ(staff_.Post(ReportsPath(987654), {{"year", 2025}}).status, 404);
  EXPECT_EQ(app_.NewClient().Get(ReportsPath(987654)).status, 404);
  EXPECT_EQ(app_.NewClient().Get(ReportsPath(city_) + "?commission=abc").status, 422);
  EXPECT_EQ(staff_.Get(ReportPath(987654)).status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/annual-reports/abc").status, 404);
  EXPECT_EQ(staff_.Get(ReportPath(id, "/versions/abc")).status, 404);
  EXPECT_EQ(staff_.Get(ReportPath(id, "/versions/99999999999999")).status, 404);
  // A flood of creations: one report per subject and year.
  int created = 0;
  for (int i = 0; i < 30; ++i) {
    auto r = staff_.Post(ReportsPath(city_), {{"year", 2000 + (i % 3)}});
    if (r.status == 201)
      ++created;
    else
      EXPECT_EQ(r.status, 409) << r.body;
  }
  EXPECT_EQ(created, 3);
  // A flood of corrections: each a version of its own, the earlier ones untouched.
  ASSERT_EQ(staff_.Patch(ReportPath(id), {{"note_kk", "Түзету."}, {"note_ru", "Правка."}}).status,
            200);
  for (int i = 0; i < 20; ++i) {
    ASSERT_EQ(staff_.Patch(ReportPath(id), {{"note_kk", "Түзету."}, {"note_ru", "Правка."}}).status,
              200);
    ASSERT_EQ(staff_.Post(ReportPath(id, "/publish"), json::object()).status, 200);
  }
  const json after = app_.NewClient().Get(ReportPath(id)).json();
  EXPECT_EQ(after["version"], 21);
  EXPECT_EQ(after["versions"].size(), 21u);
  EXPECT_EQ(app_.NewClient().Get(ReportPath(id, "/versions/1")).json()["shown"]["html_ru"],
            v1["shown"]["html_ru"]);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
