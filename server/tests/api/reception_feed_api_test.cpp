// Reception's calendar feeds parsed as a calendar client parses them (python3-icalendar), the
// day-before reminder (once, not for a cancelled booking, not again after a restart), and the
// one-click cancel link of booking mails (a tampered token finds nothing; a valid one cancels and
// promotes the waitlist).
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "platform/jobs/jobs.hpp"
#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

// Reads an iCalendar file as a calendar client would (Debian's python3-icalendar) and prints one
// JSON object per event, times in UTC.
constexpr const char* kReadEvents = R"(
import json
import sys
from datetime import timezone

from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    cal = Calendar.from_ical(f.read())
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    end = ev.decoded("DTEND")
    print(json.dumps({
        "uid": str(ev.get("UID")),
        "start": start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "summary": str(ev.get("SUMMARY")),
        "status": str(ev.get("STATUS")),
        "location": str(ev.get("LOCATION", "")),
        "url": str(ev.get("URL", "")),
    }, ensure_ascii=False))
)";

// The events of an ICS text, one JSON object each.
std::vector<json> Events(const std::string& ics) {
  const std::string script = TempFile(kReadEvents);
  const std::string cal = TempFile(ics);
  // Debian's interpreter, where python3-icalendar is installed.
  const std::string cmd = "/usr/bin/python3 " + script + " " + cal;
  const std::string out = Stdout(cmd);
  std::remove(script.c_str());
  std::remove(cal.c_str());
  std::vector<json> events;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) events.push_back(json::parse(line));
  return events;
}

class ReceptionFeedApi : public AppealsFixture {
 protected:
  // A session of deputy 1 on `day` (the fake clock is 18 November 2026).
  int64_t Schedule(const char* day, int capacity = 1, const char* ends = "10:20") {
    json body = {{"deputy_id", deputy1_},     {"day", day},
                 {"starts_at", "10:00"},      {"ends_at", ends},
                 {"slot_minutes", 20},        {"capacity", capacity},
                 {"place_kind", "maslikhat"}, {"place", "Маслихат, каб. 101"},
                 {"address", "ул. Абая, 1"}};
    auto r =
        staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/reception-sessions", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json()["created"][0]["id"];
  }
  HttpResult Book(Client& c, int64_t session) {
    return c.Post("/api/v1/reception-sessions/" + std::to_string(session) + "/bookings",
                  {{"topic", "Освещение улицы"}});
  }
  std::vector<mail::Message> MailsTo(const std::string& to, const std::string& subject_part) {
    app_.RunJobs();
    std::vector<mail::Message> out;
    for (const auto& m : app_.mailer().Sent())
      if (m.to == to && m.subject.find(subject_part) != std::string::npos) out.push_back(m);
    return out;
  }
  static std::string TokenIn(const std::string& body) {
    std::smatch m;
    if (!std::regex_search(body, m, std::regex("/receptions/cancel\\?token=([0-9a-f]{64})")))
      return "";
    return m[1];
  }
  Client Anonymous() {
    Client c = app_.NewClient();
    c.PrimeCsrf();
    return c;
  }
};

TEST_F(ReceptionFeedApi, TheDeputyFeedImportsWithLocalTimesSummariesAndCancelledSessions) {
  const int64_t kept = Schedule("2026-12-02");
  const int64_t dropped = Schedule("2026-12-09");
  ASSERT_EQ(staff_
                .Post("/api/v1/reception-sessions/" + std::to_string(dropped) + "/cancel",
                      {{"reason", "Командировка"}})
                .status,
            200);
  auto r = app_.NewClient().Get("/api/v1/deputies/" + std::to_string(deputy1_) + "/receptions.ics");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["content-type"], "text/calendar; charset=utf-8");
  EXPECT_NE(r.body.find("\r\n"), std::string::npos);
  auto events = Events(r.body);
  ASSERT_EQ(events.size(), 2u) << r.body;
  EXPECT_EQ(events[0]["uid"], "reception-session-" + std::to_string(kept) + "@kenes");
  // 10:00 at UTC+5.
  EXPECT_EQ(events[0]["start"], "2026-12-02T05:00:00Z");
  EXPECT_EQ(events[0]["end"], "2026-12-02T05:20:00Z");
  EXPECT_EQ(events[0]["summary"], "Личный приём: Бекова Айгуль");
  EXPECT_EQ(events[0]["status"], "CONFIRMED");
  EXPECT_EQ(events[0]["location"], "Маслихат, каб. 101, ул. Абая, 1");
  EXPECT_EQ(events[0]["url"],
            app_.config().http.public_url + "/deputies/" + std::to_string(deputy1_));
  EXPECT_EQ(events[1]["uid"], "reception-session-" + std::to_string(dropped) + "@kenes");
  EXPECT_EQ(events[1]["status"], "CANCELLED");

  auto kk =
      Events(app_.NewClient()
                 .Get("/api/v1/deputies/" + std::to_string(deputy1_) + "/receptions.ics?lang=kk")
                 .body);
  ASSERT_EQ(kk.size(), 2u);
  EXPECT_EQ(kk[0]["summary"], "Жеке қабылдау: Бекова Айгүл");

  // The maslikhat's feed holds every host's sessions; deputy 2 has none.
  auto m = app_.NewClient().Get("/api/v1/maslikhats/" + std::to_string(city_) +
                                "/receptions.ics?lang=en");
  ASSERT_EQ(m.status, 200);
  auto all = Events(m.body);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0]["summary"], "Personal reception: Бекова Айгуль");
  EXPECT_TRUE(Events(app_.NewClient()
                         .Get("/api/v1/deputies/" + std::to_string(deputy2_) + "/receptions.ics")
                         .body)
                  .empty());
}

TEST_F(ReceptionFeedApi, FeedsRefuseUnknownIdsAndBadLanguages) {
  Client anon = app_.NewClient();
  EXPECT_EQ(anon.Get("/api/v1/deputies/999999/receptions.ics").status, 404);
  EXPECT_EQ(anon.Get("/api/v1/maslikhats/999999/receptions.ics").status, 404);
  EXPECT_EQ(anon.Get("/api/v1/deputies/x/receptions.ics").status, 404);
  auto bad = anon.Get("/api/v1/deputies/" + std::to_string(deputy1_) + "/receptions.ics?lang=de");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.field("lang"), "invalid");
}

TEST_F(ReceptionFeedApi, ABookingsEventIsItsSlotForItsOwnerAndHostsOnly) {
  const int64_t session = Schedule("2026-12-02", 1, "10:40");
  ASSERT_EQ(Book(stranger_, session).status, 201);  // takes 10:00
  auto mine = Book(citizen_, session);
  ASSERT_EQ(mine.status, 201);
  const std::string path = "/api/v1/reception-bookings/" +
                           std::to_string(mine.json()["id"].get<int64_t>()) + "/booking.ics";
  auto r = citizen_.Get(path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["content-type"], "text/calendar; charset=utf-8");
  auto events = Events(r.body);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["start"], "2026-12-02T05:20:00Z");
  EXPECT_EQ(events[0]["end"], "2026-12-02T05:40:00Z");
  EXPECT_EQ(events[0]["summary"], "Личный приём: Бекова Айгуль");
  EXPECT_EQ(staff_.Get(path).status, 200);
  EXPECT_EQ(dep1_.Get(path).status, 200);
  EXPECT_EQ(stranger_.Get(path).status, 404);
  EXPECT_EQ(other_staff_.Get(path).status, 404);
  EXPECT_EQ(app_.NewClient().Get(path).status, 401);
  EXPECT_EQ(citizen_.Get("/api/v1/reception-bookings/999999/booking.ics").status, 404);
}

TEST_F(ReceptionFeedApi, TheReminderGoesOutTheDayBeforeOnceAndNotForACancelledBooking) {
  const int64_t session = Schedule("2026-12-02", 2);
  ASSERT_EQ(Book(citizen_, session).status, 201);
  auto gone = Book(stranger_, session);
  ASSERT_EQ(gone.status, 201);
  ASSERT_EQ(stranger_
                .Post("/api/v1/reception-bookings/" +
                          std::to_string(gone.json()["id"].get<int64_t>()) + "/cancel",
                      json::object())
                .status,
            200);
  // 30 November at 09:00 local: the session is two days off.
  app_.clock().Set(Utc("2026-11-30T04:00:00Z"));
  EXPECT_TRUE(MailsTo("citizen@example.kz", "Завтра").empty());
  // 1 December at 09:00 local.
  app_.clock().Set(Utc("2026-12-01T04:00:00Z"));
  auto sent = MailsTo("citizen@example.kz", "Завтра личный приём");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_NE(sent[0].body.find("02.12.2026 10:00"), std::string::npos);
  EXPECT_NE(TokenIn(sent[0].body), "");
  EXPECT_TRUE(MailsTo("stranger@example.kz", "Завтра").empty());

  // A restart and another run of the job on the same day send nothing more.
  app_.Restart();
  ASSERT_TRUE(app_.app()
                  .database()
                  .Write([&](db::Tx& tx) -> Status {
                    jobs::Enqueue(tx, "reception.reminders", json::object(), app_.clock().NowMs());
                    return Ok();
                  })
                  .ok());
  EXPECT_EQ(MailsTo("citizen@example.kz", "Завтра личный приём").size(), 1u);
}

TEST_F(ReceptionFeedApi, ACancelLinkCancelsWithoutSignInAndPromotesTheWaitlist) {
  const int64_t session = Schedule("2026-12-02");
  auto first = Book(citizen_, session);
  ASSERT_EQ(first.status, 201);
  ASSERT_EQ(Book(stranger_, session).json()["status"], "waitlisted");
  auto booked = MailsTo("citizen@example.kz", "Вы записаны");
  ASSERT_EQ(booked.size(), 1u);
  const std::string token = TokenIn(booked[0].body);
  ASSERT_EQ(token.size(), 64u) << booked[0].body;
  EXPECT_EQ(TokenIn(MailsTo("stranger@example.kz", "листе ожидания").at(0).body).size(), 64u);

  Client anon = Anonymous();
  std::string tampered = token;
  tampered.back() = tampered.back() == '0' ? '1' : '0';
  EXPECT_EQ(anon.Post("/api/v1/reception-bookings/cancel-by-link", {{"token", tampered}}).status,
            404);
  EXPECT_EQ(anon.Post("/api/v1/reception-bookings/cancel-by-link", {{"token", "abc"}}).status, 404);
  auto missing = anon.Post("/api/v1/reception-bookings/cancel-by-link", json::object());
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(missing.field("token"), "required");
  EXPECT_EQ(anon.Post("/api/v1/reception-bookings/by-link", {{"token", tampered}}).status, 404);

  // The page's summary: the session and slot, no one's contacts.
  auto shown = anon.Post("/api/v1/reception-bookings/by-link", {{"token", token}});
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(shown.json()["status"], "booked");
  EXPECT_EQ(shown.json()["slot"], "10:00");
  EXPECT_EQ(shown.json()["session"]["host_name_ru"], "Бекова Айгуль");
  EXPECT_FALSE(shown.json().contains("email"));
  EXPECT_FALSE(shown.json().contains("phone"));

  auto r = anon.Post("/api/v1/reception-bookings/cancel-by-link", {{"token", token}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["status"], "cancelled");
  EXPECT_EQ(MailsTo("stranger@example.kz", "Место освободилось").size(), 1u);
  // Cancelled by the person themself: no "cancelled by staff" mail.
  EXPECT_TRUE(MailsTo("citizen@example.kz", "отменена").empty());
  auto mine = stranger_.Get("/api/v1/me/reception-bookings").json()["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["status"], "booked");
  // Once: the same link again finds nothing to cancel.
  EXPECT_EQ(anon.Post("/api/v1/reception-bookings/cancel-by-link", {{"token", token}}).status, 404);
  EXPECT_EQ(anon.Post("/api/v1/reception-bookings/by-link", {{"token", token}}).json()["status"],
            "cancelled");
}

TEST_F(ReceptionFeedApi, AFloodOfGuessedTokensCancelsNothing) {
  const int64_t session = Schedule("2026-12-02");
  auto booked = Book(citizen_, session);
  ASSERT_EQ(booked.status, 201);
  // Without the CSRF cookie and header, like every unsafe route: refused before anything is read.
  EXPECT_EQ(
      app_.NewClient()
          .Post("/api/v1/reception-bookings/cancel-by-link", {{"token", std::string(64, 'a')}})
          .status,
      403);
  std::vector<std::thread> threads;
  std::atomic<int> not_found{0}, busy{0}, other{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      Client c = Anonymous();
      for (int k = 0; k < 10; ++k) {
        std::string guess(64, '0');
        guess[0] = static_cast<char>('a' + i);
        guess[1] = static_cast<char>('a' + k);
        auto r = c.Post("/api/v1/reception-bookings/cancel-by-link", {{"token", guess}});
        if (r.status == 404)
          ++not_found;
        else if (r.status == 429)
          ++busy;
        else
          ++other;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_GT(not_found.load(), 0);
  EXPECT_EQ(other.load(), 0);
  auto mine = citizen_.Get("/api/v1/me/reception-bookings").json()["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["status"], "booked");
}

}  // namespace
}  // namespace kenes::testing
