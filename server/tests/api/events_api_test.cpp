// Events through the HTTP API on both databases: organisers and scope, a visible language
// fallback, registration at the capacity's edges, the day-before reminder sent once, notices of a
// cancellation and a move (the citizens' accounts are in Kazakh, so are their mails), the report
// after the event, the ICS calendars read by a calendar client (Debian's python3-icalendar), and
// hostile input.
#include <cstdio>
#include <sstream>

#include "platform/jobs/jobs.hpp"
#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

// Prints one JSON line per VEVENT as a calendar client reads it.
constexpr const char* kReadCalendar = R"(
import json
import sys
from icalendar import Calendar

cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
for ev in cal.walk("VEVENT"):
    print(json.dumps({
        "uid": str(ev.get("UID")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "status": str(ev.get("STATUS")),
        "summary": str(ev.get("SUMMARY")),
        "location": str(ev.get("LOCATION", "")),
        "description": str(ev.get("DESCRIPTION", "")),
        "start": ev.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M%z"),
        "end": ev.decoded("DTEND").strftime("%Y-%m-%dT%H:%M%z"),
    }, ensure_ascii=False))
)";

std::vector<json> ReadCalendar(const std::string& ics) {
  const std::string script = TempFile(kReadCalendar);
  const std::string out = Through("/usr/bin/python3 " + script + " {}", ics);
  std::remove(script.c_str());
  std::vector<json> events;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) events.push_back(json::parse(line));
  return events;
}

class EventsApi : public AppealsFixture {
 protected:
  std::string Events(int64_t maslikhat) {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/events";
  }
  static std::string EventPath(int64_t id, const std::string& tail = "") {
    return "/api/v1/events/" + std::to_string(id) + tail;
  }
  static std::string PublicPath(int64_t id, const std::string& query = "") {
    return "/api/v1/public/events/" + std::to_string(id) + query;
  }
  // A meeting with voters on 2 December 2026 (the fake clock is 18 November).
  json Body(std::optional<int64_t> capacity = std::nullopt) {
    json b = {{"type", "voter_meeting"},
              {"starts_at", "2026-12-02T18:00"},
              {"ends_at", "2026-12-02T19:30"},
              {"place", "Школа № 5, актовый зал"},
              {"okrug_id", okrug1_},
              {"texts",
               {{"kk", {{"title", "Сайлаушылармен кездесу"}, {"description", "Күн тәртібі."}}},
                {"ru", {{"title", "Встреча с избирателями"}, {"description", "**Повестка**."}}}}}};
    if (capacity) b["capacity"] = *capacity;
    return b;
  }
  int64_t Make(Client& c, const json& body) {
    auto r = c.Post(Events(city_), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  std::vector<mail::Message> MailsTo(const std::string& to, const std::string& subject_part) {
    app_.RunJobs();
    std::vector<mail::Message> out;
    for (const auto& m : app_.mailer().Sent())
      if (m.to == to && m.subject.find(subject_part) != std::string::npos) out.push_back(m);
    return out;
  }
  json Public(int64_t id, const std::string& query = "") {
    return app_.NewClient().Get(PublicPath(id, query)).json();
  }
};

TEST_F(EventsApi, StaffCreateTheyAndDeputiesKeepTheirOwnAndReadersGetAVisibleFallback) {
  const int64_t id = Make(staff_, Body());
  auto ru = Public(id, "?lang=ru");
  EXPECT_EQ(ru["title"], "Встреча с избирателями");
  EXPECT_EQ(ru["description_html"], "<p><strong>Повестка</strong>.</p>\n");
  EXPECT_EQ(ru["status"], "scheduled");
  EXPECT_EQ(ru["mine"], nullptr);
  auto kk = Public(id, "?lang=kk");
  EXPECT_EQ(kk["lang"], "kk");
  EXPECT_EQ(kk["title"], "Сайлаушылармен кездесу");
  // No English version: the Russian one, and the answer says so.
  auto en = Public(id, "?lang=en");
  EXPECT_EQ(en["lang"], "ru");
  EXPECT_EQ(en["available"], json::array({"kk", "ru"}));

  // A deputy organises their own events, not another deputy's nor the maslikhat's.
  json own = Body();
  own["deputy_id"] = deputy1_;
  const int64_t dep_event = Make(dep1_, own);
  EXPECT_EQ(dep1_.Get(EventPath(dep_event)).status, 200);
  EXPECT_EQ(dep1_.Get(EventPath(id)).status, 404);
  json theirs = Body();
  theirs["deputy_id"] = deputy2_;
  EXPECT_EQ(dep1_.Post(Events(city_), theirs).status, 403);
  EXPECT_EQ(dep1_.Post(Events(city_), Body()).status, 403);
  own["deputy_id"] = deputy2_;
  EXPECT_EQ(
      dep1_.Send("PUT", EventPath(dep_event), own.dump(), {{"Content-Type", "application/json"}})
          .status,
      403);
  // The deputy's list shows their own; the staff's all.
  EXPECT_EQ(dep1_.Get(Events(city_)).json()["items"].size(), 1u);
  EXPECT_EQ(staff_.Get(Events(city_)).json()["items"].size(), 2u);
  // Another maslikhat's staff, a citizen: nothing to keep here.
  for (Client* c : {&other_staff_, &citizen_, &dep2_}) {
    EXPECT_EQ(c->Get(EventPath(id)).status, 404);
    EXPECT_EQ(c->Post(EventPath(id, "/cancel"), {{"reason", "x"}}).status, 404);
    EXPECT_EQ(c->Get(EventPath(id, "/registrations")).status, 404);
  }
  EXPECT_EQ(other_staff_.Get(Events(city_)).status, 404);
  EXPECT_EQ(other_staff_.Post(Events(city_), Body()).status, 404);
  // References must be the maslikhat's own.
  json foreign = Body();
  foreign["deputy_id"] = 987654;
  EXPECT_EQ(staff_.Post(Events(city_), foreign).field("deputy_id"), "not_found");
}

TEST_F(EventsApi, TheLastPlaceGoesToOnePersonAFullEventSays409AndCancellingFreesIt) {
  const int64_t id = Make(staff_, Body(2));
  auto first = citizen_.Post(EventPath(id, "/registration"), json::object());
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json()["free"], 1);
  EXPECT_EQ(first.json()["mine"], true);
  // One registration per person.
  EXPECT_EQ(citizen_.Post(EventPath(id, "/registration"), json::object()).field("status"),
            "already_registered");
  // The last place.
  auto last = stranger_.Post(EventPath(id, "/registration"), json::object());
  ASSERT_EQ(last.status, 201) << last.body;
  EXPECT_EQ(last.json()["free"], 0);
  Client third = app_.SignedIn("third@example.kz");
  auto full = third.Post(EventPath(id, "/registration"), json::object());
  EXPECT_EQ(full.status, 409);
  EXPECT_EQ(full.field("status"), "full");
  EXPECT_EQ(Public(id)["registered"], 2);
  // Cancelling frees the place; a second cancel finds nothing.
  auto gone = citizen_.Delete(EventPath(id, "/registration"));
  ASSERT_EQ(gone.status, 200) << gone.body;
  EXPECT_EQ(gone.json()["mine"], false);
  EXPECT_EQ(citizen_.Delete(EventPath(id, "/registration")).status, 404);
  EXPECT_EQ(third.Post(EventPath(id, "/registration"), json::object()).status, 201);
  EXPECT_EQ(citizen_.Get(PublicPath(id)).json()["mine"], false);
  EXPECT_EQ(third.Get(PublicPath(id)).json()["mine"], true);
  // Anonymous people sign in first.
  auto anon = app_.NewClient();
  anon.PrimeCsrf();
  EXPECT_EQ(anon.Post(EventPath(id, "/registration"), json::object()).status, 401);
  // Staff of the maslikhat see who registered; nobody else does.
  auto list = staff_.Get(EventPath(id, "/registrations"));
  ASSERT_EQ(list.status, 200) << list.body;
  const json items = list.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["email"], "stranger@example.kz");
  EXPECT_EQ(items[1]["email"], "third@example.kz");
  EXPECT_EQ(admin_.Get(EventPath(id, "/registrations")).status, 404);
  EXPECT_EQ(dep1_.Get(EventPath(id, "/registrations")).status, 404);
  // Capacity cannot fall below those registered.
  json smaller = Body(1);
  EXPECT_EQ(
      staff_.Send("PUT", EventPath(id), smaller.dump(), {{"Content-Type", "application/json"}})
          .field("capacity"),
      "below_registered");
}

TEST_F(EventsApi, TheReminderGoesOutTheDayBeforeOnceEvenAfterARestart) {
  const int64_t id = Make(staff_, Body());
  ASSERT_EQ(citizen_.Post(EventPath(id, "/registration"), json::object()).status, 201);
  ASSERT_EQ(stranger_.Post(EventPath(id, "/registration"), json::object()).status, 201);
  ASSERT_EQ(stranger_.Delete(EventPath(id, "/registration")).status, 200);
  EXPECT_EQ(MailsTo("citizen@example.kz", "Іс-шараға тіркелдіңіз").size(), 1u);
  // 30 November: two days off.
  app_.clock().Set(Utc("2026-11-30T10:00:00Z"));
  EXPECT_TRUE(MailsTo("citizen@example.kz", "Ертең").empty());
  // 1 December, 10:00 local.
  app_.clock().Set(Utc("2026-12-01T05:00:00Z"));
  auto sent = MailsTo("citizen@example.kz", "Ертең іс-шара");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_NE(sent[0].body.find("02.12.2026 18:00"), std::string::npos);
  EXPECT_NE(sent[0].body.find("/events/" + std::to_string(id)), std::string::npos);
  EXPECT_TRUE(MailsTo("stranger@example.kz", "Ертең").empty());
  // Sessions do not outlive the clock's jump: sign in again.
  Client citizen = Login("citizen@example.kz", "correct-horse-1");
  const json notes = citizen.Get("/api/v1/me/notifications").json()["items"];
  ASSERT_FALSE(notes.empty());
  EXPECT_EQ(notes[0]["kind"], "event_reminder");
  EXPECT_EQ(notes[0]["event_id"], id);
  // Later runs, a restart and a job queued by hand send nothing more.
  app_.clock().Set(Utc("2026-12-01T09:00:00Z"));
  app_.Restart();
  ASSERT_TRUE(app_.app()
                  .database()
                  .Write([&](db::Tx& tx) -> Status {
                    jobs::Enqueue(tx, "events.reminders", json::object(), app_.clock().NowMs());
                    return Ok();
                  })
                  .ok());
  EXPECT_EQ(MailsTo("citizen@example.kz", "Ертең іс-шара").size(), 1u);
  int reminders = 0;
  citizen = Login("citizen@example.kz", "correct-horse-1");
  const json after = citizen.Get("/api/v1/me/notifications").json()["items"];
  for (const auto& n : after) reminders += n["kind"] == "event_reminder";
  EXPECT_EQ(reminders, 1);
}

TEST_F(EventsApi, RegistrantsHearOfACancellationAndOfAMove) {
  const int64_t id = Make(staff_, Body());
  ASSERT_EQ(citizen_.Post(EventPath(id, "/registration"), json::object()).status, 201);
  json moved = Body();
  moved["starts_at"] = "2026-12-03T18:00";
  moved["ends_at"] = "2026-12-03T19:00";
  auto r = staff_.Send("PUT", EventPath(id), moved.dump(), {{"Content-Type", "application/json"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["sequence"], 1);
  auto notice = MailsTo("citizen@example.kz", "ауыстырылды");
  ASSERT_EQ(notice.size(), 1u);
  EXPECT_NE(notice[0].body.find("03.12.2026 18:00"), std::string::npos);
  EXPECT_NE(notice[0].body.find("02.12.2026 18:00"), std::string::npos);
  // A change of the title alone is no move.
  moved["texts"]["ru"]["title"] = "Встреча с жителями";
  ASSERT_EQ(staff_.Send("PUT", EventPath(id), moved.dump(), {{"Content-Type", "application/json"}})
                .json()["sequence"],
            1);
  EXPECT_EQ(MailsTo("citizen@example.kz", "ауыстырылды").size(), 1u);

  auto cancelled = staff_.Post(EventPath(id, "/cancel"), {{"reason", "Карантин в школе"}});
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["status"], "cancelled");
  EXPECT_EQ(cancelled.json()["sequence"], 2);
  auto told = MailsTo("citizen@example.kz", "өтпейді");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_NE(told[0].body.find("Карантин в школе"), std::string::npos);
  EXPECT_EQ(staff_.Post(EventPath(id, "/cancel"), {{"reason", "x"}}).field("status"),
            "not_scheduled");
  EXPECT_EQ(stranger_.Post(EventPath(id, "/registration"), json::object()).field("status"),
            "not_scheduled");
  EXPECT_EQ(Public(id)["cancel_reason"], "Карантин в школе");
  // The bell too: the move and the cancellation, each naming the event.
  const json notes = citizen_.Get("/api/v1/me/notifications").json()["items"];
  std::vector<std::string> kinds;
  for (const auto& n : notes) {
    if (n["event_id"] == id) kinds.push_back(n["kind"]);
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"event_cancelled", "event_moved"}));
  EXPECT_EQ(notes[0]["detail"], "2026-12-03 18:00");
}

TEST_F(EventsApi, AfterTheEventStaffWriteTheReportAndTheEventIsHeld) {
  const int64_t id = Make(staff_, Body());
  EXPECT_EQ(
      staff_.Post(EventPath(id, "/report"), {{"report", "Пришли 40 человек."}}).field("status"),
      "not_started");
  app_.clock().Set(Utc("2026-12-02T15:00:00Z"));           // 20:00 local, after the meeting
  staff_ = Login("staff@example.kz", "staff-password-1");  // sessions do not outlive the jump
  // Registration is closed once the event has begun.
  Client late = app_.SignedIn("late@example.kz");
  EXPECT_EQ(late.Post(EventPath(id, "/registration"), json::object()).field("status"), "started");
  auto held =
      staff_.Post(EventPath(id, "/report"), {{"report",
                                              "Пришли **40** человек.<script>alert(1)</script>"
                                              "[x](javascript:alert(1))"}});
  ASSERT_EQ(held.status, 200) << held.body;
  EXPECT_EQ(held.json()["status"], "held");
  const std::string html = Public(id)["report_html"];
  EXPECT_NE(html.find("<strong>40</strong>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  // A held event is no longer edited.
  EXPECT_EQ(staff_.Send("PUT", EventPath(id), Body().dump(), {{"Content-Type", "application/json"}})
                .field("status"),
            "not_scheduled");
}

TEST_F(EventsApi, ThePublicListFiltersByDeputyOkrugTypeAndDaysAndPagesWithoutRepeats) {
  json lecture = Body();
  lecture["type"] = "lecture";
  lecture["starts_at"] = "2026-12-10T11:00";
  lecture["ends_at"] = "2026-12-10T12:00";
  lecture["deputy_id"] = deputy1_;
  lecture["okrug_id"] = okrug2_;
  const int64_t a = Make(staff_, Body());
  const int64_t b = Make(staff_, lecture);
  json online = Body();
  online["type"] = "online";
  online["place"] = "";
  online["online_url"] = "https://meet.example.kz/abc";
  online["starts_at"] = "2026-12-20T19:00";
  online["ends_at"] = "2026-12-20T20:00";
  const int64_t c = Make(staff_, online);
  auto ids = [&](const std::string& query) {
    std::vector<int64_t> out;
    const json items = app_.NewClient().Get("/api/v1/public/events" + query).json()["items"];
    for (const auto& i : items) out.push_back(i["id"]);
    return out;
  };
  const std::string m = "?maslikhat=" + std::to_string(city_);
  EXPECT_EQ(ids(m), (std::vector<int64_t>{a, b, c}));
  EXPECT_EQ(ids(m + "&deputy=" + std::to_string(deputy1_)), (std::vector<int64_t>{b}));
  EXPECT_EQ(ids(m + "&okrug=" + std::to_string(okrug1_)), (std::vector<int64_t>{a, c}));
  EXPECT_EQ(ids(m + "&type=online"), (std::vector<int64_t>{c}));
  EXPECT_EQ(ids(m + "&from=2026-12-10&to=2026-12-10"), (std::vector<int64_t>{b}));
  EXPECT_EQ(ids(m + "&from=2026-12-01&to=2026-12-31"), (std::vector<int64_t>{a, b, c}));
  EXPECT_TRUE(ids("?maslikhat=" + std::to_string(other_)).empty());
  // Pages of one: every event once, in order.
  std::vector<int64_t> seen;
  std::string cursor;
  for (int i = 0; i < 5; ++i) {
    const json page = app_.NewClient()
                          .Get("/api/v1/public/events" + m + "&limit=1" +
                               (cursor.empty() ? "" : "&cursor=" + cursor))
                          .json();
    for (const auto& item : page["items"]) seen.push_back(item["id"]);
    if (page["next_cursor"].is_null()) break;
    cursor = page["next_cursor"];
  }
  EXPECT_EQ(seen, (std::vector<int64_t>{a, b, c}));
  for (const char* bad :
       {"&from=2026-13-01", "&to=yesterday", "&type=party", "&limit=0", "&limit=1000",
        "&cursor=abc", "&lang=de", "&from=2026-12-10&to=2026-12-01"}) {
    EXPECT_EQ(app_.NewClient().Get("/api/v1/public/events" + m + bad).status, 422) << bad;
  }
}

TEST_F(EventsApi, TheCalendarsKeepUidsCountSequencesEscapeAndFold) {
  json body = Body();
  body["deputy_id"] = deputy1_;
  body["place"] = "Библиотека, зал 2; вход\nэтаж 1";
  std::string title = "Встреча, лекция; итоги";
  while (title.size() < 180) title += " и вопросы жителей";
  body["texts"]["ru"]["title"] = title;
  const int64_t id = Make(staff_, body);
  const std::string path = "/api/v1/deputies/" + std::to_string(deputy1_) + "/events.ics?lang=ru";
  auto first = app_.NewClient().Get(path);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_NE(first.headers["content-type"].find("text/calendar"), std::string::npos);
  EXPECT_NE(first.body.find("LOCATION:Библиотека\\, зал 2\\; вход\\nэтаж 1"), std::string::npos);
  // Every physical line within 75 octets, ending in CRLF.
  size_t start = 0;
  while (start < first.body.size()) {
    const size_t end = first.body.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    start = end + 2;
  }
  auto events = ReadCalendar(first.body);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["uid"], "event-" + std::to_string(id) + "@kenes");
  EXPECT_EQ(events[0]["summary"], title);
  EXPECT_EQ(events[0]["location"], "Библиотека, зал 2; вход\nэтаж 1");
  EXPECT_EQ(events[0]["start"], "2026-12-02T18:00+0500");
  EXPECT_EQ(events[0]["end"], "2026-12-02T19:30+0500");
  EXPECT_EQ(events[0]["sequence"], 0);
  EXPECT_EQ(events[0]["status"], "CONFIRMED");

  body["starts_at"] = "2026-12-04T23:00";
  body["ends_at"] = "2026-12-05T01:00";  // past midnight
  ASSERT_EQ(
      staff_.Send("PUT", EventPath(id), body.dump(), {{"Content-Type", "application/json"}}).status,
      200);
  ASSERT_EQ(staff_.Post(EventPath(id, "/cancel"), {{"reason", "Ремонт"}}).status, 200);
  const std::string whole =
      app_.NewClient().Get("/api/v1/maslikhats/" + std::to_string(city_) + "/events.ics").body;
  events = ReadCalendar(whole);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["uid"], "event-" + std::to_string(id) + "@kenes");
  EXPECT_EQ(events[0]["sequence"], 2);
  EXPECT_EQ(events[0]["status"], "CANCELLED");
  EXPECT_EQ(events[0]["end"], "2026-12-05T01:00+0500");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/deputies/987654/events.ics").status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/maslikhats/987654/events.ics").status, 404);
  EXPECT_EQ(app_.NewClient().Get(path + "x").status, 422);
}

TEST_F(EventsApi, HostileBodiesAreRefusedAndTheServerStaysUp) {
  auto field = [&](const json& body) { return staff_.Post(Events(city_), body); };
  json b = Body();
  b["ends_at"] = "2026-12-02T17:00";
  EXPECT_EQ(field(b).field("ends_at"), "before_start");
  b = Body();
  b["starts_at"] = "2026-02-30T10:00";
  EXPECT_EQ(field(b).field("starts_at"), "invalid");
  b = Body();
  b["starts_at"] = "2026-12-02 18:00";
  EXPECT_EQ(field(b).field("starts_at"), "invalid");
  b = Body();
  b["starts_at"] = "2026-12-02T24:00";
  EXPECT_EQ(field(b).field("starts_at"), "invalid");
  b = Body();
  b["online_url"] = "javascript:alert(1)";
  EXPECT_EQ(field(b).field("online_url"), "invalid");
  b = Body();
  b["type"] = "online";
  b["place"] = "";
  EXPECT_EQ(field(b).field("online_url"), "required");
  b = Body();
  b["place"] = "";
  EXPECT_EQ(field(b).field("place"), "required");
  b = Body();
  b["texts"] = json::object();
  EXPECT_EQ(field(b).field("texts"), "required");
  b = Body();
  b["texts"]["ru"]["title"] = std::string(5000, 'x');
  EXPECT_EQ(field(b).field("texts.ru.title"), "too_long");
  b = Body();
  b["texts"]["ru"]["description"] = std::string(30000, 'x');
  EXPECT_EQ(field(b).status, 422);
  b = Body();
  b["capacity"] = "ten";
  EXPECT_EQ(field(b).status, 422);
  b = Body();
  b["capacity"] = 0;
  EXPECT_EQ(field(b).status, 422);
  b = Body();
  b["type"] = "party";
  EXPECT_EQ(field(b).field("type"), "invalid");
  b = Body();
  b["extra"] = 1;
  EXPECT_EQ(field(b).status, 422);
  // Deep JSON.
  std::string deep(5000, '[');
  deep += std::string(5000, ']');
  const long deep_status =
      staff_.Send("POST", Events(city_), deep, {{"Content-Type", "application/json"}}).status;
  EXPECT_TRUE(deep_status == 400 || deep_status == 413 || deep_status == 422) << deep_status;
  // A huge body.
  b = Body();
  b["texts"]["ru"]["description"] = std::string(size_t{3} * 1024 * 1024, 'x');
  const long huge = field(b).status;
  EXPECT_TRUE(huge == 413 || huge == 422) << huge;
  // Other people's and malformed ids.
  EXPECT_EQ(citizen_.Post(EventPath(987654, "/registration"), json::object()).status, 404);
  EXPECT_EQ(app_.NewClient().Get(PublicPath(987654)).status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/events/1x").status, 404);
  EXPECT_EQ(staff_.Post(Events(987654), Body()).status, 404);
  EXPECT_TRUE(staff_.Get(Events(city_)).json()["items"].empty());
  // A flood of registrations and reads: each answered or held back, nothing counted twice.
  const int64_t id = Make(staff_, Body(5));
  int created = 0;
  for (int i = 0; i < 30; ++i) {
    const long s = citizen_.Post(EventPath(id, "/registration"), json::object()).status;
    EXPECT_TRUE(s == 201 || s == 409 || s == 429) << s;
    created += s == 201;
  }
  EXPECT_EQ(created, 1);
  for (int i = 0; i < 40; ++i) {
    const long s = app_.NewClient().Get(PublicPath(id)).status;
    EXPECT_TRUE(s == 200 || s == 429) << s;
  }
  EXPECT_EQ(Public(id)["registered"], 1);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(EventsApi, EveryChangeIsAuditedWithoutText) {
  const int64_t id = Make(staff_, Body());
  ASSERT_EQ(citizen_.Post(EventPath(id, "/registration"), json::object()).status, 201);
  ASSERT_EQ(staff_.Post(EventPath(id, "/cancel"), {{"reason", "Болезнь"}}).status, 200);
  auto rows = app_.app().database().Read([&](db::Tx& tx) -> Result<std::vector<std::string>> {
    std::vector<std::string> out;
    for (const auto& r : tx.Query(
             "SELECT action, details FROM audit_log WHERE action LIKE 'event.%' ORDER BY id")) {
      EXPECT_EQ(r.Str("details"), "{}");
      out.push_back(r.Str("action"));
    }
    return out;
  });
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(*rows, (std::vector<std::string>{"event.create", "event.register", "event.cancel"}));
}

}  // namespace
}  // namespace kenes::testing
