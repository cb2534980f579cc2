// Personal reception over HTTP: scheduling on the production calendar, booking with a waitlist
// under a race, promotion and mail on cancel, the reception day, the visit that becomes an appeal,
// scope isolation and hostile input.
#include <mutex>
#include <thread>

#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class ReceptionApi : public AppealsFixture {
 protected:
  // A one-off session of deputy 1 on 2 December 2026 (a Wednesday; the fake clock is 18 Nov).
  json SessionBody(int capacity = 1, const char* ends = "10:40") {
    return {{"deputy_id", deputy1_},     {"day", "2026-12-02"},          {"starts_at", "10:00"},
            {"ends_at", ends},           {"slot_minutes", 20},           {"capacity", capacity},
            {"place_kind", "maslikhat"}, {"place", "Маслихат, каб. 101"}};
  }
  int64_t Schedule(const json& body) {
    auto r = staff_.Post(Path(city_) + "/reception-sessions", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["created"][0]["id"];
  }
  static std::string Path(int64_t maslikhat) {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat);
  }
  static std::string SessionPath(int64_t id) {
    return "/api/v1/reception-sessions/" + std::to_string(id);
  }
  static std::string BookingPath(int64_t id) {
    return "/api/v1/reception-bookings/" + std::to_string(id);
  }
  HttpResult Book(Client& c, int64_t session, const json& body = {{"topic", "Освещение улицы"}}) {
    return c.Post(SessionPath(session) + "/bookings", body);
  }
  size_t MailsTo(const std::string& to, const std::string& subject_part) {
    app_.RunJobs();
    size_t n = 0;
    for (const auto& m : app_.mailer().Sent())
      if (m.to == to && m.subject.find(subject_part) != std::string::npos) ++n;
    return n;
  }
};

TEST_F(ReceptionApi, ASessionIsCutIntoSlotsAndShownPublicly) {
  const int64_t id = Schedule(SessionBody(2));
  auto pub =
      app_.NewClient().Get("/api/v1/reception-sessions?deputy_id=" + std::to_string(deputy1_));
  ASSERT_EQ(pub.status, 200) << pub.body;
  ASSERT_EQ(pub.json()["items"].size(), 1u);
  const json s = pub.json()["items"][0];
  EXPECT_EQ(s["id"], id);
  EXPECT_EQ(s["host_name_ru"], "Бекова Айгуль");
  ASSERT_EQ(s["slots"].size(), 2u);
  EXPECT_EQ(s["slots"][1], (json{{"start", "10:20"}, {"end", "10:40"}, {"free", 2}}));
  EXPECT_EQ(s["free"], 4);
  // The public view carries no one's contacts.
  EXPECT_FALSE(s.contains("items"));
}

TEST_F(ReceptionApi, TheLastPlaceGoesToExactlyOneOfManyAtOnceAndTheRestWait) {
  const int64_t id = Schedule(SessionBody(1, "10:20"));  // one slot, one place
  constexpr int kPeople = 12;
  std::vector<Client> people;
  people.reserve(kPeople);
  for (int i = 0; i < kPeople; ++i) {
    const std::string email = "racer" + std::to_string(i) + "@example.kz";
    app_.CreateAccount(email, "racer-password-1", {{"citizen", std::nullopt}});
    people.push_back(app_.Login(email, "racer-password-1"));
  }
  std::mutex mu;
  std::map<std::string, int> statuses;
  int errors = 0;
  std::vector<std::thread> threads;
  threads.reserve(kPeople);
  for (int i = 0; i < kPeople; ++i) {
    threads.emplace_back([&, i] {
      // Each from its own loopback address, so the per-address cap never answers 429.
      Client c(app_.port(), "127.0.0." + std::to_string(10 + i));
      for (auto cookie : {"kenes_session", "kenes_csrf"})
        c.SetCookie(cookie, *people[i].Cookie(cookie));
      auto r = Book(c, id);
      std::lock_guard lock(mu);
      if (r.status == 201)
        ++statuses[r.json()["status"].get<std::string>()];
      else
        ++errors;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(statuses["booked"], 1);
  EXPECT_EQ(statuses["waitlisted"], kPeople - 1);
  auto s = app_.NewClient().Get(SessionPath(id)).json();
  EXPECT_EQ(s["free"], 0);
  EXPECT_EQ(s["waitlisted"], kPeople - 1);
}

TEST_F(ReceptionApi, CancellingGivesThePlaceToTheFirstWaitingAndTellsThem) {
  const int64_t id = Schedule(SessionBody(1, "10:20"));
  auto first = Book(citizen_, id);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json()["status"], "booked");
  EXPECT_EQ(first.json()["slot"], "10:00");
  auto second = Book(stranger_, id);
  ASSERT_EQ(second.status, 201);
  EXPECT_EQ(second.json()["status"], "waitlisted");
  EXPECT_TRUE(second.json()["slot"].is_null());
  EXPECT_EQ(MailsTo("stranger@example.kz", "листе ожидания"), 1u);

  // One active booking per person per session.
  auto again = Book(citizen_, id);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["error"]["fields"]["session"], "already_booked");
  // Another person cannot cancel it.
  EXPECT_EQ(stranger_.Post(BookingPath(first.json()["id"]) + "/cancel", json::object()).status,
            404);

  auto cancelled = citizen_.Post(BookingPath(first.json()["id"]) + "/cancel", json::object());
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["status"], "cancelled");
  auto mine = stranger_.Get("/api/v1/me/reception-bookings").json()["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["status"], "booked");
  EXPECT_EQ(mine[0]["slot"], "10:00");
  EXPECT_EQ(mine[0]["session"]["host_name_ru"], "Бекова Айгуль");
  EXPECT_EQ(MailsTo("stranger@example.kz", "Место освободилось"), 1u);
  // Having cancelled, the citizen may book again, and now waits.
  EXPECT_EQ(Book(citizen_, id).json()["status"], "waitlisted");
}

TEST_F(ReceptionApi, CancellingASessionCancelsItsBookingsAndMailsEveryone) {
  const int64_t id = Schedule(SessionBody(1, "10:20"));
  ASSERT_EQ(Book(citizen_, id).status, 201);
  ASSERT_EQ(Book(stranger_, id).status, 201);
  EXPECT_EQ(other_staff_.Post(SessionPath(id) + "/cancel", {{"reason", "x"}}).status, 404);
  auto r = staff_.Post(SessionPath(id) + "/cancel", {{"reason", "Депутат в командировке"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["status"], "cancelled");
  for (const char* who : {"citizen@example.kz", "stranger@example.kz"}) {
    EXPECT_EQ(MailsTo(who, "Приём отменён"), 1u) << who;
  }
  bool reason_sent = false;
  for (const auto& m : app_.mailer().Sent())
    reason_sent |= m.body.find("Депутат в командировке") != std::string::npos;
  EXPECT_TRUE(reason_sent);
  EXPECT_EQ(Book(citizen_, id).status, 409);
  EXPECT_EQ(staff_.Post(SessionPath(id) + "/cancel", {{"reason", "again"}}).status, 409);
  // A cancelled session is no longer offered.
  EXPECT_TRUE(app_.NewClient()
                  .Get("/api/v1/reception-sessions?maslikhat_id=" + std::to_string(city_))
                  .json()["items"]
                  .empty());
}

TEST_F(ReceptionApi, EverySecondTuesdaySkipsTheNonWorkingDays) {
  Set2026Calendar();  // 23–25 March 2026 (Nauryz) are non-working
  app_.clock().Set(Utc("2026-03-01T05:00:00Z"));
  json body = SessionBody();
  body.erase("day");
  // Every Tuesday in March 2026: 3, 10, 17, 24 (Nauryz holiday), 31.
  body["repeat"] = json::array({{{"from", "2026-03-01"}, {"until", "2026-03-31"}, {"weekday", 2}}});
  auto weekly = staff_.Post(Path(city_) + "/reception-sessions", body);
  ASSERT_EQ(weekly.status, 201) << weekly.body;
  std::vector<std::string> days;
  const json created = weekly.json()["created"];
  for (const auto& s : created) days.push_back(s["day"]);
  EXPECT_EQ(days,
            (std::vector<std::string>{"2026-03-03", "2026-03-10", "2026-03-17", "2026-03-31"}));
  EXPECT_EQ(weekly.json()["skipped"], json::array({"2026-03-24"}));

  // The second Tuesday of each month, March to May: 10 March, 14 April, 12 May.
  body["repeat"] =
      json::array({{{"from", "2026-03-01"}, {"until", "2026-05-31"}, {"weekday", 2}, {"nth", 2}}});
  auto monthly = staff_.Post(Path(city_) + "/reception-sessions", body);
  ASSERT_EQ(monthly.status, 201) << monthly.body;
  days.clear();
  const json created_monthly = monthly.json()["created"];
  for (const auto& s : created_monthly) days.push_back(s["day"]);
  EXPECT_EQ(days, (std::vector<std::string>{"2026-03-10", "2026-04-14", "2026-05-12"}));
}

TEST_F(ReceptionApi, BadSchedulesAreRefusedWithEveryProblemNamed) {
  json body = SessionBody();
  body["ends_at"] = "09:00";
  body["capacity"] = 0;
  body["place_kind"] = "castle";
  body["extra"] = true;
  auto r = staff_.Post(Path(city_) + "/reception-sessions", body);
  ASSERT_EQ(r.status, 422) << r.body;
  const json f = r.json()["error"]["fields"];
  EXPECT_EQ(f["capacity"], "out_of_range");
  EXPECT_EQ(f["place_kind"], "invalid");
  EXPECT_EQ(f["extra"], "unknown_field");

  body = SessionBody();
  body["ends_at"] = "09:00";
  EXPECT_EQ(
      staff_.Post(Path(city_) + "/reception-sessions", body).json()["error"]["fields"]["ends_at"],
      "before_start");
  body = SessionBody();
  body["day"] = "2026-11-01";  // before the fake clock's today
  EXPECT_EQ(staff_.Post(Path(city_) + "/reception-sessions", body).json()["error"]["fields"]["day"],
            "in_the_past");
  body = SessionBody();
  body["deputy_id"] = 999999;
  EXPECT_EQ(staff_.Post(Path(city_) + "/reception-sessions", body).status, 422);
  // Staff of another maslikhat cannot schedule here, nor for this maslikhat's deputy there.
  EXPECT_EQ(other_staff_.Post(Path(city_) + "/reception-sessions", SessionBody()).status, 404);
  EXPECT_EQ(other_staff_.Post(Path(other_) + "/reception-sessions", SessionBody()).status, 422);
  EXPECT_TRUE(app_.NewClient().Get("/api/v1/reception-sessions").json()["items"].empty());
}

TEST_F(ReceptionApi, TheVisitBecomesAnAppealWithATalonLinkedBothWays) {
  const int64_t id = Schedule(SessionBody());
  const int64_t booking = Book(citizen_, id).json()["id"];
  // The day list is for the session's deputy and the maslikhat's staff only.
  EXPECT_EQ(dep2_.Get(SessionPath(id) + "/bookings").status, 404);
  EXPECT_EQ(other_staff_.Get(SessionPath(id) + "/bookings").status, 404);
  EXPECT_EQ(citizen_.Get(SessionPath(id) + "/bookings").status, 404);
  auto day = dep1_.Get(SessionPath(id) + "/bookings");
  ASSERT_EQ(day.status, 200) << day.body;
  ASSERT_EQ(day.json()["items"].size(), 1u);
  EXPECT_EQ(day.json()["items"][0]["name"], citizen_.Get("/api/v1/me").json()["display_name"]);

  // Not yet visited: no appeal.
  EXPECT_EQ(dep1_
                .Post(BookingPath(booking) + "/appeal",
                      {{"subject", "Освещение"}, {"body", "Не горят фонари на ул. Абая."}})
                .status,
            409);
  app_.clock().Set(Utc("2026-12-02T05:05:00Z"));             // 10:05 local, at the reception
  dep1_ = Login("deputy1@example.kz", "deputy-password-1");  // two weeks on: sessions expired
  citizen_ = Login("citizen@example.kz", "correct-horse-1");
  auto visit = dep1_.Post(BookingPath(booking) + "/visit", {{"attended", true},
                                                            {"matter", "Фонари"},
                                                            {"promised", "Запрос в акимат"},
                                                            {"follow_up_on", "2026-12-20"}});
  ASSERT_EQ(visit.status, 200) << visit.body;
  EXPECT_EQ(visit.json()["status"], "checked_in");
  EXPECT_EQ(visit.json()["visited_at"], "2026-12-02T05:05:00.000Z");

  app_.clock().Set(Utc("2026-12-02T06:00:00Z"));
  auto made =
      dep1_.Post(BookingPath(booking) + "/appeal",
                 {{"subject", "Освещение улицы"}, {"body", "На улице Абая не горят фонари."}});
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t appeal = made.json()["appeal_id"];
  EXPECT_FALSE(made.json()["appeal_number"].get<std::string>().empty());
  // Once only.
  EXPECT_EQ(dep1_
                .Post(BookingPath(booking) + "/appeal",
                      {{"subject", "Освещение улицы"}, {"body", "На улице Абая не горят фонари."}})
                .status,
            409);

  // The citizen owns the appeal: received at the visit, by reception, to the deputy.
  auto a = citizen_.Get("/api/v1/appeals/" + std::to_string(appeal));
  ASSERT_EQ(a.status, 200) << a.body;
  EXPECT_EQ(a.json()["channel"], "reception");
  EXPECT_EQ(a.json()["deputy_id"], deputy1_);
  EXPECT_EQ(a.json()["number"], made.json()["appeal_number"]);
  EXPECT_EQ(a.json()["received_at"], "2026-12-02T05:05:00.000Z");
  auto mine = citizen_.Get("/api/v1/me/reception-bookings").json()["items"][0];
  EXPECT_EQ(mine["appeal_id"], appeal);
}

TEST_F(ReceptionApi, WalkInsAndNoShowsAreRecordedByTheHosts) {
  const int64_t id = Schedule(SessionBody());
  auto walk =
      staff_.Post(SessionPath(id) + "/walk-ins",
                  {{"name", "Петров Пётр"}, {"phone", "+77011234567"}, {"topic", "Тротуар"}});
  ASSERT_EQ(walk.status, 201) << walk.body;
  EXPECT_EQ(walk.json()["status"], "checked_in");
  EXPECT_TRUE(walk.json()["walk_in"].get<bool>());
  const int64_t booking = Book(citizen_, id).json()["id"];
  EXPECT_EQ(citizen_.Post(BookingPath(booking) + "/visit", {{"attended", false}}).status, 404);
  auto no_show = staff_.Post(BookingPath(booking) + "/visit", {{"attended", false}});
  ASSERT_EQ(no_show.status, 200) << no_show.body;
  EXPECT_EQ(no_show.json()["status"], "no_show");
  // Staff book by phone for someone without an account.
  auto phone =
      staff_.Post(SessionPath(id) + "/bookings",
                  {{"topic", "Вода"}, {"name", "Ахметова Сауле"}, {"phone", "+77051112233"}});
  ASSERT_EQ(phone.status, 201) << phone.body;
  EXPECT_EQ(phone.json()["name"], "Ахметова Сауле");
  // A citizen cannot book in someone else's name.
  EXPECT_EQ(stranger_
                .Post(SessionPath(id) + "/bookings",
                      {{"topic", "Вода"}, {"name", "Чужое Имя"}, {"phone", "+77051112233"}})
                .status,
            404);
}

TEST_F(ReceptionApi, HostileInputChangesNothingAndTheServerStaysUp) {
  const int64_t id = Schedule(SessionBody());
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(
      citizen_
          .Send("POST", SessionPath(id) + "/bookings", deep, {{"Content-Type", "application/json"}})
          .status,
      422);
  EXPECT_EQ(citizen_
                .Send("POST", SessionPath(id) + "/bookings",
                      json{{"topic", std::string(300000, 'x')}}.dump(),
                      {{"Content-Type", "application/json"}})
                .status,
            422);
  EXPECT_EQ(Book(citizen_, id, {{"topic", "x"}, {"slot", "25:99"}}).status, 422);
  EXPECT_EQ(Book(citizen_, id, {{"topic", 5}}).json()["error"]["fields"]["topic"], "wrong_type");
  EXPECT_EQ(citizen_.Post("/api/v1/reception-sessions/1x/bookings", {{"topic", "x"}}).status, 404);
  EXPECT_EQ(Book(citizen_, 987654321).status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/reception-sessions?from=tomorrow").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/reception-sessions?deputy_id=abc").status, 422);
  // Nothing was booked by any of that.
  EXPECT_EQ(app_.NewClient().Get(SessionPath(id)).json()["free"], 2);
  // A flood of bookings from one person: one place, the rest refused as already booked.
  int conflicts = 0;
  for (int i = 0; i < 50; ++i) conflicts += Book(citizen_, id).status == 409;
  EXPECT_EQ(conflicts, 49);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
