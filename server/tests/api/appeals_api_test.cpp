// Appeals through HTTP: intake and talons, working-day deadlines, transitions, the role matrix,
// staff registration, feedback, numbering under concurrency.
#include <ctime>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

using nlohmann::json;

using AppealsApi = AppealsFixture;

TEST_F(AppealsApi, CitizenFilesAndGetsATalonAndAnEmail) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));  // Wed 11:00 local
  auto r = File(citizen_, Appeal());
  ASSERT_EQ(r.status, 201) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["talon"]["number"], std::to_string(city_) + "-2026-00001");
  EXPECT_EQ(j["registered_on"], "2026-11-18");
  EXPECT_EQ(j["due_on"], "2026-12-09");  // 15 working days, no holidays configured
  EXPECT_EQ(j["forward_due_on"], "2026-11-23");
  EXPECT_EQ(j["status"], "registered");
  EXPECT_EQ(j["okrug_id"], okrug1_);
  app_.RunJobs();
  auto sent = app_.mailer().Sent();
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent.back().to, "citizen@example.kz");
  EXPECT_NE(sent.back().body.find(j["talon"]["number"].get<std::string>()), std::string::npos);
  EXPECT_NE(sent.back().body.find("зарегистрировано"), std::string::npos);
  EXPECT_NE(sent.back().body.find("Срок ответа: 09.12.2026"), std::string::npos)
      << sent.back().body;
  auto mine = citizen_.Get("/api/v1/appeals");
  ASSERT_EQ(mine.json()["items"].size(), 1u);
  auto pdf =
      citizen_.Get("/api/v1/appeals/" + std::to_string(j["id"].get<int64_t>()) + "/talon.pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(
      stranger_.Get("/api/v1/appeals/" + std::to_string(j["id"].get<int64_t>()) + "/talon.pdf")
          .status,
      404);
}

TEST_F(AppealsApi, DeadlinesRunOnTheWorkingDayCalendar) {
  Set2026Calendar();
  app_.clock().Set(Utc("2026-03-22T05:00:00Z"));  // Sunday 10:00 local, Nauryz ahead
  auto sunday = File(citizen_, Appeal("Отопление"));
  ASSERT_EQ(sunday.status, 201) << sunday.body;
  EXPECT_EQ(sunday.json()["registered_on"], "2026-03-26");
  EXPECT_EQ(sunday.json()["forward_due_on"], "2026-03-31");
  EXPECT_EQ(sunday.json()["due_on"], "2026-04-16");
  app_.clock().Set(Utc("2026-04-29T14:00:00Z"));  // Wed 19:00 local: after hours
  auto late = File(citizen_, Appeal("Освещение"));
  EXPECT_EQ(late.json()["registered_on"], "2026-04-30");
  EXPECT_EQ(late.json()["forward_due_on"], "2026-05-06");  // 1 May off, weekend
  EXPECT_EQ(late.json()["due_on"], "2026-05-26");          // 1, 7, 11 May off

  auto cal = app_.NewClient().Get("/api/v1/calendar/2026");
  EXPECT_EQ(cal.json()["days"].size(), 14u);
  auto bad = admin_.Send("PUT", "/api/v1/calendar/2026",
                         json{{"days",
                               {{{"day", "2026-03-10"}, {"kind", "working"}},
                                {{"day", "2027-01-01"}, {"kind", "non_working"}}}}}
                             .dump(),
                         {{"Content-Type", "application/json"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.field("days.0.kind"), "invalid");  // a Tuesday is a working day already
  EXPECT_EQ(bad.field("days.1.day"), "invalid");
  EXPECT_EQ(staff_
                .Send("PUT", "/api/v1/calendar/2026", json{{"days", json::array()}}.dump(),
                      {{"Content-Type", "application/json"}})
                .status,
            403);
}

TEST_F(AppealsApi, EveryRoleSeesOnlyWhatItMay) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  std::string path = "/api/v1/appeals/" + std::to_string(id);
  EXPECT_EQ(citizen_.Get(path).status, 200);
  EXPECT_EQ(citizen_.Get(path).json()["access"], "applicant");
  EXPECT_EQ(dep1_.Get(path).json()["access"], "deputy");
  EXPECT_EQ(staff_.Get(path).json()["applicant"]["email"], "citizen@example.kz");
  for (Client* c : {&stranger_, &dep2_, &other_staff_, &admin_}) {
    auto r = c->Get(path);
    EXPECT_EQ(r.status, 404) << r.body;
  }
  EXPECT_EQ(app_.NewClient().Get(path).status, 401);
  // Lists follow the same scopes.
  EXPECT_EQ(dep1_.Get("/api/v1/appeals").json()["items"].size(), 1u);
  EXPECT_EQ(dep2_.Get("/api/v1/appeals").json()["items"].size(), 0u);
  EXPECT_EQ(stranger_.Get("/api/v1/appeals").json()["items"].size(), 0u);
  EXPECT_EQ(
      staff_.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city_)).json()["items"].size(),
      1u);
  EXPECT_EQ(other_staff_.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city_)).status, 404);
  // The closed sets are filters by name; a word the server does not know is refused, not ignored.
  const std::string in_city = "/api/v1/appeals?maslikhat_id=" + std::to_string(city_);
  EXPECT_EQ(staff_.Get(in_city + "&type=complaint").json()["items"].size(), 1u);
  EXPECT_EQ(staff_.Get(in_city + "&type=proposal").json()["items"].size(), 0u);
  EXPECT_EQ(staff_.Get(in_city + "&status=registered").json()["items"].size(), 1u);
  EXPECT_EQ(staff_.Get(in_city + "&status=answered").json()["items"].size(), 0u);
  auto bad_type = staff_.Get(in_city + "&type=complain");
  EXPECT_EQ(bad_type.status, 422) << bad_type.body;
  EXPECT_TRUE(bad_type.json()["error"]["fields"].contains("type")) << bad_type.body;
  // List rows carry no applicant identity; the detail view that does is audited.
  auto list = staff_.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city_));
  EXPECT_EQ(list.body.find("citizen@example.kz"), std::string::npos);
  app_.app().MoveReadAudit();
  auto audit = app_.app().database().Read([&](db::Tx& tx) {
    return Result<db::Rows>(
        tx.Query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'appeals.applicant_viewed'"));
  });
  EXPECT_EQ((*audit)[0].Int("n"), 2);  // deputy and staff each viewed once
}

TEST_F(AppealsApi, TheAddressedDeputyStartsWithoutWaitingForStaff) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  auto started = Act(dep1_, id, {{"action", "start"}});
  ASSERT_EQ(started.status, 200) << started.body;
  EXPECT_EQ(started.json()["status"], "in_consideration");
  EXPECT_EQ(
      Act(dep1_, id, {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}})
          .status,
      200);
}

TEST_F(AppealsApi, TransitionsAllowedAndRefused) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  auto early =
      Act(staff_, id, {{"action", "answer"}, {"answer_text", "x"}, {"outcome", "explained"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.field("action"), "not_allowed");
  EXPECT_EQ(Act(citizen_, id, {{"action", "assign"}}).status, 403);
  EXPECT_EQ(Act(dep2_, id, {{"action", "start"}}).status, 404);
  auto foreign = Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_ + 1000}});
  EXPECT_EQ(foreign.field("deputy_id"), "invalid");
  ASSERT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  EXPECT_EQ(Act(dep1_, id, {{"action", "extend"}, {"extend_until", "2027-01-10"}, {"reason", "x"}})
                .status,
            403);
  // Only the chair, the deputy chair or the head of the apparatus extend; a plain staff member
  // may not (rule 6 of docs/appeals-deadlines.md).
  EXPECT_EQ(
      Act(staff_, id,
          {{"action", "extend"}, {"extend_until", "2026-12-30"}, {"reason", "Запрос в акимат"}})
          .status,
      403);
  Client chair = Leader("chair");
  auto no_reason = Act(chair, id, {{"action", "extend"}, {"extend_until", "2026-12-20"}});
  EXPECT_EQ(no_reason.field("reason"), "required");
  auto too_far =
      Act(chair, id,
          {{"action", "extend"}, {"extend_until", "2027-03-01"}, {"reason", "Запрос в акимат"}});
  EXPECT_EQ(too_far.field("extend_until"), "invalid");
  // Registered Wed 18 Nov: two calendar months end on Mon 18 Jan 2027; 19 Jan is one day over.
  auto one_day_over =
      Act(chair, id,
          {{"action", "extend"}, {"extend_until", "2027-01-19"}, {"reason", "Запрос в акимат"}});
  EXPECT_EQ(one_day_over.field("extend_until"), "invalid");
  // A term cannot end on Independence Day (Wed 16 Dec) or on a Sunday.
  for (const char* day : {"2026-12-16", "2026-12-20"}) {
    auto off = Act(chair, id,
                   {{"action", "extend"}, {"extend_until", day}, {"reason", "Запрос в акимат"}});
    EXPECT_EQ(off.field("extend_until"), "not_working_day") << day;
  }
  auto ext =
      Act(chair, id,
          {{"action", "extend"}, {"extend_until", "2026-12-30"}, {"reason", "Запрос в акимат"}});
  ASSERT_EQ(ext.status, 200) << ext.body;
  EXPECT_EQ(ext.json()["due_on"], "2026-12-30");
  auto no_outcome = Act(dep1_, id, {{"action", "answer"}, {"answer_text", "Ответ"}});
  EXPECT_EQ(no_outcome.field("outcome"), "required");
  auto answered = Act(dep1_, id,
                      {{"action", "answer"},
                       {"answer_text", "Яму заделают до 1 декабря."},
                       {"outcome", "satisfied"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(answered.json()["status"], "answered");
  auto events = answered.json()["events"];
  ASSERT_EQ(events.size(), 5u);  // register, assign, start, extend, answer
  EXPECT_EQ(events[3]["reason"], "Запрос в акимат");
  EXPECT_EQ(events[4]["to_status"], "answered");

  // The applicant rates the answer; "not solved" reopens it.
  EXPECT_EQ(citizen_.Get("/api/v1/appeals/" + std::to_string(id)).json()["answer_text"],
            "Яму заделают до 1 декабря.");
  auto silent =
      citizen_.Post("/api/v1/appeals/" + std::to_string(id) + "/feedback", {{"solved", false}});
  EXPECT_EQ(silent.field("comment"), "required");
  // Reopened on Wednesday 18 Nov: a new full term of 15 working days from that day, instead of
  // the extended 30 Dec.
  auto reopened = citizen_.Post("/api/v1/appeals/" + std::to_string(id) + "/feedback",
                                {{"solved", false}, {"comment", "Яму так и не заделали"}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.json()["status"], "reopened");
  EXPECT_EQ(reopened.json()["due_on"], "2026-12-09");
  EXPECT_EQ(reopened.json()["events"].back()["details"]["previous_due_on"], "2026-12-30");
  EXPECT_EQ(
      stranger_.Post("/api/v1/appeals/" + std::to_string(id) + "/feedback", {{"solved", true}})
          .status,
      404);
  EXPECT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
}

TEST_F(AppealsApi, StaffRegisterPaperAndAnonymousAppeals) {
  json paper = Appeal("Заявление на бумаге");
  paper["channel"] = "paper";
  paper["applicant_name"] = "Иванова Ольга";
  paper["applicant_address"] = "Кокшетау, ул. Абая, 1";
  paper["applicant_iin"] = "900101300017";
  auto r = File(staff_, paper);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["channel"], "paper");
  EXPECT_EQ(r.json()["applicant"]["iin_masked"], "90********17");
  EXPECT_EQ(r.body.find("900101300017"), std::string::npos);
  EXPECT_EQ(File(other_staff_, paper).status, 404);  // not their maslikhat
  json nameless = paper;
  nameless.erase("applicant_name");
  EXPECT_EQ(File(staff_, nameless).field("applicant_name"), "required");

  json anon = Appeal("Аноним");
  anon["channel"] = "phone";
  anon["anonymous"] = true;
  auto a = File(staff_, anon);
  EXPECT_EQ(a.json()["status"], "not_considered");
  anon["urgent_redirect"] = true;
  auto urgent = File(staff_, anon);
  EXPECT_EQ(urgent.json()["status"], "registered");
  EXPECT_EQ(urgent.json()["urgent_redirect"], true);
  json citizen_anon = Appeal();
  citizen_anon["anonymous"] = true;
  EXPECT_EQ(File(citizen_, citizen_anon).field("anonymous"), "invalid");
}

TEST_F(AppealsApi, BadInputChangesNothing) {
  json bad = Appeal();
  bad["type"] = "petition";
  bad["language"] = "de";
  bad["deputy_id"] = 999999;
  bad["extra"] = 1;
  auto r = File(citizen_, bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.field("extra"), "unknown_field");
  bad.erase("extra");
  auto typed = File(citizen_, bad);
  EXPECT_EQ(typed.field("type"), "invalid");
  EXPECT_EQ(typed.field("language"), "invalid");
  json body = Appeal();
  body["deputy_id"] = 999999;
  EXPECT_EQ(File(citizen_, body).field("deputy_id"), "invalid");
  EXPECT_EQ(citizen_.Get("/api/v1/appeals").json()["items"].size(), 0u);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/appeals").status, 401);
}

TEST_F(AppealsApi, RepeatedAppealIsLinkedToTheEarlierOne) {
  int64_t first = File(citizen_, Appeal("Яма на дороге")).json()["id"];
  auto second = File(citizen_, Appeal("яма на дороге"));
  EXPECT_EQ(second.json()["repeat_of"], first);
  EXPECT_TRUE(File(citizen_, Appeal("Другое")).json()["repeat_of"].is_null());
}

TEST_F(AppealsApi, TalonNumbersHaveNoDuplicatesOrGapsUnderConcurrency) {
  constexpr int kThreads = 8, kEach = 6;
  std::vector<std::thread> threads;
  std::mutex mu;
  std::vector<std::string> numbers;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Client c = app_.NewClient();
      for (auto cookie : {"kenes_session", "kenes_csrf"})
        c.SetCookie(cookie, *citizen_.Cookie(cookie));
      for (int i = 0; i < kEach; ++i) {
        auto r = File(c, Appeal("Обращение " + std::to_string(t) + "-" + std::to_string(i)));
        std::lock_guard lock(mu);
        if (r.status == 201) numbers.push_back(r.json()["talon"]["number"]);
      }
    });
  }
  for (auto& th : threads) th.join();
  ASSERT_EQ(numbers.size(), static_cast<size_t>(kThreads * kEach));
  std::set<std::string> unique(numbers.begin(), numbers.end());
  EXPECT_EQ(unique.size(), numbers.size());
  for (int i = 1; i <= kThreads * kEach; ++i) {
    char want[64];
    snprintf(want, sizeof want, "%lld-2026-%05d", static_cast<long long>(city_), i);
    EXPECT_TRUE(unique.count(want)) << want;
  }
}

TEST_F(AppealsApi, DeputyRequestToAnExecutiveBodyAndTheLiaisonsAnswer) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
  auto body = admin_.Post("/api/v1/executive-bodies", {{"name_kk", "Көкшетау қаласының әкімдігі"},
                                                       {"name_ru", "Акимат города Кокшетау"}});
  ASSERT_EQ(body.status, 201) << body.body;
  int64_t body_id = body.json()["id"];
  auto other_body =
      admin_.Post("/api/v1/executive-bodies", {{"name_kk", "Басқа"}, {"name_ru", "Другой орган"}});
  EXPECT_EQ(citizen_.Post("/api/v1/executive-bodies", {{"name_kk", "x"}, {"name_ru", "x"}}).status,
            403);

  std::string path = "/api/v1/appeals/" + std::to_string(id) + "/deputy-requests";
  EXPECT_EQ(citizen_.Post(path, {{"body_id", body_id}, {"text", "x"}}).status, 403);
  EXPECT_EQ(dep2_.Post(path, {{"body_id", body_id}, {"text", "x"}}).status, 404);
  EXPECT_EQ(dep1_.Post(path, {{"body_id", body_id}, {"text", ""}}).field("text"), "required");
  auto sent = dep1_.Post(path, {{"body_id", body_id},
                                {"text", "Прошу сообщить сроки ремонта дороги."},
                                {"due_working_days", 10}});
  ASSERT_EQ(sent.status, 201) << sent.body;
  int64_t request_id = sent.json()["id"];
  EXPECT_EQ(sent.json()["status"], "sent");

  // The liaison of that body sees only its requests and answers; the other body's liaison cannot.
  app_.CreateAccount("akimat@example.kz", "liaison-password-1", {});
  app_.CreateAccount("other-body@example.kz", "liaison-password-2", {});
  auto grant = [&](const std::string& email, int64_t body) {
    auto users = admin_.Get("/api/v1/users?q=" + email.substr(0, email.find('@')));
    int64_t uid = users.json()["items"][0]["id"];
    ASSERT_EQ(admin_
                  .Post("/api/v1/users/" + std::to_string(uid) + "/roles",
                        {{"role", "liaison"}, {"scope_type", "body"}, {"scope_id", body}})
                  .status,
              201);
  };
  grant("akimat@example.kz", body_id);
  grant("other-body@example.kz", other_body.json()["id"]);
  Client liaison = Login("akimat@example.kz", "liaison-password-1");
  Client other_liaison = Login("other-body@example.kz", "liaison-password-2");
  ASSERT_EQ(liaison.Get("/api/v1/deputy-requests").json()["items"].size(), 1u);
  EXPECT_EQ(other_liaison.Get("/api/v1/deputy-requests").json()["items"].size(), 0u);
  EXPECT_EQ(liaison.Get("/api/v1/appeals/" + std::to_string(id)).status,
            404);  // not the appeal itself
  std::string answer_path = "/api/v1/deputy-requests/" + std::to_string(request_id) + "/answer";
  EXPECT_EQ(other_liaison.Post(answer_path, {{"text", "x"}}).status, 404);
  EXPECT_EQ(dep1_.Post(answer_path, {{"text", "x"}}).status, 404);
  auto answered = liaison.Post(answer_path, {{"text", "Ремонт запланирован на май."}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(liaison.Post(answer_path, {{"text", "again"}}).status, 409);
  auto seen = dep1_.Get("/api/v1/deputy-requests?appeal_id=" + std::to_string(id));
  ASSERT_EQ(seen.json()["items"].size(), 1u);
  EXPECT_EQ(seen.json()["items"][0]["answer_text"], "Ремонт запланирован на май.");
  auto events = staff_.Get("/api/v1/appeals/" + std::to_string(id)).json()["events"];
  EXPECT_EQ(events.back()["action"], "deputy_request_answered");
}

TEST_F(AppealsApi, DashboardCountsDueSoonAndOverdueByHandler) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  File(citizen_, Appeal("Первое"));
  File(citizen_, Appeal("Второе"));
  app_.clock().Set(Utc("2026-12-07T06:00:00Z"));           // two working days before 9 Dec
  staff_ = Login("staff@example.kz", "staff-password-1");  // the old session expired meanwhile
  auto d = staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_));
  ASSERT_EQ(d.status, 200) << d.body;
  ASSERT_EQ(d.json()["items"].size(), 1u);
  EXPECT_EQ(d.json()["items"][0]["deputy_id"], deputy1_);
  EXPECT_EQ(d.json()["items"][0]["due_soon"], 2);
  app_.clock().Set(Utc("2026-12-10T06:00:00Z"));
  staff_ = Login("staff@example.kz", "staff-password-1");
  other_staff_ = Login("other@example.kz", "other-password-1");
  EXPECT_EQ(staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_))
                .json()["items"][0]["overdue"],
            2);
  EXPECT_EQ(
      other_staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_)).status,
      404);
}

TEST_F(AppealsApi, RemindersFireOnceEvenAcrossARestart) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  // Taken into work at once, so only the answer term is reminded of (the forwarding term's
  // reminders are appeal_deadlines_api_test.cpp's).
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  app_.RunJobs();
  size_t before = app_.mailer().Sent().size();
  app_.clock().Set(Utc("2026-12-07T06:00:00Z"));  // due soon
  app_.RunJobs();                                 // the reminder job queued at start-up runs now
  auto after_first = app_.mailer().Sent();
  ASSERT_EQ(after_first.size(), before + 1);
  EXPECT_EQ(after_first.back().to, "deputy1@example.kz");
  app_.Restart();  // a new process queues the recurring job again
  app_.clock().Advance(2 * 60 * 60 * 1000);
  app_.RunJobs();
  EXPECT_EQ(app_.mailer().Sent().size(), before + 1);  // not sent twice
  app_.clock().Set(Utc("2026-12-10T06:00:00Z"));       // overdue: staff are told, once
  app_.RunJobs();
  app_.Restart();
  app_.clock().Advance(2 * 60 * 60 * 1000);
  app_.RunJobs();
  auto all = app_.mailer().Sent();
  ASSERT_EQ(all.size(), before + 2);
  EXPECT_EQ(all.back().to, "staff@example.kz");
}

TEST_F(AppealsApi, ExportOpensInSpreadsheetsAndOnlyForStaff) {
  File(citizen_, Appeal("Яма на дороге"));
  File(citizen_, Appeal("Свет во дворе"));
  app_.RunJobs();
  std::string base = "/api/v1/appeals-export?maslikhat_id=" + std::to_string(city_);
  auto csv = staff_.Get(base + "&format=csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBFНомер талона,", 0), 0u);  // the staff member reads ru
  EXPECT_NE(csv.body.find("Свет во дворе"), std::string::npos);
  EXPECT_EQ(csv.body.find("citizen@example.kz"), std::string::npos);
  auto xlsx = staff_.Get(base + "&format=xlsx&q=" + "%D0%AF%D0%BC%D0%B0");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u);  // a zip container
  EXPECT_NE(xlsx.headers["content-type"].find("spreadsheetml"), std::string::npos);
  EXPECT_EQ(other_staff_.Get(base).status, 404);
  EXPECT_EQ(citizen_.Get(base).status, 404);
  EXPECT_EQ(staff_.Get(base + "&format=pdf").status, 422);
}

TEST_F(AppealsApi, PublicRegisterShowsOnlyConsentedAnsweredAppealsWithoutPersonalData) {
  json open = Appeal("Скамейки в парке");
  open["public_consent"] = true;
  int64_t pub = File(citizen_, open).json()["id"];
  int64_t priv = File(citizen_, Appeal("Личный вопрос")).json()["id"];
  for (int64_t id : {pub, priv}) {
    ASSERT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
    ASSERT_EQ(
        Act(staff_, id,
            {{"action", "answer"}, {"answer_text", "Установим весной."}, {"outcome", "satisfied"}})
            .status,
        200);
  }
  const std::string public_list = "/api/v1/public/appeals?okrug_id=" + std::to_string(okrug1_);
  // Nothing is public before the staff review it (docs/public-register.md).
  EXPECT_TRUE(app_.NewClient().Get(public_list).json()["items"].empty());
  const json queue =
      staff_.Get("/api/v1/maslikhats/" + std::to_string(city_) + "/register-entries").json();
  ASSERT_EQ(queue["items"].size(), 1u);
  ASSERT_EQ(
      staff_.Post("/api/v1/register-entries/" + std::to_string(pub) + "/approve", json::object())
          .status,
      200);
  auto r = app_.NewClient().Get(public_list);
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r.json()["items"].size(), 1u);
  EXPECT_EQ(r.json()["items"][0]["subject"], "Скамейки в парке");
  EXPECT_EQ(r.body.find("citizen@example.kz"), std::string::npos);
  EXPECT_EQ(r.body.find("Айгерім"), std::string::npos);
}

TEST_F(AppealsApi, StaffSearchFindsInflectedRussianAndKazakhWords) {
  json ru = Appeal("Разбитая дорога");
  ru["body"] = "Нет отопления в доме, дорога разбита.";
  int64_t a = File(citizen_, ru).json()["id"];
  json kk = Appeal("Жолдың жағдайы");
  kk["language"] = "kk";
  kk["body"] = "Көшедегі жолдар бұзылған.";
  int64_t b = File(citizen_, kk).json()["id"];
  File(citizen_, Appeal("Свет во дворе"));
  // Not searchable until the index job has run; it runs every second.
  auto unindexed = staff_.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city_) +
                              "&q=%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B0");
  EXPECT_EQ(unindexed.json()["items"].size(), 0u);
  app_.clock().Advance(1000);
  app_.RunJobs();
  auto search = [&](const std::string& q) {
    std::string enc;
    for (unsigned char c : q) {
      char buf[4];
      snprintf(buf, sizeof buf, "%%%02X", c);
      enc += buf;
    }
    auto r = staff_.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city_) + "&q=" + enc);
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<int64_t> ids;
    const json body = r.json();
    for (const auto& item : body["items"]) ids.push_back(item["id"]);
    return ids;
  };
  EXPECT_EQ(search("дороги"), std::vector<int64_t>{a});
  EXPECT_EQ(search("ОТОПЛЕНИЕМ"), std::vector<int64_t>{a});
  EXPECT_EQ(search("жолдарды"), std::vector<int64_t>{b});
  EXPECT_EQ(search("дорога отопление"), std::vector<int64_t>{a});
  EXPECT_TRUE(search("дорога свет").empty());
  auto number = File(citizen_, Appeal("Номер")).json()["number"].get<std::string>();
  EXPECT_EQ(search(number).size(), 1u);
}

TEST_F(AppealsApi, CategoriesAndAnswerTemplates) {
  auto cats = app_.NewClient().Get("/api/v1/appeal-categories");
  ASSERT_EQ(cats.status, 200);
  EXPECT_EQ(cats.json()["items"][1]["key"], "roads");
  int64_t id = File(citizen_, Appeal()).json()["id"];
  std::string path = "/api/v1/appeals/" + std::to_string(id);
  EXPECT_EQ(staff_.Patch(path, {{"category", "weather"}}).field("category"), "invalid");
  EXPECT_EQ(dep1_.Patch(path, {{"category", "roads"}}).status, 404);
  auto set = staff_.Patch(path, {{"category", "roads"}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["category"], "roads");
  EXPECT_EQ(staff_.Get("/api/v1/appeals?maslikhat_id=" + std::to_string(city_) + "&category=roads")
                .json()["items"]
                .size(),
            1u);
  auto bad = admin_.Send(
      "PUT", "/api/v1/appeal-categories",
      json{{"items", {{{"key", "Roads!"}, {"name_kk", "a"}, {"name_ru", "b"}, {"name_en", "c"}}}}}
          .dump(),
      {{"Content-Type", "application/json"}});
  EXPECT_EQ(bad.field("categories.0.key"), "invalid");
  EXPECT_EQ(staff_
                .Send("PUT", "/api/v1/appeal-categories", json{{"items", json::array()}}.dump(),
                      {{"Content-Type", "application/json"}})
                .status,
            403);

  std::string tpath = "/api/v1/maslikhats/" + std::to_string(city_) + "/answer-templates";
  auto t = staff_.Post(
      tpath,
      {{"language", "ru"}, {"title", "Ремонт дорог"}, {"body", "Ваше обращение рассмотрено..."}});
  ASSERT_EQ(t.status, 201) << t.body;
  EXPECT_EQ(dep1_.Get(tpath).json()["items"].size(), 1u);  // the maslikhat's deputies use them
  EXPECT_EQ(other_staff_.Get(tpath).status, 404);
  EXPECT_EQ(other_staff_.Post(tpath, {{"language", "ru"}, {"title", "x"}, {"body", "y"}}).status,
            404);
  // Edited in place: same id, new text; others' staff and bad input change nothing.
  const std::string one = tpath + "/" + std::to_string(t.json()["id"].get<int64_t>());
  auto put = [&](Client& c, const std::string& path, const json& body) {
    return c.Send("PUT", path, body.dump(), {{"Content-Type", "application/json"}});
  };
  auto edited = put(staff_, one,
                    {{"language", "kk"}, {"title", "Жол жөндеу"}, {"body", "Өтінішіңіз қаралды."}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["id"], t.json()["id"]);
  EXPECT_EQ(edited.json()["title"], "Жол жөндеу");
  EXPECT_EQ(put(other_staff_, one, {{"language", "ru"}, {"title", "x"}, {"body", "y"}}).status,
            404);
  EXPECT_EQ(put(staff_, one, {{"language", "de"}, {"title", "x"}, {"body", "y"}}).field("language"),
            "invalid");
  EXPECT_EQ(
      put(staff_, tpath + "/999999", {{"language", "ru"}, {"title", "x"}, {"body", "y"}}).status,
      404);
  json listed = staff_.Get(tpath).json();
  ASSERT_EQ(listed["items"].size(), 1u);
  EXPECT_EQ(listed["items"][0]["body"], "Өтінішіңіз қаралды.");
  EXPECT_EQ(staff_.Delete(one).status, 204);
  EXPECT_EQ(staff_.Get(tpath).json()["items"].size(), 0u);
}

TEST_F(AppealsApi, AttachmentsAreCheckedStoredAndServedOnlyToThoseAllowed) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  std::string path = "/api/v1/appeals/" + std::to_string(id) + "/attachments";
  std::string pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  auto up = citizen_.Send("POST", path + "?name=" + "%D1%84%D0%BE%D1%82%D0%BE.pdf", pdf,
                          {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.json()["original_name"], "фото.pdf");
  EXPECT_EQ(up.json()["mime"], "application/pdf");
  auto exe = citizen_.Send("POST", path + "?name=virus.pdf", "MZ\x90\x00 not a pdf",
                           {{"Content-Type", "application/pdf"}});
  EXPECT_EQ(exe.status, 422);
  EXPECT_EQ(exe.field("file"), "unsupported_type");
  EXPECT_EQ(citizen_.Send("POST", path + "?kind=answer", pdf, {{"Content-Type", "application/pdf"}})
                .status,
            403);
  EXPECT_EQ(stranger_.Send("POST", path, pdf, {{"Content-Type", "application/pdf"}}).status, 404);
  std::string url = up.json()["url"];
  auto got = staff_.Get(url);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.body, pdf);
  EXPECT_NE(got.headers["content-disposition"].find("attachment"), std::string::npos);
  EXPECT_EQ(stranger_.Get(url).status, 404);
  EXPECT_EQ(other_staff_.Get(url).status, 404);
  EXPECT_EQ(dep1_.Get(path).json()["items"].size(), 1u);
  auto answer_file = dep1_.Send("POST", path + "?kind=answer&name=answer.pdf", pdf,
                                {{"Content-Type", "application/pdf"}});
  EXPECT_EQ(answer_file.status, 201);
  EXPECT_EQ(citizen_.Get(path).json()["items"].size(), 2u);
}

TEST_F(AppealsApi, TheApplicantIsAskedAgainWhetherTheProblemWasSolved) {
  int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  ASSERT_EQ(
      Act(dep1_, id, {{"action", "answer"}, {"answer_text", "Сделано."}, {"outcome", "satisfied"}})
          .status,
      200);
  app_.RunJobs();
  auto count_asks = [&] {
    int n = 0;
    for (const auto& m : app_.mailer().Sent())
      n += m.subject.find("Проблема решена?") != std::string::npos;
    return n;
  };
  EXPECT_EQ(count_asks(), 0);
  app_.clock().Advance(int64_t{app_.config().appeals.feedback_ask_days} * 24 * 3600 * 1000 + 1000);
  app_.RunJobs();
  EXPECT_EQ(count_asks(), 1);
  // Not asked again when the person already answered.
  int64_t id2 = File(Login("citizen@example.kz", "correct-horse-1"), Appeal("Второе")).json()["id"];
  Client staff = Login("staff@example.kz", "staff-password-1");
  ASSERT_EQ(Act(staff, id2, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
  ASSERT_EQ(
      Act(staff, id2, {{"action", "answer"}, {"answer_text", "Да."}, {"outcome", "explained"}})
          .status,
      200);
  Client citizen = Login("citizen@example.kz", "correct-horse-1");
  ASSERT_EQ(citizen.Post("/api/v1/appeals/" + std::to_string(id2) + "/feedback", {{"solved", true}})
                .status,
            200);
  app_.clock().Advance(int64_t{app_.config().appeals.feedback_ask_days} * 24 * 3600 * 1000 + 1000);
  app_.RunJobs();
  EXPECT_EQ(count_asks(), 1);
}

// Lists are kept between commits (ADR 0012): the same page asked again after a filing and after
// a staff action must show both at once, with no clock moving in between.
TEST_F(AppealsApi, AListShowsEveryChangeAtOnce) {
  const std::string url = "/api/v1/appeals?maslikhat_id=" + std::to_string(city_) + "&limit=100";
  auto ids = [&](const std::string& u) {
    std::vector<std::pair<int64_t, std::string>> out;
    const json body = staff_.Get(u).json();
    for (const auto& item : body["items"]) out.emplace_back(item["id"], item["status"]);
    return out;
  };
  const auto before = ids(url);
  EXPECT_EQ(ids(url), before) << "the same page twice";
  int64_t id = File(citizen_, Appeal("Новая яма")).json()["id"];
  auto after_filing = ids(url);
  ASSERT_EQ(after_filing.size(), before.size() + 1);
  EXPECT_EQ(after_filing.back(), std::make_pair(id, std::string("registered")));
  auto assigned = Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}});
  ASSERT_EQ(assigned.status, 200) << assigned.body;
  EXPECT_EQ(ids(url).back().second, "assigned");
}

// Views are kept between commits too (ADR 0025): each change shows at the next view, and one
// reader's kept view is never another's.
TEST_F(AppealsApi, AViewShowsEveryChangeAtOnce) {
  int64_t id = File(citizen_, Appeal("Яма у школы")).json()["id"];
  const std::string url = "/api/v1/appeals/" + std::to_string(id);
  const json first = staff_.Get(url).json();
  EXPECT_EQ(staff_.Get(url).json(), first) << "the same view twice";
  EXPECT_EQ(first["status"], "registered");
  ASSERT_EQ(staff_.Patch(url, json{{"category", "roads"}}).status, 200);
  EXPECT_EQ(staff_.Get(url).json()["category"], "roads");
  ASSERT_EQ(Act(staff_, id, {{"action", "assign"}, {"deputy_id", deputy1_}}).status, 200);
  const json assigned = staff_.Get(url).json();
  EXPECT_EQ(assigned["status"], "assigned");
  EXPECT_GT(assigned["events"].size(), first["events"].size());
  // The applicant's own view is theirs; another maslikhat's staff and a stranger find nothing.
  auto own = citizen_.Get(url);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.json()["status"], "assigned");
  EXPECT_EQ(other_staff_.Get(url).status, 404);
  EXPECT_EQ(stranger_.Get(url).status, 404);
}

TEST_F(AppealsApi, OverdueFilterReadsTheServersClock) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  int64_t id = File(citizen_, Appeal()).json()["id"];
  const std::string url = "/api/v1/appeals?overdue=true&maslikhat_id=" + std::to_string(city_);
  EXPECT_EQ(staff_.Get(url).json()["items"].size(), 0u);
  // Two months later by the server's clock (not the machine's): the appeal is overdue.
  app_.clock().Set(Utc("2027-01-20T06:00:00Z"));
  staff_ = Login("staff@example.kz", "staff-password-1");  // the old session has expired
  auto items = staff_.Get(url).json()["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["id"], id);
}

}  // namespace
}  // namespace kenes::testing

namespace kenes::testing {
namespace {

class CollectiveAppeals : public AppealsFixture {};

TEST_F(CollectiveAppeals, CosignersAreCheckedOneByOneAndComeBackAsSent) {
  json body = Appeal("Детская площадка");
  body["collective"] = true;
  body["cosigners"] = json::array();
  auto empty = File(citizen_, body);
  ASSERT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(empty.json()["error"]["fields"]["cosigners"], "required");

  body["cosigners"] = {{{"name", "Ахметова Сауле"}, {"address", "ул. Абая, 12"}},
                       {{"address", "ул. Абая, 14"}},
                       {{"name", "Ли Виктор"}, {"phone", "+7 701"}}};
  auto bad = File(citizen_, body);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.json()["error"]["fields"]["cosigners.1.name"], "required");
  EXPECT_EQ(bad.json()["error"]["fields"]["cosigners.2.phone"], "unknown_field");
  EXPECT_EQ(bad.json()["error"]["fields"].count("cosigners.0.name"), 0u);

  body["cosigners"] = {{{"name", "Ахметова Сауле"}, {"address", "ул. Абая, 12"}},
                       {{"name", " Ли Виктор "}}};
  auto ok = File(citizen_, body);
  ASSERT_EQ(ok.status, 201) << ok.body;
  auto got = citizen_.Get("/api/v1/appeals/" + std::to_string(ok.json()["id"].get<int64_t>()));
  EXPECT_EQ(got.json()["cosigners"],
            (json{{{"name", "Ахметова Сауле"}, {"address", "ул. Абая, 12"}},
                  {{"name", "Ли Виктор"}, {"address", ""}}}));

  json many = json::array();
  for (int i = 0; i < 501; ++i) many.push_back({{"name", "Житель " + std::to_string(i)}});
  body["cosigners"] = many;
  auto too_many = File(citizen_, body);
  ASSERT_EQ(too_many.status, 422);
  EXPECT_EQ(too_many.json()["error"]["fields"]["cosigners"], "too_many");
}

}  // namespace
}  // namespace kenes::testing
