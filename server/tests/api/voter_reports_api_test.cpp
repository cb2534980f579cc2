// Deputies' reports to voters over HTTP: the figures Kenes fills in equal counts made here, item
// by item, from what the test itself puts on the record in the year and around it (the local
// year's first and last half hour included); the deputy edits, links the report meeting,
// publishes; the public reads published reports only, as a page and as a PDF in kk and ru; other
// deputies and another maslikhat's staff are refused; hostile input changes nothing.
#include <regex>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

std::string PdfText(const std::string& pdf) {
  return std::regex_replace(Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf),
                            std::regex("\\s+"), " ");
}

class VoterReportsApi : public AppealsFixture {
 protected:
  static std::string ReportsPath(int64_t deputy) {
    return "/api/v1/deputies/" + std::to_string(deputy) + "/reports";
  }
  static std::string ReportPath(int64_t id, const std::string& tail = "") {
    return "/api/v1/voter-reports/" + std::to_string(id) + tail;
  }
  json Make(Client& c, int64_t deputy, int year) {
    auto r = c.Post(ReportsPath(deputy), {{"year", year}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  // Moves the fake clock and signs everybody in again (sessions expire with time).
  void At(const char* utc) {
    app_.clock().Set(Utc(utc));
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    dep2_ = Login("deputy2@example.kz", "deputy-password-2");
    staff_ = Login("staff@example.kz", "staff-password-1");
    citizen_ = Login("citizen@example.kz", "correct-horse-1");
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
  int64_t Event(Client& c, int64_t deputy, const std::string& starts, const char* type) {
    json b = {{"type", type},
              {"deputy_id", deputy},
              {"starts_at", starts + "T18:00"},
              {"ends_at", starts + "T19:30"},
              {"place", "Школа № 5, актовый зал"},
              {"texts",
               {{"kk", {{"title", "Есептік кездесу"}, {"description", "Күн тәртібі."}}},
                {"ru", {{"title", "Отчётная встреча"}, {"description", "Повестка."}}}}}};
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/events", b);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  int64_t Request(Client& c, int64_t appeal, int64_t body) {
    auto r = c.Post("/api/v1/appeals/" + std::to_string(appeal) + "/deputy-requests",
                    {{"body_id", body}, {"text", "Прошу сообщить сроки."}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["id"];
  }
  Client Liaison(int64_t body) {
    app_.CreateAccount("akimat@example.kz", "liaison-password-1", {});
    int64_t uid = admin_.Get("/api/v1/users?q=akimat").json()["items"][0]["id"];
    EXPECT_EQ(admin_
                  .Post("/api/v1/users/" + std::to_string(uid) + "/roles",
                        {{"role", "liaison"}, {"scope_type", "body"}, {"scope_id", body}})
                  .status,
              201);
    return Login("akimat@example.kz", "liaison-password-1");
  }
};

// What the test put on the record, each item with the local year it counts in.
struct Appealed {
  std::string category;
  int received_year;
  int answered_year;  // 0: not answered
};

TEST_F(VoterReportsApi, TheFiguresEqualTheRecordCountedHere) {
  const int64_t body =
      Created(admin_, "/api/v1/executive-bodies", {{"name_kk", "Әкімдік"}, {"name_ru", "Акимат"}});
  std::vector<Appealed> appealed;  // deputy 1's appeals
  int sessions_2025 = 0, sessions_2026 = 0, visits_2026 = 0, events_2025 = 0, events_2026 = 0;
  int sent_2025 = 0, sent_2026 = 0, answered_2026 = 0;

  // 20 December 2025: receptions and events are scheduled around the new year.
  At("2025-12-20T05:00:00Z");
  Session("2025-12-29");
  ++sessions_2025;
  const int64_t january = Session("2026-01-06");
  ++sessions_2026;
  const int64_t cancelled = Session("2026-01-08");  // cancelled: not held
  ASSERT_EQ(staff_
                .Post("/api/v1/reception-sessions/" + std::to_string(cancelled) + "/cancel",
                      {{"reason", "Командировка"}})
                .status,
            200);
  const int64_t booking =
      citizen_
          .Post("/api/v1/reception-sessions/" + std::to_string(january) + "/bookings",
                {{"topic", "Освещение"}})
          .json()["id"];
  Event(dep1_, deputy1_, "2025-12-27", "voter_meeting");
  ++events_2025;
  Event(dep1_, deputy1_, "2026-01-10", "voter_meeting");
  ++events_2026;
  const int64_t called_off = Event(dep1_, deputy1_, "2026-02-01", "lecture");  // cancelled
  ASSERT_EQ(dep1_
                .Post("/api/v1/events/" + std::to_string(called_off) + "/cancel",
                      {{"reason", "Карантин"}})
                .status,
            200);
  Event(dep2_, deputy2_, "2026-01-12", "voter_meeting");  // another deputy's

  // 31 December 2025, 23:30 local (18:30 UTC): still 2025.
  At("2025-12-31T18:30:00Z");
  const int64_t late = FileTo(deputy1_, "roads");
  appealed.push_back({"roads", 2025, 2026});  // answered below, in 2026
  Request(dep1_, late, body);
  ++sent_2025;
  // 1 January 2026, 00:30 local (19:30 UTC on 31 December): already 2026.
  At("2025-12-31T19:30:00Z");
  FileTo(deputy1_, "roads");
  appealed.push_back({"roads", 2026, 0});

  // 6 January 2026: the reception is held and the citizen comes.
  At("2026-01-06T05:05:00Z");
  auto visit = dep1_.Post("/api/v1/reception-bookings/" + std::to_string(booking) + "/visit",
                          {{"attended", true}, {"matter", "Фонари"}, {"promised", "Запрос"}});
  ASSERT_EQ(visit.status, 200) << visit.body;
  ++visits_2026;

  // 18 November 2026 (the fixture's day).
  At("2026-11-18T05:00:00Z");
  const int64_t roads = FileTo(deputy1_, "roads");
  appealed.push_back({"roads", 2026, 2026});
  FileTo(deputy1_, "");
  appealed.push_back({"", 2026, 0});
  FileTo(deputy2_, "roads");  // another deputy's: counted for nobody here
  Answer(dep1_, roads);
  Answer(dep1_, late);
  const int64_t sent_now = Request(dep1_, roads, body);
  ++sent_2026;
  Session("2026-12-02");  // this year, not yet held
  const int64_t meeting = Event(dep1_, deputy1_, "2026-12-10", "report_meeting");  // not yet held
  Client liaison = Liaison(body);
  ASSERT_EQ(liaison
                .Post("/api/v1/deputy-requests/" + std::to_string(sent_now) + "/answer",
                      {{"text", "Ремонт в мае."}})
                .status,
            200);
  ++answered_2026;
  // The 2025 request (sent in 2025) answered now: an answer of 2026.
  const json listed = liaison.Get("/api/v1/deputy-requests").json();
  for (const auto& r : listed["items"]) {
    if (r["status"] == "sent") {
      ASSERT_EQ(
          liaison
              .Post("/api/v1/deputy-requests/" + std::to_string(r["id"].get<int64_t>()) + "/answer",
                    {{"text", "Ответ."}})
              .status,
          200);
      ++answered_2026;
    }
  }

  auto expect = [&](const json& f, int year, int sessions, int visits, int events, int sent,
                    int answered) {
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
      if (c["key"] == "roads") {
        EXPECT_FALSE(c["name_ru"].get<std::string>().empty());
      }
    }
    EXPECT_EQ(f["receptions_held"], sessions) << year;
    EXPECT_EQ(f["reception_visits"], visits) << year;
    EXPECT_EQ(f["events_held"], events) << year;
    EXPECT_EQ(f["requests_sent"], sent) << year;
    EXPECT_EQ(f["requests_answered"], answered) << year;
  };
  const json r2026 = Make(dep1_, deputy1_, 2026);
  EXPECT_EQ(r2026["state"], "draft");
  expect(r2026["figures"], 2026, sessions_2026, visits_2026, events_2026, sent_2026, answered_2026);
  const json r2025 = Make(staff_, deputy1_, 2025);
  expect(r2025["figures"], 2025, sessions_2025, 0, events_2025, sent_2025, 0);
  // The first text cites the figures in words, in both languages.
  const std::string ru = r2026["text_ru"];
  EXPECT_NE(ru.find("Поступило обращений: 3, разрешено: 2."), std::string::npos) << ru;
  EXPECT_NE(r2026["text_kk"].get<std::string>().find("Түскен өтініштер: 3"), std::string::npos);
  EXPECT_NE(r2026["html_ru"].get<std::string>().find("<li>"), std::string::npos);

  // The snapshot holds until counted again, and only a draft is counted again.
  const int64_t id = r2026["id"];
  FileTo(deputy1_, "");
  appealed.push_back({"", 2026, 0});
  EXPECT_EQ(dep1_.Get(ReportPath(id)).json()["figures"]["appeals_received"], 3);
  auto refreshed = dep1_.Post(ReportPath(id, "/refresh"), json::object());
  ASSERT_EQ(refreshed.status, 200) << refreshed.body;
  expect(refreshed.json()["figures"], 2026, sessions_2026, visits_2026, events_2026, sent_2026,
         answered_2026);
  EXPECT_EQ(refreshed.json()["text_ru"], r2026["text_ru"]);  // the text stays the deputy's

  // The report meeting: a report meeting of this deputy only.
  const int64_t other_meeting = Event(dep2_, deputy2_, "2026-12-11", "report_meeting");
  const int64_t not_report = Event(dep1_, deputy1_, "2026-12-12", "lecture");
  for (int64_t bad : {other_meeting, not_report, int64_t{987654}}) {
    EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"meeting_event_id", bad}}).field("meeting_event_id"),
              "not_found")
        << bad;
  }
  auto linked = dep1_.Patch(ReportPath(id), {{"meeting_event_id", meeting},
                                             {"text_ru", "# Мой отчёт\n\nСделано **много**."}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(linked.json()["meeting"]["title_ru"], "Отчётная встреча");
  EXPECT_EQ(linked.json()["html_ru"],
            "<h2>Мой отчёт</h2>\n<p>Сделано <strong>много</strong>.</p>\n");
  EXPECT_EQ(linked.json()["text_kk"], r2026["text_kk"]);  // absent: unchanged
}

TEST_F(VoterReportsApi, TheDeputyPublishesAndThePublicReadsOnlyPublishedReports) {
  const json made = Make(dep1_, deputy1_, 2026);
  const int64_t id = made["id"];
  EXPECT_TRUE(made["can_edit"]);
  EXPECT_EQ(dep1_.Post(ReportsPath(deputy1_), {{"year", 2026}}).status, 409);

  // A draft: its keepers see it, to anyone else it does not exist.
  Client anon = app_.NewClient();
  for (Client* c : {&anon, &citizen_, &dep2_, &other_staff_, &admin_}) {
    EXPECT_EQ(c->Get(ReportPath(id)).status, 404);
    EXPECT_EQ(c->Get(ReportPath(id, "/report.pdf?lang=ru")).status, 404);
    EXPECT_EQ(c->Get(ReportsPath(deputy1_)).json()["items"].size(), 0u);
  }
  EXPECT_EQ(staff_.Get(ReportsPath(deputy1_)).json()["items"].size(), 1u);
  EXPECT_TRUE(staff_.Get(ReportsPath(deputy1_)).json()["can_edit"]);

  // Others may not change it: a draft is 404 to them, a published report 403.
  EXPECT_EQ(dep2_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 404);
  EXPECT_EQ(other_staff_.Post(ReportPath(id, "/publish"), json::object()).status, 404);
  EXPECT_EQ(dep2_.Post(ReportsPath(deputy1_), {{"year", 2025}}).status, 403);
  EXPECT_EQ(other_staff_.Post(ReportsPath(deputy1_), {{"year", 2025}}).status, 403);
  EXPECT_EQ(admin_.Post(ReportsPath(deputy1_), {{"year", 2025}}).status, 403);
  EXPECT_EQ(citizen_.Post(ReportsPath(deputy1_), {{"year", 2025}}).status, 403);
  EXPECT_EQ(anon.Post(ReportsPath(deputy1_), {{"year", 2025}}).status, 403);  // no CSRF token

  auto published = dep1_.Post(ReportPath(id, "/publish"), json::object());
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(published.json()["state"], "published");
  EXPECT_EQ(published.json()["published_at"], "2026-11-18T11:06:40.000Z");
  auto seen = anon.Get(ReportPath(id));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_FALSE(seen.json()["can_edit"]);
  EXPECT_EQ(seen.json()["deputy_name_ru"], "Бекова Айгуль");
  EXPECT_EQ(anon.Get(ReportsPath(deputy1_)).json()["items"][0]["year"], 2026);
  EXPECT_EQ(dep2_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 403);
  EXPECT_EQ(other_staff_.Post(ReportPath(id, "/unpublish"), json::object()).status, 403);
  // A published report stands as published: no edits, no recount.
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 409);
  EXPECT_EQ(dep1_.Post(ReportPath(id, "/refresh"), json::object()).status, 409);

  // The PDF in kk and ru: a PDF with the title, the deputy and the figures in words.
  for (const char* lang : {"kk", "ru"}) {
    auto pdf = anon.Get(ReportPath(id, std::string("/report.pdf?lang=") + lang));
    ASSERT_EQ(pdf.status, 200) << lang;
    EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
    EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
    const std::string text = PdfText(pdf.body);
    if (std::string(lang) == "kk") {
      EXPECT_NE(text.find("сайлаушылар алдындағы 2026 жылғы есебі"), std::string::npos) << text;
      EXPECT_NE(text.find("Бекова Айгүл"), std::string::npos) << text;
      EXPECT_NE(text.find("18 қараша 2026 ж."), std::string::npos) << text;
    } else {
      EXPECT_NE(text.find("перед избирателями за 2026 год"), std::string::npos) << text;
      EXPECT_NE(text.find("Поступило обращений: 0"), std::string::npos) << text;
      EXPECT_NE(text.find("18 ноября 2026 г."), std::string::npos) << text;
    }
  }
  EXPECT_EQ(anon.Get(ReportPath(id, "/report.pdf?lang=de")).status, 422);

  // Published for the first time: announced as the deputy's post, in kk and ru, linking to it.
  auto announced = [&] {
    return anon.Get("/api/v1/public/posts?deputy=" + std::to_string(deputy1_) + "&lang=ru")
        .json()["items"];
  };
  ASSERT_EQ(announced().size(), 1u);
  const json post = announced()[0];
  EXPECT_EQ(post["kind"], "deputy_post");
  EXPECT_EQ(post["title"], "Отчёт депутата перед избирателями за 2026 год");
  const json page =
      anon.Get("/api/v1/public/posts/" + std::to_string(post["id"].get<int64_t>()) + "?lang=kk")
          .json();
  EXPECT_NE(page["body_html"].get<std::string>().find("/voter-reports/" + std::to_string(id)),
            std::string::npos)
      << page.dump();

  // Taken back: a draft again, gone from the public.
  ASSERT_EQ(staff_.Post(ReportPath(id, "/unpublish"), json::object()).status, 200);
  EXPECT_EQ(anon.Get(ReportPath(id)).status, 404);
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"text_ru", "Новый текст"}}).status, 200);
  // Published again: not announced twice.
  ASSERT_EQ(dep1_.Post(ReportPath(id, "/publish"), json::object()).status, 200);
  EXPECT_EQ(announced().size(), 1u);
}

TEST_F(VoterReportsApi, HostileInputChangesNothing) {
  const json made = Make(dep1_, deputy1_, 2026);
  const int64_t id = made["id"];
  // Years out of range, of the wrong type, missing.
  for (const json& bad : {json{{"year", 1999}}, json{{"year", 2027}}, json{{"year", "2025"}},
                          json::object(), json{{"year", 2025}, {"extra", 1}}}) {
    EXPECT_EQ(dep1_.Post(ReportsPath(deputy1_), bad).status, 422) << bad.dump();
  }
  // Texts over the limit, empty, with control characters; a deep body.
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"text_ru", std::string(20001, 'a')}}).field("text_ru"),
            "too_long");
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"text_kk", ""}}).field("text_kk"), "required");
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"text_ru", std::string("a\x01b")}}).status, 422);
  std::string deep = "{\"text_ru\":" + std::string(5000, '[') + std::string(5000, ']') + "}";
  EXPECT_EQ(
      dep1_.Send("PATCH", ReportPath(id), deep, {{"Content-Type", "application/json"}}).status,
      422);
  EXPECT_EQ(dep1_.Patch(ReportPath(id), {{"meeting_event_id", -1}}).status, 422);
  // Script in the Markdown renders inert.
  auto inert = dep1_.Patch(ReportPath(id),
                           {{"text_ru", "<script>alert(1)</script>[x](javascript:alert(1))"}});
  ASSERT_EQ(inert.status, 200) << inert.body;
  EXPECT_EQ(inert.json()["html_ru"].get<std::string>().find("<script"), std::string::npos);
  EXPECT_EQ(inert.json()["html_ru"].get<std::string>().find("javascript:"), std::string::npos);
  // Other maslikhats' and unknown ids.
  EXPECT_EQ(other_staff_.Patch(ReportPath(id), {{"text_ru", "x"}}).status, 404);
  EXPECT_EQ(dep1_.Post(ReportsPath(987654), {{"year", 2025}}).status, 404);
  EXPECT_EQ(app_.NewClient().Get(ReportsPath(987654)).status, 404);
  EXPECT_EQ(dep1_.Get(ReportPath(987654)).status, 404);
  EXPECT_EQ(dep1_.Get("/api/v1/voter-reports/abc").status, 404);
  // A flood of creations: one report per deputy and year, the server stays up.
  int created = 0;
  for (int i = 0; i < 30; ++i) {
    auto r = dep1_.Post(ReportsPath(deputy1_), {{"year", 2000 + (i % 3)}});
    if (r.status == 201)
      ++created;
    else
      EXPECT_EQ(r.status, 409) << r.body;
  }
  EXPECT_EQ(created, 3);
  EXPECT_EQ(dep1_.Get(ReportsPath(deputy1_)).json()["items"].size(), 4u);
  EXPECT_EQ(dep1_.Get(ReportPath(id)).json()["text_kk"], made["text_kk"]);
}

}  // namespace
}  // namespace kenes::testing
