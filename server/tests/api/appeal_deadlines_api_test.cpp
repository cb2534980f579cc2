// The forwarding term beside the answer term (dashboard, lists, reminders), "due soon" counted in
// working days by the server, and leaving an appeal without consideration on a legal ground with
// the applicant told why (docs/appeals-deadlines.md, docs/appeals.md).
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

class AppealDeadlinesApi : public AppealsFixture {
 protected:
  // Sessions expire as the fake clock moves on: the actors sign in again at the new time.
  void Relogin() {
    citizen_ = Login("citizen@example.kz", "correct-horse-1");
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    staff_ = Login("staff@example.kz", "staff-password-1");
  }
};

std::string AppealPath(int64_t id) { return "/api/v1/appeals/" + std::to_string(id); }

// A date written the ISO way ("2026-12-09"), which no document for a person may carry. (Talon
// numbers, "1-2026-00001", are not dates.)
bool HasIsoDate(const std::string& text) {
  static const std::regex kIso("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  return std::regex_search(text, kIso);
}

std::string PdfText(const std::string& pdf) {  // pdftotext, lines as they wrap
  return Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf);
}

// Registered Wed 2026-11-25: forwarding due Mon 2026-11-30, the answer due Thu 2026-12-17 (the
// shipped 2026 calendar has Wed 16 Dec off).
TEST_F(AppealDeadlinesApi, TheForwardingTermIsDueSoonAcrossTheWeekendAndOverdueAfter) {
  app_.clock().Set(Utc("2026-11-25T06:00:00Z"));
  Relogin();
  const int64_t waiting = File(citizen_, Appeal("Ждёт решения")).json()["id"];
  const int64_t taken = File(citizen_, Appeal("Взято в работу")).json()["id"];
  ASSERT_EQ(Act(dep1_, taken, {{"action", "start"}}).status, 200);
  const json filed = staff_.Get(AppealPath(waiting)).json();
  ASSERT_EQ(filed["forward_due_on"], "2026-11-30");
  ASSERT_EQ(filed["due_on"], "2026-12-17");
  const std::string dashboard = "/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_);
  const std::string list = "/api/v1/appeals?maslikhat_id=" + std::to_string(city_);

  auto at = [&](const char* utc) {
    app_.clock().Set(Utc(utc));
    staff_ = Login("staff@example.kz", "staff-password-1");
  };
  auto row = [&] { return staff_.Get(dashboard).json()["items"][0]; };
  at("2026-11-26T06:00:00Z");  // Thu: the next working day is Fri 27, before Mon 30
  EXPECT_EQ(row()["forward_due_soon"], 0);
  EXPECT_FALSE(staff_.Get(AppealPath(waiting)).json()["forward_due_soon"].get<bool>());
  at("2026-11-27T06:00:00Z");  // Fri: the next working day is Mon 30, across the weekend
  EXPECT_EQ(row()["forward_due_soon"], 1);
  EXPECT_EQ(row()["forward_overdue"], 0);
  const json items = staff_.Get(list).json()["items"];
  for (const auto& item : items) {
    EXPECT_EQ(item["forward_due_soon"].get<bool>(), item["id"] == waiting) << item;
  }
  app_.RunJobs();  // the handler is reminded of the forwarding term, once
  auto sent = app_.mailer().Sent();
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent.back().to, "deputy1@example.kz");
  EXPECT_NE(sent.back().body.find("Срок перенаправления: 30.11.2026"), std::string::npos)
      << sent.back().body;
  EXPECT_EQ(sent.back().body.find("2026-11-30"), std::string::npos);

  at("2026-12-01T06:00:00Z");  // Tue: the forwarding term has passed
  EXPECT_EQ(row()["forward_overdue"], 1);
  EXPECT_EQ(row()["overdue"], 0);  // the answer term is another matter
  json v = staff_.Get(AppealPath(waiting)).json();
  EXPECT_TRUE(v["forward_overdue"].get<bool>());
  EXPECT_FALSE(v["overdue"].get<bool>());
  EXPECT_FALSE(staff_.Get(AppealPath(taken)).json()["forward_overdue"].get<bool>());
  const size_t before = app_.mailer().Sent().size();
  app_.RunJobs();
  sent = app_.mailer().Sent();
  ASSERT_EQ(sent.size(), before + 1);
  EXPECT_EQ(sent.back().to, "staff@example.kz");
  EXPECT_NE(sent.back().subject.find("срок истёк"), std::string::npos);
  auto overdue = staff_.Get(list + "&overdue=true").json()["items"];
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0]["id"], waiting);
}

// The answer term's "due soon" is three working days: on Fri 11 Dec a term ending Thu 17 Dec is
// due soon (Mon 14, Tue 15, the 16th off, Thu 17), though six calendar days remain.
TEST_F(AppealDeadlinesApi, DueSoonCountsWorkingDaysAcrossAWeekendAndAHoliday) {
  app_.clock().Set(Utc("2026-11-25T06:00:00Z"));
  Relogin();
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  app_.clock().Set(Utc("2026-12-10T06:00:00Z"));  // Thu: Fri 11, Mon 14, Tue 15
  staff_ = Login("staff@example.kz", "staff-password-1");
  EXPECT_FALSE(staff_.Get(AppealPath(id)).json()["due_soon"].get<bool>());
  app_.clock().Set(Utc("2026-12-11T06:00:00Z"));
  staff_ = Login("staff@example.kz", "staff-password-1");
  json v = staff_.Get(AppealPath(id)).json();
  EXPECT_TRUE(v["due_soon"].get<bool>());
  EXPECT_FALSE(v["forward_due_soon"].get<bool>());  // in consideration: no forwarding term
  auto d = staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_));
  EXPECT_EQ(d.json()["items"][0]["due_soon"], 1);
  EXPECT_EQ(d.json()["items"][0]["forward_due_soon"], 0);
  app_.clock().Set(Utc("2026-12-18T06:00:00Z"));
  staff_ = Login("staff@example.kz", "staff-password-1");
  v = staff_.Get(AppealPath(id)).json();
  EXPECT_TRUE(v["overdue"].get<bool>());
  EXPECT_FALSE(v["due_soon"].get<bool>());
}

// An anonymous report of a crime or a threat: forwarded the day it is registered, in its own
// queue, overdue from the next day (Thu 26 Nov registered -> overdue on Fri 27 Nov).
TEST_F(AppealDeadlinesApi, AnUrgentReportIsDueTheSameDayAndOverdueTheNext) {
  app_.clock().Set(Utc("2026-11-26T05:00:00Z"));  // Thu 10:00 local
  Relogin();
  json report = Appeal("Угроза обрушения");
  report["channel"] = "phone";
  report["anonymous"] = true;
  report["urgent_redirect"] = true;
  report["addressee"] = "maslikhat";
  report["maslikhat_id"] = city_;
  auto r = File(staff_, report);
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t urgent = r.json()["id"];
  EXPECT_EQ(r.json()["forward_due_on"], "2026-11-26");
  EXPECT_EQ(r.json()["status"], "registered");
  File(citizen_, Appeal("Обычное"));
  const std::string queue = "/api/v1/appeals?maslikhat_id=" + std::to_string(city_);
  auto items = staff_.Get(queue + "&urgent=true").json()["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["id"], urgent);
  EXPECT_TRUE(items[0]["forward_due_soon"].get<bool>());
  EXPECT_EQ(staff_.Get(queue).json()["items"].size(), 2u);
  EXPECT_EQ(staff_.Get(queue + "&urgent=maybe").status, 422);

  app_.clock().Set(Utc("2026-11-27T05:00:00Z"));  // Fri: the next working day
  Relogin();
  json v = staff_.Get(AppealPath(urgent)).json();
  EXPECT_TRUE(v["forward_overdue"].get<bool>());
  auto overdue = staff_.Get(queue + "&overdue=true").json()["items"];
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0]["id"], urgent);
  // Forwarded: out of the urgent queue, nothing overdue.
  ASSERT_EQ(
      Act(staff_, urgent, {{"action", "forward"}, {"forward_to", "Департамент полиции"}}).status,
      200);
  EXPECT_TRUE(staff_.Get(queue + "&urgent=true").json()["items"].empty());
  EXPECT_TRUE(staff_.Get(queue + "&overdue=true").json()["items"].empty());
}

TEST_F(AppealDeadlinesApi, LeavingNeedsAGroundAndTellsTheApplicantWhy) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  auto none = Act(staff_, id, {{"action", "leave"}, {"reason", "Нет сути"}});
  ASSERT_EQ(none.status, 422) << none.body;
  EXPECT_EQ(none.field("ground"), "required");
  auto unknown = Act(staff_, id, {{"action", "leave"}, {"reason", "x"}, {"ground", "because"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.field("ground"), "invalid");
  EXPECT_EQ(Act(staff_, id, {{"action", "leave"}, {"ground", "repeated"}}).field("reason"),
            "required");
  EXPECT_EQ(staff_.Get(AppealPath(id)).json()["status"], "registered");

  auto left = Act(staff_, id,
                  {{"action", "leave"},
                   {"ground", "repeated"},
                   {"reason", "Ответ на тот же вопрос дан 02.11.2026."}});
  ASSERT_EQ(left.status, 200) << left.body;
  EXPECT_EQ(left.json()["status"], "not_considered");
  const json events = left.json()["events"];
  EXPECT_EQ(events.back()["action"], "leave");
  EXPECT_EQ(events.back()["details"]["ground"], "repeated");
  // The applicant sees the ground in the history too.
  const json mine = citizen_.Get(AppealPath(id)).json()["events"];
  EXPECT_EQ(mine.back()["details"]["ground"], "repeated");

  app_.RunJobs();
  auto sent = app_.mailer().Sent();
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent.back().to, "citizen@example.kz");
  EXPECT_NE(sent.back().subject.find("оставлено без рассмотрения"), std::string::npos);
  EXPECT_NE(sent.back().body.find("Основание: повторное обращение не содержит новых доводов"),
            std::string::npos)
      << sent.back().body;
  EXPECT_NE(sent.back().body.find("Пояснение: Ответ на тот же вопрос дан 02.11.2026."),
            std::string::npos);
  const json inbox = citizen_.Get("/api/v1/me/notifications").json()["items"];
  ASSERT_FALSE(inbox.empty());
  EXPECT_EQ(inbox[0]["kind"], "left");
  EXPECT_EQ(inbox[0]["detail"], "repeated");
}

TEST_F(AppealDeadlinesApi, TheLeaveNoticeSpeaksTheAppealsLanguage) {
  json kk = Appeal("Жол");
  kk["language"] = "kk";
  const int64_t id = File(citizen_, kk).json()["id"];
  ASSERT_EQ(
      Act(staff_, id, {{"action", "leave"}, {"ground", "no_essence"}, {"reason", "Мәні жоқ."}})
          .status,
      200);
  app_.RunJobs();
  const auto sent = app_.mailer().Sent();
  ASSERT_FALSE(sent.empty());
  EXPECT_NE(sent.back().body.find("Негізі: өтініште мәселенің мәні жоқ"), std::string::npos)
      << sent.back().body;
}

// No account, no e-mail: every notice (registration, forwarding, leaving) is a staff task, in the
// appeal's language, with local dates — a letter when there is an address, a call when only a
// phone.
TEST_F(AppealDeadlinesApi, APaperApplicantsNoticesBecomeLettersAndCalls) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  json paper = Appeal("Письмо без почты");
  paper["channel"] = "paper";
  paper["applicant_name"] = "Иванова Ольга";
  paper["applicant_address"] = "Кокшетау, ул. Абая, 1";
  const auto filed = File(staff_, paper);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const int64_t id = filed.json()["id"];
  json phone = Appeal("Звонок");
  phone["channel"] = "phone";
  phone["applicant_name"] = "Ахметов Ерлан";
  phone["applicant_phone"] = "+77051112233";
  const int64_t called = File(staff_, phone).json()["id"];
  ASSERT_EQ(Act(staff_, id, {{"action", "forward"}, {"forward_to", "Акимат города"}}).status, 200);
  ASSERT_EQ(
      Act(staff_, called, {{"action", "leave"}, {"ground", "no_essence"}, {"reason", "Нет сути."}})
          .status,
      200);
  const std::string list = "/api/v1/maslikhats/" + std::to_string(city_) + "/staff-tasks";
  const json items = staff_.Get(list).json()["items"];
  std::vector<json> letters, calls;
  for (const auto& t : items) (t["kind"] == "letter" ? letters : calls).push_back(t);
  ASSERT_EQ(letters.size(), 2u);  // registered, forwarded
  ASSERT_EQ(calls.size(), 2u);    // registered, left
  EXPECT_EQ(letters[0]["subject_id"], id);
  EXPECT_EQ(letters[0]["person_name"], "Иванова Ольга");
  EXPECT_EQ(letters[0]["address"], "Кокшетау, ул. Абая, 1");
  EXPECT_NE(letters[0]["message"].get<std::string>().find("зарегистрировано"), std::string::npos);
  EXPECT_NE(letters[0]["message"].get<std::string>().find("Срок ответа: 09.12.2026"),
            std::string::npos)
      << letters[0]["message"];
  EXPECT_NE(letters[1]["message"].get<std::string>().find("Акимат города"), std::string::npos);
  EXPECT_NE(
      calls[1]["message"].get<std::string>().find("Основание: обращение не содержит сути вопроса"),
      std::string::npos)
      << calls[1]["message"];
  for (const auto& t : items) {
    EXPECT_FALSE(HasIsoDate(t["message"].get<std::string>())) << t["message"];
  }
  app_.RunJobs();  // and no e-mail went anywhere for them
  for (const auto& m : app_.mailer().Sent()) {
    EXPECT_EQ(m.body.find("Письмо без почты"), std::string::npos) << m.to;
  }
}

// The letter of a paper applicant's notice, printed by the maslikhat's staff: in the appeal's
// language, the date in words, the person's name and address, the notice, the official.
TEST_F(AppealDeadlinesApi, TheLetterPdfNamesThePersonInLocalDatesForTheMaslikhatsStaffOnly) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  json paper = Appeal("Жол");
  paper["language"] = "kk";
  paper["channel"] = "paper";
  paper["applicant_name"] = "Иванова Ольга";
  paper["applicant_address"] = "Көкшетау, Абай көшесі, 1";
  ASSERT_EQ(File(staff_, paper).status, 201);
  const json items =
      staff_.Get("/api/v1/maslikhats/" + std::to_string(city_) + "/staff-tasks").json()["items"];
  ASSERT_EQ(items.size(), 1u);
  const std::string path =
      "/api/v1/staff-tasks/" + std::to_string(items[0]["id"].get<int64_t>()) + "/letter.pdf";
  auto pdf = staff_.Get(path);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  const std::string text = PdfText(pdf.body);
  for (const char* expected : {"Қалалық", "18 қараша 2026 ж.", "Кімге: Иванова Ольга",
                               "Мекенжайы: Көкшетау, Абай көшесі, 1", "Сіздің өтінішіңіз тіркелді.",
                               "Жауап беру мерзімі: 09.12.2026", "Орындаған: "}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
  }
  EXPECT_FALSE(HasIsoDate(text)) << text;
  // Another maslikhat's staff, a deputy, a citizen: as if there were no such task.
  EXPECT_EQ(other_staff_.Get(path).status, 404);
  EXPECT_EQ(dep1_.Get(path).status, 404);
  EXPECT_EQ(citizen_.Get(path).status, 404);
  EXPECT_EQ(app_.NewClient().Get(path).status, 401);
  EXPECT_EQ(staff_.Get("/api/v1/staff-tasks/987654321/letter.pdf").status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/staff-tasks/abc/letter.pdf").status, 404);
  // A flood of prints: each answered (or refused as busy), and the server still answers after.
  int served = 0;
  for (int i = 0; i < 30; ++i) {
    const auto status = staff_.Get(path).status;
    EXPECT_TRUE(status == 200 || status == 429) << status;
    served += status == 200 ? 1 : 0;
  }
  EXPECT_GT(served, 0);
  EXPECT_EQ(staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_)).status,
            200);
}

TEST_F(AppealDeadlinesApi, HostileLeaveRequestsChangeNothing) {
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  std::string deep;
  for (int i = 0; i < 2000; ++i) deep += "{\"a\":";
  auto r = staff_.Send("POST", AppealPath(id) + "/actions", deep,
                       {{"Content-Type", "application/json"}});
  EXPECT_GE(r.status, 400);
  EXPECT_LT(r.status, 500);
  auto huge = Act(staff_, id,
                  {{"action", "leave"}, {"ground", "other"}, {"reason", std::string(100000, 'x')}});
  EXPECT_EQ(huge.status, 422);
  EXPECT_EQ(huge.field("reason"), "too_long");
  EXPECT_EQ(Act(staff_, id, {{"action", "leave"}, {"ground", 7}, {"reason", "x"}}).status, 422);
  EXPECT_EQ(Act(staff_, id, {{"action", "leave"}, {"ground", {{"a", 1}}}, {"reason", "x"}}).status,
            422);
  EXPECT_EQ(
      Act(other_staff_, id, {{"action", "leave"}, {"ground", "other"}, {"reason", "x"}}).status,
      404);
  for (int i = 0; i < 50; ++i) Act(staff_, id, {{"action", "leave"}, {"reason", "x"}});
  EXPECT_EQ(staff_.Get(AppealPath(id)).json()["status"], "registered");
  EXPECT_EQ(staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_)).status,
            200);
}

}  // namespace
}  // namespace kenes::testing
