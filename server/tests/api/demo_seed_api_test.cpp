// Every install has the production calendars shipped in server/seed/: they load on the first start
// (and by `kenes migrate`) through the same checks as the administrator's import, a bad file
// changes nothing, an administrator's edits are never overwritten; and `kenes seed --demo` leaves
// the demo people (distinct, plausible) appeals waiting, made by the real use cases.
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/seed.hpp"
#include "app/seed_data.hpp"
#include "app/shipped_calendars.hpp"
#include "features/calendar/calendar_service.hpp"
#include "support/test_app.hpp"

namespace kenes::testing {
namespace {

std::string File2026() {
  for (const auto& f : EmbeddedSeedFiles()) {
    if (f.name == "calendar_kz_2026.csv") return f.text;
  }
  return "";
}

TEST(ShippedCalendar, The2026CalendarOfTheReferenceIsThereFromTheFirstStart) {
  TestApp app;
  ASSERT_FALSE(File2026().empty());
  auto r = app.NewClient().Get("/api/v1/calendar/2026");
  ASSERT_EQ(r.status, 200);
  const nlohmann::json days = r.json()["days"];
  ASSERT_EQ(days.size(), 14u);
  std::set<std::string> off;
  for (const auto& d : days) off.insert(d["day"].get<std::string>());
  for (const char* day : {"2026-01-01", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24",
                          "2026-03-25", "2026-05-11", "2026-05-27", "2026-10-26", "2026-12-16"}) {
    EXPECT_EQ(off.count(day), 1u) << day;
  }
  EXPECT_EQ(off.count("2026-08-31"), 0u);  // Constitution Day was cancelled in 2026
  // A second load (the next start, `kenes migrate`) finds the year there and adds nothing.
  auto again = LoadShippedCalendars(app.app().database(), app.clock());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->empty());
}

TEST(ShippedCalendar, ABadFileIsRefusedAndChangesNothing) {
  TestApp app;
  auto& db = app.app().database();
  // 2030-03-12 is a Tuesday: only a Saturday or a Sunday can be made a working day.
  auto bad =
      calendar::LoadShippedYear(db, app.clock(), 2030, "day,kind,note\n2030-03-12,working,x\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at("days.0.kind"), "invalid");
  EXPECT_FALSE(
      calendar::LoadShippedYear(db, app.clock(), 2030, "day,kind\n2031-01-01,non_working\n").ok());
  EXPECT_EQ(app.NewClient().Get("/api/v1/calendar/2030").json()["days"].size(), 0u);
  EXPECT_EQ(app.NewClient().Get("/api/v1/calendar/2026").json()["days"].size(), 14u);
}

TEST(ShippedCalendar, AnAdministratorsEditsAreNotOverwritten) {
  TestApp app;
  app.CreateAccount("admin@example.kz", "correct-horse-1", {{"admin", std::nullopt}});
  Client admin = app.Login("admin@example.kz", "correct-horse-1");
  const nlohmann::json one = {
      {"days", {{{"day", "2026-01-01"}, {"kind", "non_working"}, {"note", "x"}}}}};
  auto put = admin.Send("PUT", "/api/v1/calendar/2026", one.dump(),
                        {{"Content-Type", "application/json"}});
  ASSERT_EQ(put.status, 200) << put.body;
  auto loaded = LoadShippedCalendars(app.app().database(), app.clock());
  ASSERT_TRUE(loaded.ok());
  EXPECT_TRUE(loaded->empty());
  EXPECT_EQ(app.NewClient().Get("/api/v1/calendar/2026").json()["days"].size(), 1u);
}

TEST(DemoSeed, CitizenDeputyAndStaffFindAppealsWaitingAndASecondRunAddsNothing) {
  TestApp app;
  ASSERT_EQ(SeedDemo(app.config(), app.app().database()), 0);
  ASSERT_EQ(SeedDemo(app.config(), app.app().database()), 0);
  EXPECT_EQ(app.NewClient().Get("/api/v1/calendar/2026").json()["days"].size(), 14u);

  Client citizen = app.Login("citizen@demo.kenes.kz", "demo-citizen-2026");
  const nlohmann::json mine = citizen.Get("/api/v1/appeals").json();
  ASSERT_EQ(mine["items"].size(), 2u);
  std::multiset<std::string> statuses;
  for (const auto& a : mine["items"]) statuses.insert(a["status"].get<std::string>());
  EXPECT_EQ(statuses, (std::multiset<std::string>{"answered", "in_consideration"}));
  const nlohmann::json told = citizen.Get("/api/v1/me/notifications").json();
  std::vector<std::string> kinds;
  for (const auto& n : told["items"]) kinds.push_back(n["kind"].get<std::string>());
  // Newest first: the decision on their comment to the closed draft (drafts are seeded last), the
  // move of their reception booking (seeded after the appeals).
  EXPECT_EQ(kinds, (std::vector<std::string>{"draft_comment_decided", "reception_moved",
                                             "registered", "answered", "registered"}));
  // The closed draft's closing notice is a job, due since its closing day: once the jobs run,
  // the citizen who commented is told (with every comment decided, the table is published).
  app.RunJobs();
  const nlohmann::json later = citizen.Get("/api/v1/me/notifications").json();
  ASSERT_FALSE(later["items"].empty());
  EXPECT_EQ(later["items"][0]["kind"], "draft_discussion_closed");
  EXPECT_EQ(later["items"][0]["detail"], "published");

  Client deputy = app.Login("deputy@demo.kenes.kz", "demo-deputy-2026");
  EXPECT_EQ(deputy.Get("/api/v1/appeals").json()["items"].size(), 2u);
  Client staff = app.Login("staff@demo.kenes.kz", "demo-staff-2026");
  const nlohmann::json info = staff.Get("/api/v1/me").json();
  int64_t city = 0;
  for (const auto& r : info["roles"]) {
    if (r["role"] == "staff") city = r["scope_id"];
  }
  EXPECT_EQ(
      staff.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city)).json()["items"].size(), 3u);
  // The answered one is in the public register, without the applicant.
  auto published =
      app.NewClient().Get("/api/v1/public/appeals?maslikhat_id=" + std::to_string(city));
  EXPECT_EQ(published.json()["items"].size(), 1u);
  EXPECT_EQ(published.body.find("Азамат"), std::string::npos);

  // Receptions: the demo deputy's sessions are offered, one of them full with a waitlist, and
  // the citizen has a booking.
  const nlohmann::json sessions =
      app.NewClient().Get("/api/v1/reception-sessions?maslikhat_id=" + std::to_string(city)).json();
  ASSERT_GE(sessions["items"].size(), 6u);
  int full_with_waitlist = 0, with_free = 0;
  for (const auto& s : sessions["items"]) {
    full_with_waitlist += s["free"] == 0 && s["waitlisted"] == 1;
    with_free += s["free"].get<int>() > 0;
  }
  EXPECT_EQ(full_with_waitlist, 1);
  EXPECT_GE(with_free, 5);
  const nlohmann::json booked = citizen.Get("/api/v1/me/reception-bookings").json();
  ASSERT_EQ(booked["items"].size(), 1u);
  EXPECT_EQ(booked["items"][0]["status"], "booked");
  // Its session was moved to the afternoon of a later day, the slot kept.
  EXPECT_EQ(booked["items"][0]["slot"], "15:00");
  EXPECT_EQ(booked["items"][0]["session"]["moves"], 1);

  // Posts: three published (one Russian only, one the deputy's own) and one scheduled; the
  // sittings' own: the announcements of both and the results of the past one; the announcement of
  // the deputy's report to voters and of the maslikhat's annual report. The deputy sees their own
  // two in the staff list.
  const nlohmann::json posts =
      staff.Get("/api/v1/maslikhats/" + std::to_string(city) + "/posts").json();
  ASSERT_EQ(posts["items"].size(), 9u);
  std::multiset<std::string> kinds_made, states;
  for (const auto& p : posts["items"]) {
    kinds_made.insert(p["kind"].get<std::string>());
    states.insert(p["state"].get<std::string>());
  }
  EXPECT_EQ(kinds_made, (std::multiset<std::string>{"announcement", "announcement", "announcement",
                                                    "deputy_post", "deputy_post", "news", "news",
                                                    "session_result", "session_result"}));
  EXPECT_EQ(states.count("scheduled"), 1u);
  EXPECT_EQ(states.count("published"), 8u);
  // The deputy's own post and the announcement of their report to voters.
  EXPECT_EQ(
      deputy.Get("/api/v1/maslikhats/" + std::to_string(city) + "/posts").json()["items"].size(),
      2u);
  // The act registry: 22 fictional acts, marked as such, some amended or repealed; the sittings:
  // a past one with a quorum and three decisions, one linked to an act, and an upcoming one.
  const nlohmann::json acts =
      app.NewClient().Get("/api/v1/public/acts?limit=100&maslikhat=" + std::to_string(city)).json();
  ASSERT_EQ(acts["items"].size(), 22u);
  std::multiset<std::string> act_statuses;
  for (const auto& a : acts["items"]) {
    act_statuses.insert(a["status"].get<std::string>());
    EXPECT_NE(a["title_ru"].get<std::string>().find("вымышленный"), std::string::npos);
  }
  EXPECT_GE(act_statuses.count("amended"), 1u);
  EXPECT_GE(act_statuses.count("repealed"), 1u);
  EXPECT_GE(act_statuses.count("not_in_force_yet"), 1u);
  const nlohmann::json sittings =
      app.NewClient().Get("/api/v1/public/sittings?maslikhat=" + std::to_string(city)).json();
  ASSERT_EQ(sittings["items"].size(), 2u);
  const nlohmann::json past = app.NewClient()
                                  .Get("/api/v1/public/sittings/" +
                                       std::to_string(sittings["items"][1]["id"].get<int64_t>()))
                                  .json();
  EXPECT_TRUE(past["quorum"]["quorate"]);
  ASSERT_EQ(past["decisions"].size(), 3u);
  EXPECT_TRUE(past["decisions"][0]["act_id"].is_number());
  EXPECT_EQ(past["decisions"][0]["status"], "adopted");
  EXPECT_NE(past["decisions"][0]["text_ru"], "");
  EXPECT_EQ(past["decisions"][2]["status"], "withdrawn");
  EXPECT_EQ(past["agenda"].size(), 3u);
  // One deputy came for the second item: the first counts one fewer.
  EXPECT_EQ(past["agenda"][0]["quorum"]["present"].get<int>() + 1,
            past["agenda"][1]["quorum"]["present"].get<int>());
  EXPECT_TRUE(past["announcement_post_id"].is_number());
  EXPECT_TRUE(past["results_post_id"].is_number());
  EXPECT_TRUE(sittings["items"][0]["announcement_post_id"].is_number());
  EXPECT_EQ(sittings["items"][0]["results_post_id"], nullptr);
  // Its first two items have documents: small PDFs, downloadable by anyone.
  const nlohmann::json documents =
      app.NewClient()
          .Get("/api/v1/public/sittings/" + std::to_string(past["id"].get<int64_t>()) +
               "/documents")
          .json();
  ASSERT_EQ(documents["items"].size(), 3u);
  EXPECT_EQ(documents["items"][0]["agenda_item_id"], past["agenda"][0]["id"]);
  EXPECT_EQ(documents["items"][2]["agenda_item_id"], past["agenda"][1]["id"]);
  const auto pdf =
      app.NewClient().Get(documents["items"][0]["versions"][0]["url"].get<std::string>());
  EXPECT_EQ(pdf.headers.at("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  // Draft discussions: one open with a comment of each author type, one closed with decisions and
  // the act adopted from it.
  const nlohmann::json drafts =
      app.NewClient().Get("/api/v1/public/drafts?maslikhat=" + std::to_string(city)).json();
  ASSERT_EQ(drafts["items"].size(), 2u);
  // The seed opens it today by the system clock, which may be ahead of the test app's.
  EXPECT_NE(drafts["items"][0]["state"], "closed");
  EXPECT_EQ(drafts["items"][0]["comments"], 3);
  EXPECT_EQ(drafts["items"][1]["state"], "closed");
  EXPECT_TRUE(drafts["items"][1]["act_id"].is_number());
  const nlohmann::json closed =
      app.NewClient()
          .Get("/api/v1/public/drafts/" + std::to_string(drafts["items"][1]["id"].get<int64_t>()))
          .json();
  std::multiset<std::string> decisions;
  for (const auto& c : closed["comments"]) decisions.insert(c["decision"].get<std::string>());
  EXPECT_EQ(decisions, (std::multiset<std::string>{"accepted", "partly", "rejected"}));
  // Work plans: the maslikhat's published plan for the year (six items over four quarters, some
  // done and linked to the past sitting and an act, two editions) and its budget commission's.
  const nlohmann::json plans =
      app.NewClient().Get("/api/v1/public/work-plans?maslikhat_id=" + std::to_string(city)).json();
  ASSERT_EQ(plans["items"].size(), 2u);
  EXPECT_EQ(plans["items"][0]["commission_id"], nullptr);
  EXPECT_TRUE(plans["items"][1]["commission_id"].is_number());
  const nlohmann::json plan = app.NewClient()
                                  .Get("/api/v1/public/work-plans/" +
                                       std::to_string(plans["items"][0]["id"].get<int64_t>()))
                                  .json();
  ASSERT_EQ(plan["items"].size(), 6u);
  std::set<int> quarters;
  int linked = 0;
  for (const auto& i : plan["items"]) {
    quarters.insert(i["quarter"].get<int>());
    if (i["sitting_id"] == past["id"]) ++linked;
  }
  EXPECT_EQ(quarters.size(), 4u);
  EXPECT_EQ(linked, 2);
  EXPECT_EQ(plan["items"][3]["act_id"], past["decisions"][0]["act_id"]);
  // Its editions: 1 fixed on publishing, 2 with its "what changed" note in kk and ru.
  ASSERT_EQ(plan["versions"].size(), 2u);
  EXPECT_EQ(plan["versions"][0]["note_ru"], "");
  EXPECT_FALSE(plan["versions"][1]["note_kk"].get<std::string>().empty());
  EXPECT_FALSE(plan["versions"][1]["note_ru"].get<std::string>().empty());
  // Maslikhat pages: the apparatus (five people, positions in kk and ru) and six published
  // questions with answers in kk and ru; the draft only in the staff's view.
  const std::string pages = "/api/v1/maslikhats/" + std::to_string(city);
  const nlohmann::json apparatus = app.NewClient().Get(pages + "/apparatus").json();
  ASSERT_EQ(apparatus["items"].size(), 5u);
  for (const auto& m : apparatus["items"]) {
    EXPECT_FALSE(m["full_name_kk"].get<std::string>().empty());
    EXPECT_FALSE(m["position_ru"].get<std::string>().empty());
  }
  const nlohmann::json questions = app.NewClient().Get(pages + "/questions").json();
  ASSERT_EQ(questions["items"].size(), 6u);
  for (const auto& q : questions["items"]) {
    EXPECT_EQ(q["state"], "published");
    EXPECT_FALSE(q["question_kk"].get<std::string>().empty());
    EXPECT_FALSE(q["answer_ru"].get<std::string>().empty());
  }
  EXPECT_EQ(staff.Get(pages + "/questions?all=true").json()["items"].size(), 7u);
  // Events: two upcoming (the citizen registered for the deputy's meeting), one held with a report.
  const nlohmann::json events =
      citizen.Get("/api/v1/public/events?maslikhat=" + std::to_string(city)).json();
  ASSERT_EQ(events["items"].size(), 3u);
  EXPECT_EQ(events["items"][0]["status"], "held");
  const nlohmann::json meeting =
      citizen
          .Get("/api/v1/public/events/" + std::to_string(events["items"][1]["id"].get<int64_t>()))
          .json();
  EXPECT_EQ(meeting["mine"], true);
  EXPECT_EQ(meeting["registered"], 1);
  // The demo deputy's report to voters for this year: published, its figures from the demo's
  // record (the deputy's appeals), linked to their held report meeting, a PDF in kk and ru.
  const int64_t demo_deputy = deputy.Get("/api/v1/me/voter-reports").json()["deputy_id"];
  const nlohmann::json reports =
      app.NewClient().Get("/api/v1/deputies/" + std::to_string(demo_deputy) + "/reports").json();
  ASSERT_EQ(reports["items"].size(), 1u);
  EXPECT_EQ(reports["items"][0]["state"], "published");
  const std::string report =
      "/api/v1/voter-reports/" + std::to_string(reports["items"][0]["id"].get<int64_t>());
  const nlohmann::json yearly = app.NewClient().Get(report).json();
  EXPECT_GE(yearly["figures"]["appeals_received"].get<int>(), 1);
  EXPECT_EQ(yearly["meeting"]["title_ru"], "Отчётная встреча депутата");
  EXPECT_NE(yearly["text_ru"].get<std::string>().find("Поступило обращений"), std::string::npos);
  EXPECT_EQ(app.NewClient().Get(report + "/report.pdf?lang=kk").headers["content-type"],
            "application/pdf");

  // The maslikhat's annual report for the past year: version 1, its figures from the demo's
  // record (the past sitting is of this year: the past year has none), a PDF in kk and ru.
  const nlohmann::json annual =
      app.NewClient().Get("/api/v1/maslikhats/" + std::to_string(city) + "/annual-reports").json();
  ASSERT_EQ(annual["items"].size(), 1u);
  EXPECT_EQ(annual["items"][0]["version"], 1);
  EXPECT_TRUE(annual["items"][0]["commission_id"].is_null());
  const std::string annual_path =
      "/api/v1/annual-reports/" + std::to_string(annual["items"][0]["id"].get<int64_t>());
  const nlohmann::json chairs = app.NewClient().Get(annual_path).json();
  EXPECT_NE(chairs["shown"]["text_ru"].get<std::string>().find("Проведено сессий"),
            std::string::npos);
  EXPECT_TRUE(chairs["draft"].is_null());
  EXPECT_EQ(
      app.NewClient().Get(annual_path + "/versions/1/report.pdf?lang=kk").headers["content-type"],
      "application/pdf");
}

TEST(DemoSeed, DemoPeopleAreDistinctOnePerOkrugWithDialablePhones) {
  TestApp app;
  ASSERT_EQ(SeedDemo(app.config(), app.app().database()), 0);
  Client c = app.NewClient();
  static const std::regex kMobile(R"(\+7 7\d{2} \d{3} \d{2} \d{2})");  // 11 digits
  std::set<std::string> names_kk, names_ru, phones;
  size_t deputies = 0;
  const nlohmann::json maslikhats = c.Get("/api/v1/maslikhats").json();
  for (const auto& m : maslikhats["items"]) {
    const nlohmann::json view =
        c.Get("/api/v1/maslikhats/" + std::to_string(m["id"].get<int64_t>())).json();
    std::map<int64_t, int> per_okrug;
    for (const auto& d : view["deputies"]) {
      ++deputies;
      const std::string kk = d["full_name_kk"], ru = d["full_name_ru"], phone = d["phone"];
      EXPECT_TRUE(names_kk.insert(kk).second) << "two deputies named " << kk;
      EXPECT_TRUE(names_ru.insert(ru).second) << "two deputies named " << ru;
      EXPECT_TRUE(std::regex_match(phone, kMobile)) << ru << ": " << phone;
      EXPECT_TRUE(phones.insert(phone).second) << "shared phone " << phone;
      // A woman's family name (Бекова, Жумабаева) and her biography agree; so do a man's.
      const std::string family = ru.substr(0, ru.find(' '));
      const bool woman = family.size() > 2 && family.substr(family.size() - 2) == "а";
      EXPECT_NE(d["bio_ru"].get<std::string>().find(woman ? "Родилась" : "Родился"),
                std::string::npos)
          << ru;
      if (!d["okrug_id"].is_null()) ++per_okrug[d["okrug_id"].get<int64_t>()];
    }
    for (const auto& o : view["okrugs"]) {
      EXPECT_EQ(per_okrug[o["id"].get<int64_t>()], 1)
          << m["name_ru"].get<std::string>() << ", okrug №" << o["number"];
    }
  }
  EXPECT_EQ(deputies, 45u);                        // 25 + 6 + 4 party-list + 10
  EXPECT_EQ(names_ru.count("Бекова Айгуль"), 1u);  // the demo deputy of Kokshetau okrug №1
}

}  // namespace
}  // namespace kenes::testing
