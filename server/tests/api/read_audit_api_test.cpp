// Every read of someone else's personal data is on record (docs/personal-data.md, "Reads of
// others' data"): one audit row per request, naming who, what kind and which ids, never the data;
// a person reading their own adds none.
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class ReadAuditApi : public AppealsFixture {
 protected:
  // What the read journal holds is moved first (ADR 0023): the rows exist, maybe not yet here.
  int64_t Count(const std::string& action) {
    app_.app().MoveReadAudit();
    return Stored(action);
  }
  int64_t Stored(const std::string& action) {
    return app_.app().database().Read([&](db::Tx& tx) {
      return tx.QueryOne("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1", {action})
          ->Int("n");
    });
  }
  std::string Details(const std::string& action) {
    app_.app().MoveReadAudit();
    return app_.app().database().Read([&](db::Tx& tx) {
      auto row = tx.QueryOne(
          "SELECT details FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT 1", {action});
      return row ? row->Str("details") : std::string();
    });
  }
  int64_t FilePaper() {
    json paper = Appeal("Фонари");
    paper["channel"] = "paper";
    paper["applicant_name"] = "Иванова Ольга";
    paper["applicant_iin"] = "900101300017";
    auto r = File(staff_, paper);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  std::string List(const std::string& query) {
    return "/api/v1/appeals?maslikhat_id=" + std::to_string(city_) + query;
  }
};

TEST_F(ReadAuditApi, StaffViewsTalonsAndSearchesOfAppealsAreRecorded) {
  const int64_t id = FilePaper();
  const std::string path = "/api/v1/appeals/" + std::to_string(id);
  ASSERT_EQ(staff_.Get(path).status, 200);
  EXPECT_EQ(Count("appeals.applicant_viewed"), 1);
  ASSERT_EQ(staff_.Get(path + "/talon.pdf").status, 200);
  EXPECT_EQ(Count("appeals.talon_printed"), 1);

  // Browsing shows no personal data and is not recorded; a search (whose appeals?) is.
  ASSERT_EQ(staff_.Get(List("")).status, 200);
  EXPECT_EQ(Count("appeals.searched"), 0);
  ASSERT_EQ(staff_.Get(List("&q=Фонари")).status, 200);
  EXPECT_EQ(Details("appeals.searched").find("Фонари"), std::string::npos);  // never the query
  ASSERT_EQ(staff_.Get(List("&q=900101300017")).status, 200);
  EXPECT_EQ(Count("appeals.searched"), 2);
  const std::string details = Details("appeals.searched");
  EXPECT_NE(details.find(R"("by":"iin")"), std::string::npos) << details;
  EXPECT_NE(details.find(std::to_string(id)), std::string::npos) << details;
  EXPECT_EQ(details.find("900101300017"), std::string::npos);
  EXPECT_EQ(Details("appeals.applicant_viewed").find("Иванова"), std::string::npos);

  // Someone else's appeal is not found, and nothing is recorded for it.
  EXPECT_EQ(other_staff_.Get(path).status, 404);
  EXPECT_EQ(Count("appeals.applicant_viewed"), 1);
}

// A view read again between two commits is kept (ADR 0025), and still recorded every time.
TEST_F(ReadAuditApi, EveryViewIsRecordedAlsoWhenItWasKept) {
  const int64_t id = FilePaper();
  const std::string path = "/api/v1/appeals/" + std::to_string(id);
  for (int i = 0; i < 5; ++i) ASSERT_EQ(staff_.Get(path).status, 200);
  EXPECT_EQ(Count("appeals.applicant_viewed"), 5);
  ASSERT_EQ(staff_.Get(path + "/talon.pdf").status, 200);
  EXPECT_EQ(Count("appeals.talon_printed"), 1);
  EXPECT_EQ(other_staff_.Get(path).status, 404);
  EXPECT_EQ(Count("appeals.applicant_viewed"), 5);
}

// A view is answered once its row is in the journal; the row reaches audit_log by itself.
TEST_F(ReadAuditApi, ViewsReachTheAuditLogWithoutAnyoneMovingThem) {
  const int64_t id = FilePaper();
  ASSERT_EQ(staff_.Get("/api/v1/appeals/" + std::to_string(id)).status, 200);
  int64_t stored = 0;
  for (int i = 0; i < 100 && stored == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stored = Stored("appeals.applicant_viewed");
  }
  EXPECT_EQ(stored, 1);
  EXPECT_EQ(app_.app().MoveReadAudit(), 0);  // moved once, not twice
  EXPECT_EQ(Count("appeals.applicant_viewed"), 1);
}

TEST_F(ReadAuditApi, APersonReadingTheirOwnAppealAddsNoRow) {
  auto r = File(citizen_, Appeal("Моё обращение"));
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string path = "/api/v1/appeals/" + std::to_string(r.json()["id"].get<int64_t>());
  ASSERT_EQ(citizen_.Get(path).status, 200);
  ASSERT_EQ(citizen_.Get("/api/v1/appeals?q=обращение").status, 200);
  ASSERT_EQ(citizen_.Get("/api/v1/me/reception-bookings").status, 200);
  EXPECT_EQ(Count("appeals.applicant_viewed"), 0);
  EXPECT_EQ(Count("appeals.searched"), 0);
  EXPECT_EQ(Count("reception.bookings_viewed"), 0);
}

TEST_F(ReadAuditApi, TheHostsListOfVisitorsIsRecordedPerRead) {
  json body = {{"deputy_id", deputy1_},     {"day", "2026-12-02"},          {"starts_at", "10:00"},
               {"ends_at", "10:40"},        {"slot_minutes", 20},           {"capacity", 1},
               {"place_kind", "maslikhat"}, {"place", "Маслихат, каб. 101"}};
  auto made =
      staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/reception-sessions", body);
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t session = made.json()["created"][0]["id"];
  const std::string path = "/api/v1/reception-sessions/" + std::to_string(session) + "/bookings";
  ASSERT_EQ(citizen_.Post(path, {{"topic", "Освещение улицы"}}).status, 201);
  ASSERT_EQ(dep1_.Get(path).status, 200);
  ASSERT_EQ(dep1_.Get(path).status, 200);
  EXPECT_EQ(Count("reception.bookings_viewed"), 2);
  EXPECT_EQ(other_staff_.Get(path).status, 404);
  EXPECT_EQ(Count("reception.bookings_viewed"), 2);
  EXPECT_EQ(Details("reception.bookings_viewed"), R"({"bookings":1})");
}

}  // namespace
}  // namespace kenes::testing
