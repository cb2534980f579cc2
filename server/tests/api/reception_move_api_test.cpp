// Moving a reception session and the staff tasks it (and a cancel) leaves for people without an
// e-mail: mails with the old and new time, call tasks, the calendar feeds, the production
// calendar, scope and hostile input.
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class ReceptionMoveApi : public AppealsFixture {
 protected:
  // Deputy 1 on Wednesday 2 December 2026, 10:00–10:40 in two 20-minute slots of one place.
  int64_t Schedule() {
    auto r = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/reception-sessions",
                         {{"deputy_id", deputy1_},
                          {"day", "2026-12-02"},
                          {"starts_at", "10:00"},
                          {"ends_at", "10:40"},
                          {"slot_minutes", 20},
                          {"capacity", 1},
                          {"place_kind", "maslikhat"},
                          {"place", "Маслихат, каб. 101"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["created"][0]["id"];
  }
  static std::string SessionPath(int64_t id) {
    return "/api/v1/reception-sessions/" + std::to_string(id);
  }
  std::string TasksPath(int64_t maslikhat, const std::string& query = "") const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/staff-tasks" + query;
  }
  // Fills both slots (citizen, then a phone booking without an e-mail) and the waitlist
  // (stranger).
  void Fill(int64_t id) {
    ASSERT_EQ(citizen_.Post(SessionPath(id) + "/bookings", {{"topic", "Свет"}}).status, 201);
    ASSERT_EQ(staff_
                  .Post(SessionPath(id) + "/bookings", {{"topic", "Вода"},
                                                        {"name", "Ахметова Сауле"},
                                                        {"phone", "+77051112233"},
                                                        {"language", "kk"}})
                  .status,
              201);
    ASSERT_EQ(stranger_.Post(SessionPath(id) + "/bookings", {{"topic", "Двор"}}).status, 201);
    app_.RunJobs();
  }
  std::vector<mail::Message> MailsTo(const std::string& to, const std::string& subject_part) {
    app_.RunJobs();
    std::vector<mail::Message> out;
    for (const auto& m : app_.mailer().Sent())
      if (m.to == to && m.subject.find(subject_part) != std::string::npos) out.push_back(m);
    return out;
  }
};

TEST_F(ReceptionMoveApi, AMoveKeepsTheSlotsAndTellsEveryoneBookedOrWaiting) {
  const int64_t id = Schedule();
  Fill(id);
  auto moved =
      staff_.Post(SessionPath(id) + "/move", {{"day", "2026-12-03"}, {"starts_at", "15:00"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["day"], "2026-12-03");
  EXPECT_EQ(moved.json()["starts_at"], "15:00");
  EXPECT_EQ(moved.json()["ends_at"], "15:40");
  EXPECT_EQ(moved.json()["moves"], 1);
  EXPECT_EQ(moved.json()["free"], 0);
  EXPECT_EQ(moved.json()["waitlisted"], 1);

  // The citizen keeps the first slot, now at 15:00; the mail names the old and the new time and
  // carries a one-click cancel link.
  auto mine = citizen_.Get("/api/v1/me/reception-bookings").json()["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["slot"], "15:00");
  auto mails = MailsTo("citizen@example.kz", "Приём перенесён");
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(mails[0].body.find("Было: 02.12.2026 10:00"), std::string::npos) << mails[0].body;
  EXPECT_NE(mails[0].body.find("Дата и время: 03.12.2026 15:00"), std::string::npos);
  EXPECT_NE(mails[0].body.find("/receptions/cancel?token="), std::string::npos);
  EXPECT_EQ(MailsTo("stranger@example.kz", "Приём перенесён").size(), 1u);

  // The bell: a notice naming the booking and its new time, beside the appeal-shaped ones.
  auto inbox = citizen_.Get("/api/v1/me/notifications");
  ASSERT_EQ(inbox.status, 200) << inbox.body;
  const json notices = inbox.json()["items"];
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0]["kind"], "reception_moved");
  EXPECT_EQ(notices[0]["booking_id"], mine[0]["id"]);
  EXPECT_EQ(notices[0]["detail"], "2026-12-03 15:00");
  EXPECT_TRUE(notices[0]["appeal_id"].is_null());
  EXPECT_EQ(inbox.json()["unread"], 1);
  EXPECT_EQ(stranger_.Get("/api/v1/me/notifications").json()["items"][0]["kind"],
            "reception_moved");

  // The phone booking without an e-mail: a call task in Kazakh, with the old and new time.
  auto tasks = staff_.Get(TasksPath(city_));
  ASSERT_EQ(tasks.status, 200) << tasks.body;
  const json items = tasks.json()["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(tasks.json()["open"], 1);
  EXPECT_EQ(items[0]["kind"], "call");
  EXPECT_EQ(items[0]["subject_type"], "reception_booking");
  EXPECT_EQ(items[0]["person_name"], "Ахметова Сауле");
  EXPECT_EQ(items[0]["phone"], "+77051112233");
  EXPECT_EQ(items[0]["language"], "kk");
  const std::string message = items[0]["message"];
  EXPECT_NE(message.find("Қабылдау ауыстырылды"), std::string::npos) << message;
  EXPECT_NE(message.find("02.12.2026 10:20"), std::string::npos) << message;
  EXPECT_NE(message.find("03.12.2026 15:20"), std::string::npos) << message;

  // The calendars: the same UID, a higher SEQUENCE, the new time.
  const int64_t booking = mine[0]["id"];
  auto ics = citizen_.Get("/api/v1/reception-bookings/" + std::to_string(booking) + "/booking.ics");
  ASSERT_EQ(ics.status, 200);
  EXPECT_NE(ics.body.find("UID:reception-booking-" + std::to_string(booking) + "@kenes"),
            std::string::npos);
  EXPECT_NE(ics.body.find("SEQUENCE:1"), std::string::npos);
  EXPECT_NE(ics.body.find("DTSTART;TZID=Asia/Almaty:20261203T150000"), std::string::npos)
      << ics.body;
  auto feed =
      app_.NewClient().Get("/api/v1/deputies/" + std::to_string(deputy1_) + "/receptions.ics");
  EXPECT_NE(feed.body.find("DTSTART;TZID=Asia/Almaty:20261203T150000"), std::string::npos);
  EXPECT_NE(feed.body.find("SEQUENCE:1"), std::string::npos);
}

TEST_F(ReceptionMoveApi, AMoveOnlyToAWorkingDayAheadAndOnlyByTheMaslikhatsStaff) {
  Set2026Calendar();  // 16 December 2026 is Independence Day
  const int64_t id = Schedule();
  auto holiday =
      staff_.Post(SessionPath(id) + "/move", {{"day", "2026-12-16"}, {"starts_at", "10:00"}});
  ASSERT_EQ(holiday.status, 422) << holiday.body;
  EXPECT_EQ(holiday.json()["error"]["fields"]["day"], "not_working_day");
  auto sunday =
      staff_.Post(SessionPath(id) + "/move", {{"day", "2026-12-06"}, {"starts_at", "10:00"}});
  EXPECT_EQ(sunday.json()["error"]["fields"]["day"], "not_working_day");
  auto past =
      staff_.Post(SessionPath(id) + "/move", {{"day", "2026-11-17"}, {"starts_at", "10:00"}});
  EXPECT_EQ(past.json()["error"]["fields"]["day"], "in_the_past");
  auto midnight =
      staff_.Post(SessionPath(id) + "/move", {{"day", "2026-12-03"}, {"starts_at", "23:50"}});
  EXPECT_EQ(midnight.status, 422);
  auto same =
      staff_.Post(SessionPath(id) + "/move", {{"day", "2026-12-02"}, {"starts_at", "10:00"}});
  EXPECT_EQ(same.status, 409);
  // Another maslikhat's staff, the deputy, a citizen: as if it did not exist.
  const json to = {{"day", "2026-12-03"}, {"starts_at", "11:00"}};
  EXPECT_EQ(other_staff_.Post(SessionPath(id) + "/move", to).status, 404);
  EXPECT_EQ(dep1_.Post(SessionPath(id) + "/move", to).status, 404);
  EXPECT_EQ(citizen_.Post(SessionPath(id) + "/move", to).status, 404);
  EXPECT_EQ(app_.NewClient().Get(SessionPath(id)).json()["day"], "2026-12-02");
  // A new place with the move; a cancelled session does not move.
  auto placed = staff_.Post(SessionPath(id) + "/move", {{"day", "2026-12-03"},
                                                        {"starts_at", "11:00"},
                                                        {"place", "Школа № 5"},
                                                        {"address", "ул. Абая, 1"}});
  ASSERT_EQ(placed.status, 200) << placed.body;
  EXPECT_EQ(placed.json()["place"], "Школа № 5");
  ASSERT_EQ(staff_.Post(SessionPath(id) + "/cancel", {{"reason", "Болезнь"}}).status, 200);
  EXPECT_EQ(staff_.Post(SessionPath(id) + "/move", to).status, 409);
}

TEST_F(ReceptionMoveApi, CancellingLeavesACallTaskThatStaffMarkDone) {
  const int64_t id = Schedule();
  Fill(id);
  ASSERT_EQ(staff_.Post(SessionPath(id) + "/cancel", {{"reason", "Депутат в командировке"}}).status,
            200);
  EXPECT_EQ(MailsTo("citizen@example.kz", "Приём отменён").size(), 1u);
  EXPECT_EQ(citizen_.Get("/api/v1/me/notifications").json()["items"][0]["kind"],
            "reception_cancelled");
  auto open = staff_.Get(TasksPath(city_, "?status=open")).json();
  ASSERT_EQ(open["items"].size(), 1u);
  const int64_t task = open["items"][0]["id"];
  const std::string message = open["items"][0]["message"];
  EXPECT_NE(message.find("Депутат в командировке"), std::string::npos);
  const std::string done_path = "/api/v1/staff-tasks/" + std::to_string(task) + "/done";

  // Nobody else reads or closes it: citizens, the deputy, another maslikhat's staff.
  for (Client* c : {&citizen_, &dep1_, &other_staff_}) {
    EXPECT_EQ(c->Get(TasksPath(city_)).status, 404);
    EXPECT_EQ(c->Post(done_path, {{"note", "x"}}).status, 404);
  }
  EXPECT_EQ(app_.NewClient().Get(TasksPath(city_)).status, 401);
  EXPECT_TRUE(other_staff_.Get(TasksPath(other_)).json()["items"].empty());
  // An administrator may look.
  EXPECT_EQ(admin_.Get(TasksPath(city_)).json()["items"].size(), 1u);

  auto done = staff_.Post(done_path, {{"note", "Дозвонились, записали на 9 декабря."}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["status"], "done");
  EXPECT_EQ(done.json()["note"], "Дозвонились, записали на 9 декабря.");
  EXPECT_EQ(done.json()["done_by"], staff_.Get("/api/v1/me").json()["id"]);
  EXPECT_FALSE(done.json()["done_at"].is_null());
  EXPECT_EQ(staff_.Post(done_path, json::object()).status, 409);
  auto after = staff_.Get(TasksPath(city_)).json();
  EXPECT_TRUE(after["items"].empty());
  EXPECT_EQ(after["open"], 0);
  EXPECT_EQ(staff_.Get(TasksPath(city_, "?status=done")).json()["items"].size(), 1u);
}

TEST_F(ReceptionMoveApi, HostileInputToTheNewRoutesChangesNothingAndTheServerStaysUp) {
  const int64_t id = Schedule();
  Fill(id);
  ASSERT_EQ(staff_.Post(SessionPath(id) + "/cancel", {{"reason", "x"}}).status, 200);
  const int64_t task = staff_.Get(TasksPath(city_)).json()["items"][0]["id"];
  const std::string done_path = "/api/v1/staff-tasks/" + std::to_string(task) + "/done";
  const int64_t other_session = Schedule();
  const std::string move_path = SessionPath(other_session) + "/move";
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::map<std::string, std::string> json_type = {{"Content-Type", "application/json"}};
  for (const std::string& path : {move_path, done_path}) {
    EXPECT_EQ(staff_.Send("POST", path, deep, json_type).status, 422) << path;
    EXPECT_EQ(staff_.Send("POST", path, "{\"note\":", json_type).status, 422) << path;
    EXPECT_EQ(staff_.Send("POST", path, "[]", json_type).status, 422) << path;
  }
  const std::string huge(300000, 'x');
  EXPECT_EQ(staff_.Post(done_path, {{"note", huge}}).status, 422);
  EXPECT_EQ(staff_.Post(done_path, {{"note", 5}}).json()["error"]["fields"]["note"], "wrong_type");
  EXPECT_EQ(staff_.Post(move_path, {{"day", 20261203}, {"starts_at", "10:00"}})
                .json()["error"]["fields"]["day"],
            "wrong_type");
  EXPECT_EQ(staff_.Post(move_path, {{"day", "2026-13-45"}, {"starts_at", "25:99"}}).status, 422);
  EXPECT_EQ(staff_.Post(move_path, {{"day", "2026-12-03"}, {"starts_at", "11:00"}, {"place", huge}})
                .status,
            422);
  EXPECT_EQ(staff_.Post(move_path, {{"day", "2026-12-03"}}).json()["error"]["fields"]["starts_at"],
            "required");
  EXPECT_EQ(staff_.Get(TasksPath(city_, "?status=maybe")).status, 422);
  const int huge_query = staff_.Get(TasksPath(city_, "?status=" + std::string(20000, 'x'))).status;
  EXPECT_TRUE(huge_query >= 400 && huge_query < 500) << huge_query;
  EXPECT_EQ(staff_.Get("/api/v1/maslikhats/1x/staff-tasks").status, 404);
  EXPECT_EQ(staff_.Post("/api/v1/staff-tasks/abc/done", json::object()).status, 404);
  EXPECT_EQ(staff_.Post("/api/v1/staff-tasks/987654321/done", json::object()).status, 404);
  EXPECT_EQ(staff_
                .Post("/api/v1/reception-sessions/987654321/move",
                      {{"day", "2026-12-03"}, {"starts_at", "11:00"}})
                .status,
            404);
  // Nothing changed by any of that.
  EXPECT_EQ(staff_.Get(TasksPath(city_)).json()["open"], 1);
  EXPECT_EQ(app_.NewClient().Get(SessionPath(other_session)).json()["moves"], 0);
  // A flood: the first closes the task, the rest are told it is done; reads keep answering.
  int conflicts = 0;
  for (int i = 0; i < 40; ++i) conflicts += staff_.Post(done_path, json::object()).status == 409;
  EXPECT_EQ(conflicts, 39);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(staff_.Get(TasksPath(city_)).status, 200);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(ReceptionMoveApi, APromotionAndTheReminderReachTheBell) {
  const int64_t id = Schedule();
  Fill(id);
  const int64_t mine = citizen_.Get("/api/v1/me/reception-bookings").json()["items"][0]["id"];
  ASSERT_EQ(
      citizen_
          .Post("/api/v1/reception-bookings/" + std::to_string(mine) + "/cancel", json::object())
          .status,
      200);
  auto promoted = stranger_.Get("/api/v1/me/notifications").json()["items"];
  ASSERT_EQ(promoted.size(), 1u);
  EXPECT_EQ(promoted[0]["kind"], "reception_promoted");
  EXPECT_EQ(promoted[0]["detail"], "2026-12-02 10:00");
  // The day before, at 09:00 local time, the reminder.
  app_.clock().Set(Utc("2026-12-01T04:00:00Z"));
  app_.RunJobs();
  stranger_ = Login("stranger@example.kz", "correct-horse-1");  // two weeks on: signed out
  auto reminded = stranger_.Get("/api/v1/me/notifications").json();
  ASSERT_FALSE(reminded["items"].empty());
  EXPECT_EQ(reminded["items"][0]["kind"], "reception_reminder");
}

}  // namespace
}  // namespace kenes::testing
