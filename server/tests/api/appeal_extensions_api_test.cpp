// Extending an appeal's term (docs/appeals-deadlines.md rule 6): only the maslikhat's chair,
// deputy chair or head of the apparatus may; the decision is stored and shown; the applicant's
// notice carries the reason and the new date and is tracked to its 3-working-day term — in the
// account, by e-mail, or, for a paper applicant, as a letter task for staff.
#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

using nlohmann::json;

class AppealExtensionsApi : public AppealsFixture {
 protected:
  // A citizen's appeal to deputy 1, assigned and in consideration (registered Wed 2026-11-18,
  // due Wed 2026-12-09).
  int64_t InConsideration() {
    int64_t id = File(citizen_, Appeal()).json()["id"];
    EXPECT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
    EXPECT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
    return id;
  }
  // A paper appeal received at `received` (UTC ISO), from someone with no e-mail and no account,
  // in consideration.
  int64_t Paper(const char* received) {
    json paper = Appeal("Заявление на бумаге");
    paper["channel"] = "paper";
    paper["applicant_name"] = "Иванова Ольга";
    paper["applicant_address"] = "Кокшетау, ул. Абая, 1";
    paper["received_at_ms"] = Utc(received);
    auto r = File(staff_, paper);
    EXPECT_EQ(r.status, 201) << r.body;
    int64_t id = r.json()["id"];
    EXPECT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
    EXPECT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
    return id;
  }
  static json Extend(const std::string& until, const std::string& reason = "Запрос в акимат") {
    return {{"action", "extend"}, {"extend_until", until}, {"reason", reason}};
  }
  std::string AppealPath(int64_t id) { return "/api/v1/appeals/" + std::to_string(id); }
};

TEST_F(AppealExtensionsApi, OnlyTheChairTheDeputyChairOrTheHeadOfTheApparatusExtend) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));  // Wed 11:00 local
  const int64_t id = InConsideration();
  EXPECT_EQ(Act(staff_, id, Extend("2026-12-30")).status, 403);  // a plain staff member
  EXPECT_EQ(Act(dep1_, id, Extend("2026-12-30")).status, 403);   // the handling deputy
  EXPECT_EQ(Act(other_staff_, id, Extend("2026-12-30")).status, 404);
  EXPECT_EQ(Act(admin_, id, Extend("2026-12-30")).status, 404);
  EXPECT_EQ(Act(citizen_, id, Extend("2026-12-30")).status, 403);
  app_.CreateAccount("other-head@example.kz", "other-head-password-1",
                     {{"head_of_apparatus", other_}});
  Client other_head = Login("other-head@example.kz", "other-head-password-1");
  EXPECT_EQ(Act(other_head, id, Extend("2026-12-30")).status, 404);
  EXPECT_FALSE(staff_.Get(AppealPath(id)).json()["may_extend"].get<bool>());

  Client head = Leader("head_of_apparatus");
  EXPECT_TRUE(head.Get(AppealPath(id)).json()["may_extend"].get<bool>());
  // The reason is required, and blanks are no reason.
  auto no_reason = Act(head, id, {{"action", "extend"}, {"extend_until", "2026-12-30"}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(no_reason.field("reason"), "required");
  EXPECT_EQ(Act(head, id, Extend("2026-12-30", "   ")).field("reason"), "required");
  EXPECT_EQ(Act(head, id, Extend("2026-12-30", std::string(2001, 'x'))).status, 422);
  EXPECT_EQ(
      Act(head, id, {{"action", "extend"}, {"extend_until", 20261230}, {"reason", "x"}}).status,
      422);
  // Nothing of the refusals was stored.
  EXPECT_TRUE(head.Get(AppealPath(id)).json()["extensions"].empty());

  auto ext = Act(head, id, Extend("2026-12-30", "Запрошены сведения в акимате"));
  ASSERT_EQ(ext.status, 200) << ext.body;
  const json body = ext.json();
  EXPECT_EQ(body["due_on"], "2026-12-30");
  ASSERT_EQ(body["extensions"].size(), 1u);
  const json e = body["extensions"][0];
  EXPECT_EQ(e["decided_as"], "head_of_apparatus");
  EXPECT_EQ(e["decided_by_name"], "Staff Person");  // the account's name (CreateAccount's)
  EXPECT_EQ(e["reason"], "Запрошены сведения в акимате");
  EXPECT_EQ(e["decided_on"], "2026-11-18");
  EXPECT_EQ(e["previous_due_on"], "2026-12-09");
  EXPECT_EQ(e["new_due_on"], "2026-12-30");
  EXPECT_EQ(e["notice"]["channel"], "account");    // the citizen has an account: told at once
  EXPECT_EQ(e["notice"]["due_on"], "2026-11-23");  // 3 working days after Wed 18 Nov
  EXPECT_FALSE(e["notice"]["sent_at"].is_null());
  EXPECT_FALSE(e["notice"]["overdue"].get<bool>());
  const json event = body["events"].back();
  EXPECT_EQ(event["action"], "extend");
  EXPECT_EQ(event["details"]["new_due_on"], "2026-12-30");
  EXPECT_EQ(event["details"]["decided_as"], "head_of_apparatus");

  // The applicant sees the decision (not staff's notice tracking) and gets the reason and the new
  // date by e-mail, in local dates and words.
  const json mine = citizen_.Get(AppealPath(id)).json();
  ASSERT_EQ(mine["extensions"].size(), 1u);
  EXPECT_EQ(mine["extensions"][0]["reason"], "Запрошены сведения в акимате");
  EXPECT_FALSE(mine["extensions"][0].contains("notice"));
  EXPECT_FALSE(mine["may_extend"].get<bool>());
  app_.RunJobs();
  const auto sent = app_.mailer().Sent();
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent.back().to, "citizen@example.kz");
  EXPECT_NE(sent.back().subject.find("срок продлён"), std::string::npos) << sent.back().subject;
  for (const char* part : {"Новый срок ответа: 30.12.2026", "Прежний срок: 09.12.2026",
                           "Причина продления: Запрошены сведения в акимате",
                           "руководитель аппарата маслихата Staff Person", "18.11.2026"}) {
    EXPECT_NE(sent.back().body.find(part), std::string::npos) << part << "\n" << sent.back().body;
  }
  EXPECT_EQ(sent.back().body.find("2026-12-30"), std::string::npos);  // never ISO

  // The deputy chair extends again; then the deputy the directory names the maslikhat's chair.
  Client deputy_chair = Leader("deputy_chair");
  ASSERT_EQ(Act(deputy_chair, id, Extend("2027-01-11")).status, 200);
  ASSERT_EQ(
      admin_.Patch("/api/v1/maslikhats/" + std::to_string(city_), {{"chair_deputy_id", deputy1_}})
          .status,
      200);
  EXPECT_TRUE(dep1_.Get(AppealPath(id)).json()["may_extend"].get<bool>());
  auto by_directory_chair = Act(dep1_, id, Extend("2027-01-18"));
  ASSERT_EQ(by_directory_chair.status, 200) << by_directory_chair.body;
  const json all = staff_.Get(AppealPath(id)).json()["extensions"];
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[1]["decided_as"], "deputy_chair");
  EXPECT_EQ(all[2]["decided_as"], "chair");
  EXPECT_EQ(all[2]["decided_by_name"], "Staff Person");  // the linked account's name
  EXPECT_EQ(all[2]["previous_due_on"], "2027-01-11");
  // Two calendar months from 18 Nov end on 18 Jan: one day more is over the ceiling.
  EXPECT_EQ(Act(dep1_, id, Extend("2027-01-19")).field("extend_until"), "invalid");
}

// The three worked examples of the two-calendar-month ceiling (rule 6), through the API, on paper
// appeals whose applicants have neither e-mail nor an account: their notice becomes a letter task.
TEST_F(AppealExtensionsApi, TheCeilingIsTwoCalendarMonthsFromRegistration) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  Client chair = Leader("chair");
  // Registered Mon 5 Jan 2026 -> latest Thu 5 Mar.
  const int64_t jan = Paper("2026-01-05T05:00:00Z");
  EXPECT_EQ(Act(chair, jan, Extend("2026-03-06")).field("extend_until"), "invalid");
  EXPECT_EQ(Act(chair, jan, Extend("2026-03-05")).status, 200);
  // Registered Wed 31 Dec 2025 -> 28 Feb 2026, a Saturday: over the ceiling on 1 Mar, not a
  // working day on 28 Feb, so Fri 27 Feb is the last date.
  const int64_t dec = Paper("2025-12-31T05:00:00Z");
  EXPECT_EQ(Act(chair, dec, Extend("2026-03-02")).field("extend_until"), "invalid");
  EXPECT_EQ(Act(chair, dec, Extend("2026-02-28")).field("extend_until"), "not_working_day");
  EXPECT_EQ(Act(chair, dec, Extend("2026-02-27")).status, 200);
  // Registered Wed 1 Jul 2026 -> Tue 1 Sep.
  const int64_t jul = Paper("2026-07-01T05:00:00Z");
  EXPECT_EQ(Act(chair, jul, Extend("2026-09-02")).field("extend_until"), "invalid");
  auto ok = Act(chair, jul, Extend("2026-09-01", "Нужна выездная проверка"));
  ASSERT_EQ(ok.status, 200) << ok.body;

  // No e-mail, no account: the notice is a letter for staff to send, with the reason and the date.
  const json notice = ok.json()["extensions"][0]["notice"];
  EXPECT_EQ(notice["channel"], "letter");
  EXPECT_TRUE(notice["sent_at"].is_null());
  ASSERT_TRUE(notice["task_id"].is_number());
  const int64_t task = notice["task_id"];
  const json tasks =
      staff_.Get("/api/v1/maslikhats/" + std::to_string(city_) + "/staff-tasks").json();
  // One letter per registration (appeal_deadlines_api_test.cpp) and per extension above.
  json items = json::array();
  for (const auto& t : tasks["items"]) {
    if (t["message"].get<std::string>().find("продлён") != std::string::npos) items.push_back(t);
  }
  ASSERT_EQ(items.size(), 3u);
  const json& letter = items[2];
  EXPECT_EQ(letter["id"], task);
  EXPECT_EQ(letter["kind"], "letter");
  EXPECT_EQ(letter["subject_type"], "appeal");
  EXPECT_EQ(letter["subject_id"], jul);
  EXPECT_EQ(letter["person_name"], "Иванова Ольга");
  EXPECT_NE(letter["message"].get<std::string>().find("Нужна выездная проверка"),
            std::string::npos);
  EXPECT_NE(letter["message"].get<std::string>().find("01.09.2026"), std::string::npos);

  // Unsent after three working days (Mon 23 Nov): staff see the notice overdue …
  app_.clock().Set(Utc("2026-11-24T06:00:00Z"));
  staff_ = Login("staff@example.kz", "staff-password-1");
  json overdue = staff_.Get(AppealPath(jul)).json()["extensions"][0]["notice"];
  EXPECT_TRUE(overdue["overdue"].get<bool>());
  // … until the letter's task is done: then it counts as sent.
  ASSERT_EQ(staff_
                .Post("/api/v1/staff-tasks/" + std::to_string(task) + "/done",
                      {{"note", "Отправлено почтой"}})
                .status,
            200);
  json sent = staff_.Get(AppealPath(jul)).json()["extensions"][0]["notice"];
  EXPECT_FALSE(sent["overdue"].get<bool>());
  EXPECT_FALSE(sent["sent_at"].is_null());
  // No e-mail went to anyone for these appeals.
  app_.RunJobs();
  for (const auto& m : app_.mailer().Sent()) {
    EXPECT_EQ(m.body.find("Нужна выездная проверка"), std::string::npos) << m.to;
  }
}

// The forwarding notice names the body the appeal went to (APPK Art. 65).
TEST_F(AppealExtensionsApi, TheForwardingNoticeNamesTheBody) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  int64_t id = File(citizen_, Appeal()).json()["id"];
  auto fwd = Act(staff_, id, {{"action", "forward"}, {"forward_to", "Акимат города Кокшетау"}});
  ASSERT_EQ(fwd.status, 200) << fwd.body;
  app_.RunJobs();
  const auto sent = app_.mailer().Sent();
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent.back().to, "citizen@example.kz");
  EXPECT_NE(sent.back().body.find("направлено в компетентный орган"), std::string::npos);
  EXPECT_NE(sent.back().body.find("Куда направлено: Акимат города Кокшетау"), std::string::npos)
      << sent.back().body;
}

// ?overdue=true also finds an appeal whose forwarding term (3 working days) has passed while it
// is still registered: nobody took it into work or forwarded it.
TEST_F(AppealExtensionsApi, OverdueFilterFindsAPassedForwardingTerm) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  const int64_t waiting = File(citizen_, Appeal("Ждёт решения, чьё это")).json()["id"];
  const int64_t taken = InConsideration();
  const std::string url = "/api/v1/appeals?overdue=true&maslikhat_id=" + std::to_string(city_);
  EXPECT_TRUE(staff_.Get(url).json()["items"].empty());
  // Forward by Mon 23 Nov; on Tue 24 Nov the registered one is overdue, the one in work is not.
  app_.clock().Set(Utc("2026-11-24T06:00:00Z"));
  staff_ = Login("staff@example.kz", "staff-password-1");
  const json items = staff_.Get(url).json()["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["id"], waiting);
  EXPECT_EQ(items[0]["forward_due_on"], "2026-11-23");
  EXPECT_NE(items[0]["id"], taken);
}

// Hostile bodies on the extension change nothing and leave the server up.
TEST_F(AppealExtensionsApi, HostileExtensionRequestsChangeNothing) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  const int64_t id = InConsideration();
  Client chair = Leader("chair");
  std::string deep;
  for (int i = 0; i < 2000; ++i) deep += "{\"a\":";
  auto r =
      chair.Send("POST", AppealPath(id) + "/actions", deep, {{"Content-Type", "application/json"}});
  EXPECT_GE(r.status, 400);
  EXPECT_LT(r.status, 500);
  EXPECT_EQ(
      Act(chair, id, {{"action", "extend"}, {"extend_until", json::array()}, {"reason", 1}}).status,
      422);
  EXPECT_EQ(Act(chair, id + 100000, Extend("2026-12-30")).status, 404);
  for (int i = 0; i < 50; ++i) Act(chair, id, Extend("2030-01-01"));
  const json v = chair.Get(AppealPath(id)).json();
  EXPECT_EQ(v["due_on"], "2026-12-09");
  EXPECT_TRUE(v["extensions"].empty());
}

}  // namespace
}  // namespace kenes::testing
