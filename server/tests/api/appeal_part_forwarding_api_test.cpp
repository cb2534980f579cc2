// Forwarding a part of an appeal (docs/appeals.md "Partial forwarding"): the part goes to the
// competent body within the forwarding term, the applicant is told which body (e-mail in the
// appeal's language and in the account; a paper applicant through a staff letter), the rest keeps
// its status and answer term, the forwarding-term flags still work, and the history shows it.
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class PartForwardingApi : public AppealsFixture {
 protected:
  void Relogin() {
    citizen_ = Login("citizen@example.kz", "correct-horse-1");
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    staff_ = Login("staff@example.kz", "staff-password-1");
  }
  static json Part(const std::string& body = "Акимат города Кокшетау") {
    return {{"action", "forward_part"},
            {"forward_to", body},
            {"part", "Вопрос о ремонте дороги республиканского значения"},
            {"reason", "Дорога в ведении акимата, не маслихата."}};
  }
};

std::string AppealPath(int64_t id) { return "/api/v1/appeals/" + std::to_string(id); }

// Registered Wed 2026-11-25: forwarding due Mon 2026-11-30, the answer due Thu 2026-12-17.
TEST_F(PartForwardingApi, APartGoesElsewhereAndTheRestKeepsItsStatusAndTerm) {
  app_.clock().Set(Utc("2026-11-25T06:00:00Z"));
  Relogin();
  auto filed = File(citizen_, Appeal("Дорога и двор"));
  ASSERT_EQ(filed.status, 201) << filed.body;
  const int64_t id = filed.json()["id"];
  app_.RunJobs();
  const size_t mails_before = app_.mailer().Sent().size();

  app_.clock().Set(Utc("2026-11-26T06:00:00Z"));  // Thu, within the term
  Relogin();
  auto done = Act(staff_, id, Part());
  ASSERT_EQ(done.status, 200) << done.body;
  const json v = done.json();
  EXPECT_EQ(v["status"], "registered");  // the rest stays with us, as it was
  EXPECT_EQ(v["due_on"], "2026-12-17");
  EXPECT_EQ(v["forward_due_on"], "2026-11-30");
  ASSERT_EQ(v["part_forwardings"].size(), 1u);
  const json p = v["part_forwardings"][0];
  EXPECT_EQ(p["forward_to"], "Акимат города Кокшетау");
  EXPECT_EQ(p["forwarded_on"], "2026-11-26");
  EXPECT_EQ(p["forward_due_on"], "2026-11-30");
  EXPECT_FALSE(p["late"].get<bool>());
  EXPECT_EQ(p["notice"]["channel"], "account");
  // The history records it with the body and the part.
  const json last = v["events"].back();
  EXPECT_EQ(last["action"], "forward_part");
  EXPECT_EQ(last["from_status"], "registered");
  EXPECT_EQ(last["to_status"], "registered");
  EXPECT_EQ(last["details"]["forward_to"], "Акимат города Кокшетау");
  EXPECT_EQ(last["reason"], "Дорога в ведении акимата, не маслихата.");

  // The applicant: in the account, and by e-mail in the appeal's language naming the body.
  const json mine = citizen_.Get(AppealPath(id)).json();
  ASSERT_EQ(mine["part_forwardings"].size(), 1u);
  EXPECT_FALSE(mine["part_forwardings"][0].contains("notice"));  // staff's
  auto inbox = citizen_.Get("/api/v1/me/notifications").json()["items"];
  ASSERT_FALSE(inbox.empty());
  EXPECT_EQ(inbox[0]["kind"], "forwarded_part");
  EXPECT_EQ(inbox[0]["appeal_id"], id);
  app_.RunJobs();
  const auto sent = app_.mailer().Sent();
  ASSERT_EQ(sent.size(), mails_before + 1);
  EXPECT_EQ(sent.back().to, "citizen@example.kz");
  EXPECT_NE(sent.back().subject.find("часть направлена"), std::string::npos) << sent.back().subject;
  EXPECT_NE(sent.back().body.find("Куда направлено: Акимат города Кокшетау"), std::string::npos);
  EXPECT_NE(sent.back().body.find("срок ответа: 17.12.2026"), std::string::npos)
      << sent.back().body;
  EXPECT_EQ(sent.back().body.find("2026-12-17"), std::string::npos);

  // The rest still awaits a decision: the forwarding term's flags and filter go on working.
  app_.clock().Set(Utc("2026-12-01T06:00:00Z"));  // Tue: past Mon 30
  Relogin();
  const json later = staff_.Get(AppealPath(id)).json();
  EXPECT_TRUE(later["forward_overdue"].get<bool>());
  const auto overdue =
      staff_.Get("/api/v1/appeals?overdue=true&maslikhat_id=" + std::to_string(city_))
          .json()["items"];
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0]["id"], id);
  const json row = staff_.Get("/api/v1/appeals-dashboard?maslikhat_id=" + std::to_string(city_))
                       .json()["items"][0];
  EXPECT_EQ(row["forward_overdue"], 1);
  // Taken into work, it is no longer awaiting forwarding; the answer term is unchanged.
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  EXPECT_FALSE(staff_.Get(AppealPath(id)).json()["forward_overdue"].get<bool>());
  EXPECT_EQ(staff_.Get(AppealPath(id)).json()["due_on"], "2026-12-17");
}

TEST_F(PartForwardingApi, ALateForwardingShowsAsLateAndAnInConsiderationAppealStaysSo) {
  app_.clock().Set(Utc("2026-11-25T06:00:00Z"));
  Relogin();
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  ASSERT_EQ(Act(dep1_, id, {{"action", "start"}}).status, 200);
  app_.clock().Set(Utc("2026-12-02T06:00:00Z"));  // Wed: after Mon 30
  Relogin();
  auto done = Act(staff_, id, Part());
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["status"], "in_consideration");
  EXPECT_TRUE(done.json()["part_forwardings"][0]["late"].get<bool>());
  EXPECT_TRUE(done.json()["events"].back()["details"]["late"].get<bool>());
  // Twice is fine: two parts, two bodies.
  ASSERT_EQ(Act(staff_, id, Part("Департамент полиции")).status, 200);
  EXPECT_EQ(staff_.Get(AppealPath(id)).json()["part_forwardings"].size(), 2u);
}

TEST_F(PartForwardingApi, APaperApplicantIsToldByALetterNamingTheBody) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  json paper = Appeal("Письмо без почты");
  paper["channel"] = "paper";
  paper["language"] = "kk";
  paper["applicant_name"] = "Иванова Ольга";
  paper["applicant_address"] = "Кокшетау, ул. Абая, 1";
  const auto filed = File(staff_, paper);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const int64_t id = filed.json()["id"];
  auto done = Act(staff_, id, Part());
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["part_forwardings"][0]["notice"]["channel"], "letter");
  const int64_t task = done.json()["part_forwardings"][0]["notice"]["task_id"];
  const json items =
      staff_.Get("/api/v1/maslikhats/" + std::to_string(city_) + "/staff-tasks").json()["items"];
  bool found = false;
  for (const auto& t : items) {
    if (t["id"] != task) continue;
    found = true;
    const std::string message = t["message"];
    EXPECT_NE(message.find("бір бөлігі құзыретті органға жіберілді"), std::string::npos) << message;
    EXPECT_NE(message.find("Жіберілген орган: Акимат города Кокшетау"), std::string::npos);
    // Dates in words of the reader's language, never ISO (the talon number has "-2026-" in it).
    EXPECT_FALSE(std::regex_search(message, std::regex(R"(\d{4}-\d{2}-\d{2})"))) << message;
    EXPECT_NE(message.find(".2026"), std::string::npos) << message;
  }
  EXPECT_TRUE(found);
}

TEST_F(PartForwardingApi, BadInputIsRefusedInWordsAndOnlyStaffOfTheMaslikhatMayDoIt) {
  const int64_t id = File(citizen_, Appeal()).json()["id"];
  auto empty = Act(staff_, id, {{"action", "forward_part"}});
  ASSERT_EQ(empty.status, 422);
  EXPECT_EQ(empty.field("forward_to"), "required");
  EXPECT_EQ(empty.field("part"), "required");
  EXPECT_EQ(empty.field("reason"), "required");
  json blank = Part();
  blank["part"] = "   ";
  EXPECT_EQ(Act(staff_, id, blank).field("part"), "required");
  json huge = Part();
  huge["part"] = std::string(2001, 'x');
  EXPECT_EQ(Act(staff_, id, huge).field("part"), "too_long");
  EXPECT_EQ(Act(staff_, id, {{"action", "forward_part"}, {"part", 5}}).field("part"), "wrong_type");
  EXPECT_TRUE(staff_.Get(AppealPath(id)).json()["part_forwardings"].empty());  // nothing changed

  EXPECT_EQ(Act(dep1_, id, Part()).status, 403);          // the deputy considers, staff forward
  EXPECT_EQ(Act(citizen_, id, Part()).status, 403);       // the applicant
  EXPECT_EQ(Act(other_staff_, id, Part()).status, 404);   // another maslikhat's staff
  EXPECT_EQ(Act(stranger_, id, Part()).status, 404);      // someone else
  EXPECT_EQ(Act(staff_, 987654321, Part()).status, 404);  // no such appeal
  auto anonymous = app_.NewClient();
  EXPECT_EQ(anonymous.Post(AppealPath(id) + "/actions", Part()).status, 403);  // no CSRF
  // A finished appeal has no part left to forward.
  ASSERT_EQ(Act(staff_, id, {{"action", "forward"}, {"forward_to", "Акимат"}}).status, 200);
  auto closed = Act(staff_, id, Part());
  EXPECT_EQ(closed.status, 409);
  EXPECT_EQ(closed.field("action"), "not_allowed");
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(
      staff_.Send("POST", AppealPath(id) + "/actions", deep, {{"Content-Type", "application/json"}})
          .status,
      422);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
