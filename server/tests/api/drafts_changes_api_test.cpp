// Draft discussions after they open, over HTTP: the staff's corrections and extension of the
// period (never shorter; a commented paragraph keeps its text), the withdrawal with a reason the
// public reads and the commenters hear of, and the closing notice the jobs platform sends once, at
// the end of the closing day, to each person who commented — never twice, never early, never from
// a job left over from before an extension. Refusals change nothing; scope and hostile input.
#include "platform/jobs/jobs.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class DraftChangesApi : public AppealsFixture {
 protected:
  std::string DraftsPath(int64_t maslikhat) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/drafts";
  }
  static std::string PublicPath(int64_t id) {
    return "/api/v1/public/drafts/" + std::to_string(id);
  }
  static std::string DraftPath(int64_t id) { return "/api/v1/drafts/" + std::to_string(id); }
  static std::string CommentsPath(int64_t id) { return DraftPath(id) + "/comments"; }
  static std::string WithdrawalPath(int64_t id) { return DraftPath(id) + "/withdrawal"; }
  static json Body() {
    return {{"title_kk", "Абаттандыру қағидалары туралы"},
            {"title_ru", "О правилах благоустройства"},
            {"paragraphs",
             {{{"text_kk", "1. Жалпы ережелер."}, {"text_ru", "1. Общие положения."}},
              {{"text_kk", "2. Аулаларды күн сайын жинау."},
               {"text_ru", "2. Уборка дворов ежедневно."}},
              {{"text_kk", "3. Жауапкершілік."}, {"text_ru", "3. Ответственность."}}}}};
  }
  json Open(const json& body) {
    auto r = staff_.Post(DraftsPath(city_), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  json Public(int64_t id) {
    auto r = app_.NewClient().Get(PublicPath(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  static json Comment(int64_t paragraph, const std::string& text) {
    return {{"paragraph_id", paragraph}, {"author_type", "citizen"}, {"text", text}};
  }
  static HttpResult Patch(Client& c, int64_t id, const json& body) {
    return c.Patch(DraftPath(id), body);
  }
  // The kinds of a person's notifications about draft `id`, signed in afresh (the clock moves).
  std::vector<std::string> DraftNotices(const char* email, int64_t id,
                                        const char* password = "correct-horse-1") {
    std::vector<std::string> out;
    Client c = As(email, password);
    auto r = c.Get("/api/v1/me/notifications");
    EXPECT_EQ(r.status, 200) << r.body;
    const json page = r.json();
    for (const auto& n : page.value("items", json::array())) {
      if (n["draft_id"] == id) out.push_back(n["kind"]);
    }
    return out;
  }
  // Moves the clock; sessions idle out over days, so whoever acts next signs in again (As).
  void MoveTo(const char* utc) { app_.clock().Set(Utc(utc)); }
  Client As(const char* email, const char* password = "correct-horse-1") {
    return Login(email, password);
  }
  int64_t Audited(const std::string& action, int64_t id) {
    auto n = app_.app().database().Read([&](db::Tx& tx) -> Result<int64_t> {
      return tx
          .QueryOne("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 AND entity_id = $2",
                    {action, id})
          ->Int("n");
    });
    return n.ok() ? *n : -1;
  }
};

TEST_F(DraftChangesApi, StaffCorrectTitlesAndUncommentedParagraphsAndExtendThePeriod) {
  // Opened today (Wednesday 18 November) for 10 working days: through 2 December.
  const json d = Open(Body());
  const int64_t id = d["id"];
  const int64_t p1 = d["paragraphs"][0]["id"];
  const int64_t p2 = d["paragraphs"][1]["id"];
  ASSERT_EQ(citizen_.Post(CommentsPath(id), Comment(p2, "Слишком часто.")).status, 201);

  // A commented paragraph keeps its text: its comments must keep their meaning. Nothing changes,
  // not even the titles sent with it.
  json fix = {{"title_ru", "О правилах благоустройства города"},
              {"paragraphs", {{{"id", p2}, {"text_ru", "2. Уборка дворов еженедельно."}}}}};
  auto commented = Patch(staff_, id, fix);
  EXPECT_EQ(commented.status, 409) << commented.body;
  EXPECT_EQ(commented.field("paragraphs"), "commented");
  EXPECT_EQ(Public(id)["title_ru"], "О правилах благоустройства");
  // The same text for a commented paragraph is no change at all.
  fix["paragraphs"] = {{{"id", p2}, {"text_ru", "2. Уборка дворов ежедневно."}},
                       {{"id", p1}, {"text_ru", "1. Общие положения (исправлено)."}}};
  fix["working_days"] = 15;
  auto ok = Patch(staff_, id, fix);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["title_ru"], "О правилах благоустройства города");
  EXPECT_EQ(ok.json()["paragraphs"][0]["text_ru"], "1. Общие положения (исправлено).");
  EXPECT_EQ(ok.json()["paragraphs"][1]["text_ru"], "2. Уборка дворов ежедневно.");
  EXPECT_EQ(ok.json()["working_days"], 15);
  EXPECT_EQ(ok.json()["closes_on"], "2026-12-09");
  EXPECT_EQ(Public(id)["closes_on"], "2026-12-09");
  // Audited once, with what changed and nothing personal.
  ASSERT_EQ(Audited("draft.update", id), 1);
  auto detail = app_.app().database().Read([&](db::Tx& tx) -> Result<std::string> {
    return tx
        .QueryOne("SELECT details FROM audit_log WHERE action = 'draft.update' AND entity_id = $1",
                  {id})
        ->Str("details");
  });
  ASSERT_TRUE(detail.ok());
  const json what = json::parse(*detail);
  EXPECT_EQ(what["changed"], json({"title_ru", "working_days", "paragraphs"}));
  EXPECT_EQ(what["paragraphs"], json({1}));
  EXPECT_EQ(what["closes_on"], "2026-12-09");
  // The announcement says the new period.
  const json posts = app_.NewClient().Get("/api/v1/public/posts?lang=ru").json();
  ASSERT_EQ(posts["items"].size(), 1u);
  const std::string page =
      app_.NewClient()
          .Get("/api/v1/public/posts/" + std::to_string(posts["items"][0]["id"].get<int64_t>()) +
               "?lang=ru")
          .body;
  EXPECT_NE(page.find("09.12.2026"), std::string::npos) << page;

  // Never shorter; a paragraph of another discussion; an empty title: refused, nothing changed.
  EXPECT_EQ(Patch(staff_, id, {{"working_days", 12}}).field("working_days"), "shortened");
  const json other = Open(Body());
  EXPECT_EQ(Patch(staff_, id,
                  {{"paragraphs", {{{"id", other["paragraphs"][0]["id"]}, {"text_ru", "Чужой."}}}}})
                .field("paragraphs"),
            "not_found");
  EXPECT_EQ(Patch(staff_, id, {{"title_kk", ""}}).status, 422);
  EXPECT_EQ(Patch(staff_, id, {{"working_days", 121}}).field("working_days"), "out_of_range");
  // Another maslikhat's staff, the citizen, a deputy: refused; no such discussion: 404.
  EXPECT_EQ(Patch(other_staff_, id, {{"title_ru", "Чужое"}}).status, 403);
  EXPECT_EQ(Patch(citizen_, id, {{"title_ru", "Моё"}}).status, 403);
  EXPECT_EQ(Patch(dep1_, id, {{"title_ru", "Депутатское"}}).status, 403);
  EXPECT_EQ(Patch(staff_, 987654, {{"title_ru", "Нет"}}).status, 404);
  const json now = Public(id);
  EXPECT_EQ(now["title_ru"], "О правилах благоустройства города");
  EXPECT_EQ(now["title_kk"], "Абаттандыру қағидалары туралы");
  EXPECT_EQ(now["working_days"], 15);
  EXPECT_EQ(Audited("draft.update", id), 1);
  // An empty change is no change: nothing audited.
  EXPECT_EQ(Patch(staff_, id, json::object()).status, 200);
  EXPECT_EQ(Audited("draft.update", id), 1);
  // After the close nothing changes: the record of what was discussed.
  MoveTo("2026-12-09T19:00:00Z");
  Client staff = As("staff@example.kz", "staff-password-1");
  auto closed = Patch(staff, id, {{"working_days", 20}});
  EXPECT_EQ(closed.status, 409) << closed.body;
  EXPECT_EQ(closed.field("discussion"), "closed");
}

TEST_F(DraftChangesApi, AWithdrawnDiscussionShowsItsReasonTakesNoCommentsAndTellsItsCommenters) {
  const json d = Open(Body());
  const int64_t id = d["id"];
  const int64_t p1 = d["paragraphs"][0]["id"];
  ASSERT_EQ(citizen_.Post(CommentsPath(id), Comment(p1, "Уточнить.")).status, 201);
  ASSERT_EQ(stranger_.Post(CommentsPath(id), Comment(p1, "Согласен.")).status, 201);
  ASSERT_EQ(stranger_.Post(CommentsPath(id), Comment(p1, "И ещё.")).status, 201);

  EXPECT_EQ(staff_.Post(WithdrawalPath(id), json::object()).field("reason"), "required");
  EXPECT_EQ(staff_.Post(WithdrawalPath(id), {{"reason", "  "}}).field("reason"), "required");
  EXPECT_EQ(staff_.Post(WithdrawalPath(id), {{"reason", std::string(501, 'x')}}).field("reason"),
            "too_long");
  const json why = {{"reason", "Проект внесён повторно в новой редакции."}};
  EXPECT_EQ(other_staff_.Post(WithdrawalPath(id), why).status, 403);
  EXPECT_EQ(citizen_.Post(WithdrawalPath(id), why).status, 403);
  EXPECT_EQ(dep1_.Post(WithdrawalPath(id), why).status, 403);
  EXPECT_EQ(staff_.Post(WithdrawalPath(987654), why).status, 404);
  EXPECT_EQ(Public(id)["state"], "open") << "refusals change nothing";
  EXPECT_TRUE(DraftNotices("citizen@example.kz", id).empty());

  auto withdrawn = staff_.Post(WithdrawalPath(id), why);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  const json pub = Public(id);
  EXPECT_EQ(pub["state"], "withdrawn");
  EXPECT_EQ(pub["withdrawn_reason"], "Проект внесён повторно в новой редакции.");
  EXPECT_EQ(pub["withdrawn_on"], "2026-11-18");
  EXPECT_EQ(pub["days_left"], 0);
  EXPECT_EQ(pub["comments"].size(), 3u) << "the comments stay readable";
  // No more comments, no edits, no second withdrawal.
  auto late = citizen_.Post(CommentsPath(id), Comment(p1, "Ещё одно."));
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.field("discussion"), "withdrawn");
  EXPECT_EQ(Patch(staff_, id, {{"working_days", 20}}).field("discussion"), "withdrawn");
  EXPECT_EQ(staff_.Post(WithdrawalPath(id), why).field("discussion"), "withdrawn");
  // Each commenter is told once (the reason is on the page, not in the notice); nobody else is.
  EXPECT_EQ(DraftNotices("citizen@example.kz", id), std::vector<std::string>{"draft_withdrawn"});
  EXPECT_EQ(DraftNotices("stranger@example.kz", id), std::vector<std::string>{"draft_withdrawn"});
  EXPECT_TRUE(DraftNotices("deputy1@example.kz", id, "deputy-password-1").empty());
  const std::string notes = citizen_.Get("/api/v1/me/notifications").body;
  EXPECT_EQ(notes.find("новой редакции"), std::string::npos);
  EXPECT_EQ(Audited("draft.withdraw", id), 1);
  // Its closing day passes: nobody is told it closed, the jobs run all the same.
  MoveTo("2026-12-02T19:00:00Z");
  app_.RunJobs();
  EXPECT_EQ(DraftNotices("citizen@example.kz", id), std::vector<std::string>{"draft_withdrawn"});
  EXPECT_EQ(Public(id)["state"], "withdrawn");
}

TEST_F(DraftChangesApi, AnUpcomingDiscussionWithdrawnLosesItsScheduledAnnouncement) {
  json later = Body();
  later["opens_on"] = "2026-11-25";
  const json d = Open(later);
  ASSERT_EQ(staff_.Post(WithdrawalPath(d["id"]), {{"reason", "Ошибка в проекте."}}).status, 200);
  MoveTo("2026-11-25T05:00:00Z");
  EXPECT_TRUE(app_.NewClient().Get("/api/v1/public/posts?lang=ru").json()["items"].empty());
  EXPECT_EQ(Public(d["id"])["state"], "withdrawn");
  // A closed discussion cannot be withdrawn.
  MoveTo("2026-11-18T05:00:00Z");
  staff_ = As("staff@example.kz", "staff-password-1");
  const json open = Open(Body());
  MoveTo("2026-12-02T19:00:00Z");
  staff_ = As("staff@example.kz", "staff-password-1");
  EXPECT_EQ(staff_.Post(WithdrawalPath(open["id"]), {{"reason", "Поздно."}}).field("discussion"),
            "closed");
}

TEST_F(DraftChangesApi, CommentersAreToldOnceWhenItClosesNeverEarlyNorFromAStaleJob) {
  const json d = Open(Body());  // through Wednesday 2 December
  const int64_t id = d["id"];
  const int64_t p1 = d["paragraphs"][0]["id"];
  ASSERT_EQ(citizen_.Post(CommentsPath(id), Comment(p1, "Первое.")).status, 201);
  ASSERT_EQ(citizen_.Post(CommentsPath(id), Comment(p1, "Второе.")).status, 201);
  ASSERT_EQ(stranger_.Post(CommentsPath(id), Comment(p1, "Моё.")).status, 201);
  // Extended to 12 working days: through Friday 4 December. The job for 2 December is stale.
  ASSERT_EQ(Patch(staff_, id, {{"working_days", 12}}).json()["closes_on"], "2026-12-04");
  MoveTo("2026-12-02T19:00:00Z");  // 00:00 local on 3 December
  app_.RunJobs();
  EXPECT_TRUE(DraftNotices("citizen@example.kz", id).empty())
      << "the old closing day sends nothing";
  MoveTo("2026-12-04T18:59:00Z");  // 23:59 local on the last day
  app_.RunJobs();
  EXPECT_TRUE(DraftNotices("citizen@example.kz", id).empty()) << "nothing early";
  // Decided in full before the close: the summary table is complete.
  const json all = Public(id)["comments"];
  staff_ = As("staff@example.kz", "staff-password-1");
  for (const auto& c : all) {
    ASSERT_EQ(
        staff_
            .Post("/api/v1/draft-comments/" + std::to_string(c["id"].get<int64_t>()) + "/decision",
                  {{"decision", "accepted"}})
            .status,
        200);
  }
  MoveTo("2026-12-04T19:00:00Z");  // 00:00 local on 5 December
  app_.RunJobs();
  app_.RunJobs();
  const std::vector<std::string> told = {"draft_discussion_closed", "draft_comment_decided",
                                         "draft_comment_decided"};
  EXPECT_EQ(DraftNotices("citizen@example.kz", id), told) << "once for two comments";
  const json notes = As("stranger@example.kz").Get("/api/v1/me/notifications").json();
  ASSERT_FALSE(notes["items"].empty());
  EXPECT_EQ(notes["items"][0]["kind"], "draft_discussion_closed");
  EXPECT_EQ(notes["items"][0]["draft_id"], id);
  EXPECT_EQ(notes["items"][0]["detail"], "published");
  EXPECT_TRUE(DraftNotices("deputy1@example.kz", id, "deputy-password-1").empty())
      << "only the commenters";
  // A rerun of the job (at-least-once) sends nothing twice.
  (void)app_.app().database().Write([&](db::Tx& tx) -> Result<bool> {
    jobs::Enqueue(tx, "drafts.closing", {{"draft_id", id}, {"closes_on", "2026-12-04"}},
                  app_.clock().NowMs());
    return true;
  });
  app_.RunJobs();
  EXPECT_EQ(DraftNotices("citizen@example.kz", id), told);
}

TEST_F(DraftChangesApi, TheClosingNoticeSaysTheSummaryFollowsWhenCommentsAwaitDecisions) {
  const json d = Open(Body());
  ASSERT_EQ(citizen_.Post(CommentsPath(d["id"]), Comment(d["paragraphs"][0]["id"], "Жду.")).status,
            201);
  MoveTo("2026-12-02T19:00:00Z");
  app_.RunJobs();
  const json page = As("citizen@example.kz").Get("/api/v1/me/notifications").json();
  ASSERT_FALSE(page.value("items", json::array()).empty()) << page;
  const json n = page["items"][0];
  EXPECT_EQ(n["kind"], "draft_discussion_closed");
  EXPECT_EQ(n["detail"], "pending");
}

TEST_F(DraftChangesApi, HostileEditsAndWithdrawalsAreRefusedAndTheServerStaysUp) {
  const json d = Open(Body());
  const int64_t id = d["id"];
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string deeper = std::string(100000, '{') + std::string(100000, '}');
  const std::map<std::string, std::string> type = {{"Content-Type", "application/json"}};
  EXPECT_EQ(staff_.Send("PATCH", DraftPath(id), deep, type).status, 422);
  EXPECT_EQ(staff_.Send("PATCH", DraftPath(id), deeper, type).status, 422);
  EXPECT_EQ(staff_.Send("POST", WithdrawalPath(id), deeper, type).status, 422);
  EXPECT_EQ(Patch(staff_, id, {{"title_ru", std::string(1001, 'x')}}).field("title_ru"),
            "too_long");
  EXPECT_EQ(Patch(staff_, id,
                  {{"paragraphs",
                    {{{"id", d["paragraphs"][0]["id"]}, {"text_ru", std::string(20001, 'x')}}}}})
                .field("paragraphs.0.text_ru"),
            "too_long");
  json many = {{"paragraphs", json::array()}};
  for (int i = 0; i < 1001; ++i)
    many["paragraphs"].push_back({{"id", d["paragraphs"][0]["id"]}, {"text_ru", "x"}});
  EXPECT_EQ(Patch(staff_, id, many).field("paragraphs"), "too_many");
  EXPECT_EQ(Patch(staff_, id, {{"paragraphs", "1. Пункт"}}).field("paragraphs"), "wrong_type");
  EXPECT_EQ(Patch(staff_, id, {{"working_days", "many"}}).field("working_days"), "wrong_type");
  EXPECT_EQ(Patch(staff_, id, {{"opens_on", "2026-11-19"}}).status, 422) << "not editable";
  EXPECT_EQ(staff_.Post(WithdrawalPath(id), {{"reason", 5}}).field("reason"), "wrong_type");
  // A flood of edits, each extending by a day: all audited, the period where the last one left it.
  for (int days = 11; days <= 30; ++days) {
    ASSERT_EQ(Patch(staff_, id, {{"working_days", days}}).status, 200);
  }
  EXPECT_EQ(Public(id)["working_days"], 30);
  EXPECT_EQ(Audited("draft.update", id), 20);
  EXPECT_EQ(Public(id)["state"], "open");
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
