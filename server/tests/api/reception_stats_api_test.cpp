// Reception statistics and a host's own reception days over HTTP: fixed figures from a month of
// bookings, check-ins, a no-show, walk-ins and appeals; the XLSX in words; who sees which rows;
// hostile input.
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

class ReceptionStatsApi : public AppealsFixture {
 protected:
  // A session on `day` (the fake clock is 18 Nov 2026): deputy's, or an official's by name.
  int64_t Schedule(const std::string& day, std::optional<int64_t> deputy,
                   const std::string& host = "") {
    json body = {{"day", day},
                 {"starts_at", "10:00"},
                 {"ends_at", "10:40"},
                 {"slot_minutes", 20},
                 {"place_kind", "maslikhat"},
                 {"capacity", 2},
                 {"place", "Маслихат, каб. 101"}};
    if (deputy) body["deputy_id"] = *deputy;
    if (!host.empty()) body["host_name"] = host;
    auto r =
        staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/reception-sessions", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["created"][0]["id"];
  }
  std::string Stats(int64_t maslikhat = 0) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat ? maslikhat : city_) +
           "/reception-stats";
  }
  static std::string SessionPath(int64_t id) {
    return "/api/v1/reception-sessions/" + std::to_string(id);
  }
  static std::string BookingPath(int64_t id) {
    return "/api/v1/reception-bookings/" + std::to_string(id);
  }
  int64_t Book(Client& c, int64_t session, const json& body = {{"topic", "Освещение"}}) {
    auto r = c.Post(SessionPath(session) + "/bookings", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["id"];
  }
  int64_t WalkIn(int64_t session) {
    auto r =
        staff_.Post(SessionPath(session) + "/walk-ins",
                    {{"name", "Петров Пётр"}, {"phone", "+77011234567"}, {"topic", "Тротуар"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["id"];
  }
  int64_t MakeAppeal(int64_t booking) {
    auto r =
        staff_.Post(BookingPath(booking) + "/appeal",
                    {{"subject", "Освещение улицы"}, {"body", "На улице Абая не горят фонари."}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["appeal_id"];
  }
  void At(const char* iso) {
    app_.clock().Set(Utc(iso));
    // Sessions expire over the weeks the clock moves.
    staff_ = Login("staff@example.kz", "staff-password-1");
    other_staff_ = Login("other@example.kz", "other-password-1");
    dep1_ = Login("deputy1@example.kz", "deputy-password-1");
    dep2_ = Login("deputy2@example.kz", "deputy-password-2");
    citizen_ = Login("citizen@example.kz", "correct-horse-1");
  }

  // December 2026: deputy 1 received on the 2nd (a booking kept and made an appeal on roads, a
  // no-show, a walk-in whose matter is on utilities, a phone booking cancelled) and cancelled the
  // 4th; the akim received on
  // the 3rd (a walk-in whose appeal has no category yet); deputy 2 receives on the 10th (one
  // booking, not yet held). Today is the 3rd.
  void December() {
    const int64_t a = Schedule("2026-12-02", deputy1_);
    const int64_t b = Schedule("2026-12-03", std::nullopt, "Аким города");
    const int64_t c = Schedule("2026-12-10", deputy2_);
    const int64_t d = Schedule("2026-12-04", deputy1_);
    const int64_t kept = Book(citizen_, a);
    const int64_t missed = Book(stranger_, a);
    const int64_t phoned =
        Book(staff_, a, {{"topic", "Вода"}, {"name", "Ахметова Сауле"}, {"phone", "+77051112233"}});
    ASSERT_EQ(staff_.Post(BookingPath(phoned) + "/cancel", json::object()).status, 200);
    Book(stranger_, c);
    Book(citizen_, d);
    ASSERT_EQ(staff_.Post(SessionPath(d) + "/cancel", {{"reason", "Командировка"}}).status, 200);

    At("2026-12-02T05:05:00Z");
    ASSERT_EQ(staff_.Post(BookingPath(kept) + "/visit", {{"attended", true}}).status, 200);
    ASSERT_EQ(staff_.Post(BookingPath(missed) + "/visit", {{"attended", false}}).status, 200);
    // The walk-in's matter gets a category without becoming an appeal.
    const int64_t walk = WalkIn(a);
    ASSERT_EQ(staff_
                  .Post(BookingPath(walk) + "/visit",
                        {{"attended", true}, {"matter", "Трубы"}, {"category", "utilities"}})
                  .status,
              200);
    auto unknown = staff_.Post(BookingPath(walk) + "/visit",
                               {{"attended", true}, {"category", "no-such-category"}});
    ASSERT_EQ(unknown.status, 422) << unknown.body;
    EXPECT_EQ(unknown.json()["error"]["fields"]["category"], "invalid");
    const int64_t roads = MakeAppeal(kept);
    ASSERT_EQ(
        staff_.Patch("/api/v1/appeals/" + std::to_string(roads), {{"category", "roads"}}).status,
        200);

    At("2026-12-03T05:05:00Z");
    MakeAppeal(WalkIn(b));
  }
};

json Row(const json& rows, const std::string& host) {
  for (const auto& r : rows)
    if (r["host_name_ru"] == host) return r;
  return nullptr;
}

TEST_F(ReceptionStatsApi, TheMonthInFiguresPerHost) {
  December();
  auto r = staff_.Get(Stats() + "?from=2026-12&to=2026-12");
  ASSERT_EQ(r.status, 200) << r.body;
  const json rows = r.json()["rows"];
  ASSERT_EQ(rows.size(), 3u) << rows.dump();
  // By host name: the akim, deputy 1, deputy 2.
  EXPECT_EQ(rows[0]["host_name_ru"], "Аким города");
  EXPECT_TRUE(rows[0]["deputy_id"].is_null());
  EXPECT_EQ(rows[1]["deputy_id"], deputy1_);
  EXPECT_EQ(rows[1]["host_name_kk"], "Бекова Айгүл");
  EXPECT_EQ(rows[2]["deputy_id"], deputy2_);

  const json akim = rows[0];
  EXPECT_EQ(akim["month"], "2026-12");
  EXPECT_EQ(akim["sessions"], 1);
  EXPECT_EQ(akim["bookings"], 0);
  EXPECT_EQ(akim["visits"], 1);
  EXPECT_EQ(akim["no_shows"], 0);
  EXPECT_EQ(akim["appeals"], 1);
  EXPECT_EQ(akim["categories"], (json::array({{{"key", ""}, {"count", 1}}})));

  const json one = rows[1];
  EXPECT_EQ(one["sessions"], 1);  // the 4th was cancelled
  EXPECT_EQ(one["bookings"], 2);  // kept and missed; the cancelled phone booking is not counted
  EXPECT_EQ(one["visits"], 2);    // the booking kept and the walk-in
  EXPECT_EQ(one["no_shows"], 1);
  EXPECT_EQ(one["appeals"], 1);
  // Matters by category over every visit: the appeal's on roads, the walk-in's own on utilities.
  EXPECT_EQ(
      one["categories"],
      (json::array({{{"key", "roads"}, {"count", 1}}, {{"key", "utilities"}, {"count", 1}}})));

  const json two = rows[2];
  EXPECT_EQ(two["sessions"], 0);  // the 10th has not come yet
  EXPECT_EQ(two["bookings"], 1);
  EXPECT_EQ(two["visits"], 0);
  EXPECT_EQ(two["appeals"], 0);

  // The words of the categories that occur.
  const json cats = r.json()["categories"];
  ASSERT_EQ(cats.size(), 2u) << cats.dump();  // in the taxonomy's order
  EXPECT_EQ(cats[0]["key"], "utilities");
  EXPECT_EQ(cats[1]["key"], "roads");
  EXPECT_EQ(cats[1]["name_ru"], "Дороги");

  // Another span holds none of it; the default span (the twelve months to this one) all of it.
  EXPECT_TRUE(staff_.Get(Stats() + "?from=2026-10&to=2026-11").json()["rows"].empty());
  EXPECT_EQ(staff_.Get(Stats()).json()["rows"], rows);
  EXPECT_EQ(staff_.Get(Stats()).json()["from"], "2026-01");
}

TEST_F(ReceptionStatsApi, ADeputySeesOnlyTheirRowAndOtherMaslikhatsNothing) {
  December();
  auto mine = dep1_.Get(Stats() + "?from=2026-12&to=2026-12");
  ASSERT_EQ(mine.status, 200) << mine.body;
  ASSERT_EQ(mine.json()["rows"].size(), 1u);
  EXPECT_EQ(mine.json()["rows"][0]["deputy_id"], deputy1_);
  EXPECT_EQ(mine.json()["rows"][0]["visits"], 2);
  auto two = dep2_.Get(Stats() + "?from=2026-12&to=2026-12").json()["rows"];
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(two[0]["deputy_id"], deputy2_);
  EXPECT_TRUE(Row(two, "Бекова Айгуль").is_null());

  // Another maslikhat's staff, a citizen, the deputy at another maslikhat: as if it were not there.
  EXPECT_EQ(other_staff_.Get(Stats()).status, 404);
  EXPECT_EQ(other_staff_.Get(Stats() + ".xlsx").status, 404);
  EXPECT_EQ(citizen_.Get(Stats()).status, 404);
  EXPECT_EQ(dep1_.Get(Stats(other_)).status, 404);
  EXPECT_EQ(app_.NewClient().Get(Stats()).status, 401);
  // Their own maslikhat is empty for the other staff.
  auto theirs = other_staff_.Get(Stats(other_) + "?from=2026-12&to=2026-12");
  ASSERT_EQ(theirs.status, 200);
  EXPECT_TRUE(theirs.json()["rows"].empty());
  EXPECT_EQ(staff_.Get("/api/v1/maslikhats/987654321/reception-stats").status, 404);
}

TEST_F(ReceptionStatsApi, TheSpreadsheetHasTheSameFiguresInWords) {
  December();
  auto kk = staff_.Get(Stats() + ".xlsx?from=2026-12&to=2026-12&lang=kk");
  ASSERT_EQ(kk.status, 200) << kk.body;
  EXPECT_NE(kk.headers["content-type"].find("spreadsheetml"), std::string::npos);
  EXPECT_NE(kk.headers["content-disposition"].find("reception-stats-2026-12-2026-12.xlsx"),
            std::string::npos);
  const std::string strings = Through("unzip -p {} xl/sharedStrings.xml", kk.body);
  for (const char* word : {"Қабылдаушы", "Желтоқсан 2026", "Бекова Айгүл", "Аким города",
                           "Келмегендер", "Жолдар", "Санатсыз", "Барлығы"})
    EXPECT_NE(strings.find(word), std::string::npos) << word;
  const std::string ru =
      Through("unzip -p {} xl/sharedStrings.xml",
              staff_.Get(Stats() + ".xlsx?from=2026-12&to=2026-12&lang=ru").body);
  for (const char* word : {"Декабрь 2026", "Бекова Айгуль", "Не пришли", "Дороги", "Итого"})
    EXPECT_NE(ru.find(word), std::string::npos) << word;
  const std::string en =
      Through("unzip -p {} xl/sharedStrings.xml",
              staff_.Get(Stats() + ".xlsx?from=2026-12&to=2026-12&lang=en").body);
  for (const char* word : {"December 2026", "No-shows", "Roads", "Total"})
    EXPECT_NE(en.find(word), std::string::npos) << word;
  // The deputy's own sheet names no one else.
  const std::string own =
      Through("unzip -p {} xl/sharedStrings.xml",
              dep1_.Get(Stats() + ".xlsx?from=2026-12&to=2026-12&lang=ru").body);
  EXPECT_NE(own.find("Бекова Айгуль"), std::string::npos);
  EXPECT_EQ(own.find("Аким города"), std::string::npos);
  EXPECT_EQ(own.find("Оспанов"), std::string::npos);
}

TEST_F(ReceptionStatsApi, HostileSpansAreRefusedByName) {
  EXPECT_EQ(staff_.Get(Stats() + "?from=2026-13&to=2026-12").field("from"), "invalid");
  EXPECT_EQ(staff_.Get(Stats() + "?from=2026-12&to=12-2026").field("to"), "invalid");
  EXPECT_EQ(staff_.Get(Stats() + "?from=2026-12&to=2026-11").field("to"), "before_start");
  EXPECT_EQ(staff_.Get(Stats() + "?from=2024-11&to=2026-12").field("to"), "too_long");
  EXPECT_EQ(staff_.Get(Stats() + "?from=2025-01&to=2026-12").status, 200);  // 24 months
  EXPECT_EQ(staff_.Get(Stats() + "?from=" + std::string(5000, '9')).status, 422);
  EXPECT_EQ(staff_.Get(Stats() + ".xlsx?lang=xx").field("lang"), "invalid");
  EXPECT_EQ(staff_.Get("/api/v1/maslikhats/1x/reception-stats").status, 404);
  // A flood of reads answers each or holds back, and the server stays up.
  for (int i = 0; i < 40; ++i) {
    const int status = staff_.Get(Stats()).status;
    EXPECT_TRUE(status == 200 || status == 429) << status;
  }
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(ReceptionStatsApi, MineListsAHostsOwnReceptionDays) {
  const int64_t one = Schedule("2026-12-02", deputy1_);
  const int64_t two = Schedule("2026-12-03", deputy2_);
  const int64_t akim = Schedule("2026-12-01", std::nullopt, "Аким города");
  auto ids = [](const HttpResult& r) {
    std::vector<int64_t> out;
    const json body = r.json();
    for (const auto& s : body["items"]) out.push_back(s["id"]);
    return out;
  };
  auto dep = dep1_.Get("/api/v1/reception-sessions?mine=true");
  ASSERT_EQ(dep.status, 200) << dep.body;
  EXPECT_EQ(ids(dep), std::vector<int64_t>{one});
  // The filter's maslikhat and deputy do not widen it.
  EXPECT_EQ(
      ids(dep1_.Get("/api/v1/reception-sessions?mine=true&deputy_id=" + std::to_string(deputy2_))),
      std::vector<int64_t>{one});
  EXPECT_EQ(ids(staff_.Get("/api/v1/reception-sessions?mine=true")),
            (std::vector<int64_t>{akim, one, two}));
  EXPECT_TRUE(ids(other_staff_.Get("/api/v1/reception-sessions?mine=true")).empty());
  EXPECT_TRUE(ids(citizen_.Get("/api/v1/reception-sessions?mine=true")).empty());
  EXPECT_EQ(app_.NewClient().Get("/api/v1/reception-sessions?mine=true").status, 401);
  EXPECT_EQ(citizen_.Get("/api/v1/reception-sessions?mine=true&from=x").status, 422);
  EXPECT_EQ(dep1_.Get("/api/v1/reception-sessions?mine=yes").field("mine"), "invalid");
  // A span that ends before the day leaves it out.
  EXPECT_TRUE(
      ids(dep1_.Get("/api/v1/reception-sessions?mine=true&from=2026-11-18&to=2026-12-01")).empty());
}

}  // namespace
}  // namespace kenes::testing
