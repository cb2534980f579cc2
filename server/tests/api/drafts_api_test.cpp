// Draft discussions over HTTP: the split and the period of 10 working days on the production
// calendar, comments per paragraph only while open, the public read that never shows a citizen,
// the staff's decisions with reasons, the summary table as XLSX and PDF in words and local dates,
// the link to the adopted act, moderation, the author's notice of a decision, scope and hostile
// input.
#include <regex>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

class DraftsApi : public AppealsFixture {
 protected:
  std::string DraftsPath(int64_t maslikhat) const {
    return "/api/v1/maslikhats/" + std::to_string(maslikhat) + "/drafts";
  }
  static std::string PublicPath(int64_t id) {
    return "/api/v1/public/drafts/" + std::to_string(id);
  }
  static std::string CommentsPath(int64_t id) {
    return "/api/v1/drafts/" + std::to_string(id) + "/comments";
  }
  static std::string DecisionPath(int64_t comment) {
    return "/api/v1/draft-comments/" + std::to_string(comment) + "/decision";
  }
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
  static json Comment(int64_t paragraph, const std::string& type, const std::string& text) {
    return {{"paragraph_id", paragraph}, {"author_type", type}, {"text", text}};
  }
};

TEST_F(DraftsApi, StaffSplitTheDraftAndOpenItForTenWorkingDaysAcrossAHoliday) {
  Set2026Calendar();  // 16 December (Wednesday) is a holiday
  auto split = staff_.Post(DraftsPath(city_) + "/split",
                           {{"text", "Об утверждении Правил\n\n1. Общие положения.\n2) Уборка."}});
  ASSERT_EQ(split.status, 200) << split.body;
  EXPECT_EQ(split.json()["paragraphs"],
            json({"Об утверждении Правил", "1. Общие положения.", "2) Уборка."}));
  // Opened on Thursday 10 December: 11, 14, 15, (16 off), 17, 18, 21, 22, 23, 24, 25.
  json body = Body();
  body["opens_on"] = "2026-12-10";
  const json d = Open(body);
  EXPECT_EQ(d["closes_on"], "2026-12-25");
  EXPECT_EQ(d["working_days"], 10);
  EXPECT_EQ(d["state"], "upcoming");
  EXPECT_EQ(d["days_left"], 0);
  ASSERT_EQ(d["paragraphs"].size(), 3u);
  EXPECT_EQ(d["paragraphs"][1]["number"], 2);
  // Shorter than the law's 10 working days, or opening in the past: refused in words.
  body["working_days"] = 9;
  EXPECT_EQ(staff_.Post(DraftsPath(city_), body).field("working_days"), "too_short");
  body["working_days"] = 15;
  body["opens_on"] = "2026-11-17";
  EXPECT_EQ(staff_.Post(DraftsPath(city_), body).field("opens_on"), "in_past");
  // Today (Wednesday 18 November) by default: open now, through Wednesday 2 December.
  const json now = Open(Body());
  EXPECT_EQ(now["opens_on"], "2026-11-18");
  EXPECT_EQ(now["closes_on"], "2026-12-02");
  EXPECT_EQ(now["state"], "open");
  EXPECT_EQ(now["days_left"], 15);
  auto list = app_.NewClient().Get("/api/v1/public/drafts?maslikhat=" + std::to_string(city_));
  ASSERT_EQ(list.status, 200);
  const json items = list.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["id"], d["id"]);  // the newest opening first
  // Only the maslikhat's staff: another maslikhat's staff and a citizen are refused.
  EXPECT_EQ(other_staff_.Post(DraftsPath(city_), Body()).status, 403);
  EXPECT_EQ(citizen_.Post(DraftsPath(city_), Body()).status, 403);
  EXPECT_EQ(citizen_.Post(DraftsPath(city_) + "/split", {{"text", "1. А"}}).status, 403);
  EXPECT_EQ(staff_.Post(DraftsPath(987654), Body()).status, 403);
}

TEST_F(DraftsApi, PeopleCommentWhileOpenAndThePublicNeverSeesACitizen) {
  const json d = Open(Body());
  const int64_t id = d["id"];
  const int64_t p2 = d["paragraphs"][1]["id"];
  auto c = citizen_.Post(CommentsPath(id), Comment(p2, "citizen", "Ежедневно — слишком часто."));
  ASSERT_EQ(c.status, 201) << c.body;
  EXPECT_EQ(c.json()["paragraph_number"], 2);
  EXPECT_EQ(stranger_.Post(CommentsPath(id), Comment(p2, "expert", "Нужны нормативы.")).status,
            201);
  json org = Comment(d["paragraphs"][2]["id"], "organisation", "Уточнить штрафы.");
  EXPECT_EQ(stranger_.Post(CommentsPath(id), org).field("organisation"), "required");
  org["organisation"] = "ТОО «Чистый город»";
  EXPECT_EQ(stranger_.Post(CommentsPath(id), org).status, 201);
  // An expert's organisation field is dropped; an unknown author type is refused.
  json expert = Comment(p2, "expert", "Ещё.");
  expert["organisation"] = "Не сохраняется";
  EXPECT_EQ(stranger_.Post(CommentsPath(id), expert).json()["organisation"], "");
  EXPECT_EQ(citizen_.Post(CommentsPath(id), Comment(p2, "deputy", "x")).field("author_type"),
            "invalid");
  // The public read: author types and the organisation's name, nothing of the citizen.
  auto read = app_.NewClient().Get(PublicPath(id));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body.find("citizen@example.kz"), std::string::npos);
  EXPECT_EQ(read.body.find("author_id"), std::string::npos);
  EXPECT_EQ(read.body.find("Не сохраняется"), std::string::npos);
  const json comments = read.json()["comments"];
  ASSERT_EQ(comments.size(), 4u);
  EXPECT_EQ(comments[0]["author_type"], "citizen");
  EXPECT_EQ(comments[0]["organisation"], "");
  EXPECT_EQ(comments[3]["organisation"], "ТОО «Чистый город»");
  EXPECT_EQ(Public(id)["comments"][0]["created_on"], "2026-11-18");
  // A paragraph of another discussion, no such discussion, not signed in.
  const json other = Open(Body());
  EXPECT_EQ(citizen_.Post(CommentsPath(id), Comment(other["paragraphs"][0]["id"], "citizen", "x"))
                .field("paragraph_id"),
            "not_found");
  EXPECT_EQ(citizen_.Post(CommentsPath(987654), Comment(p2, "citizen", "x")).status, 404);
  Client anon = app_.NewClient();
  anon.PrimeCsrf();
  EXPECT_EQ(anon.Post(CommentsPath(id), Comment(p2, "citizen", "x")).status, 401);
  // Not yet open: 409; after the last day (2 December) the discussion closes itself: 409.
  json later = Body();
  later["opens_on"] = "2026-12-01";
  const json upcoming = Open(later);
  auto early = citizen_.Post(CommentsPath(upcoming["id"]),
                             Comment(upcoming["paragraphs"][0]["id"], "citizen", "Рано."));
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.field("discussion"), "upcoming");
  app_.clock().Set(Utc("2026-12-02T18:59:00Z"));  // 23:59 local on the last day: still open
  Client last = app_.SignedIn("last@example.kz");
  EXPECT_EQ(last.Post(CommentsPath(id), Comment(p2, "citizen", "Успел.")).status, 201);
  app_.clock().Set(Utc("2026-12-02T19:00:00Z"));  // 00:00 local on 3 December
  Client late = app_.SignedIn("late@example.kz");
  auto closed = late.Post(CommentsPath(id), Comment(p2, "citizen", "Опоздал."));
  EXPECT_EQ(closed.status, 409) << closed.body;
  EXPECT_EQ(closed.field("discussion"), "closed");
  EXPECT_EQ(Public(id)["state"], "closed");
  EXPECT_EQ(Public(id)["comments"].size(), 5u);
}

TEST_F(DraftsApi, StaffDecideOnEachCommentWithAReason) {
  const json d = Open(Body());
  const int64_t p2 = d["paragraphs"][1]["id"];
  const int64_t c =
      citizen_.Post(CommentsPath(d["id"]), Comment(p2, "citizen", "Реже.")).json()["id"];
  EXPECT_EQ(staff_.Post(DecisionPath(c), {{"decision", "rejected"}}).field("reason"), "required");
  EXPECT_EQ(staff_.Post(DecisionPath(c), {{"decision", "partly"}, {"reason", ""}}).field("reason"),
            "required");
  EXPECT_EQ(staff_.Post(DecisionPath(c), {{"decision", "maybe"}}).field("decision"), "invalid");
  auto ok = staff_.Post(DecisionPath(c), {{"decision", "accepted"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["decision"], "accepted");
  auto rejected =
      staff_.Post(DecisionPath(c), {{"decision", "rejected"}, {"reason", "Санитарные нормы."}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  const json shown = Public(d["id"])["comments"][0];
  EXPECT_EQ(shown["decision"], "rejected");
  EXPECT_EQ(shown["reason"], "Санитарные нормы.");
  // Another maslikhat's staff, the author, a deputy: refused; no such comment: 404.
  const json reject = {{"decision", "accepted"}};
  EXPECT_EQ(other_staff_.Post(DecisionPath(c), reject).status, 403);
  EXPECT_EQ(citizen_.Post(DecisionPath(c), reject).status, 403);
  EXPECT_EQ(dep1_.Post(DecisionPath(c), reject).status, 403);
  EXPECT_EQ(staff_.Post(DecisionPath(987654), reject).status, 404);
  EXPECT_EQ(Public(d["id"])["comments"][0]["decision"], "rejected");
  // Each decision is in the audit log.
  auto rows = app_.app().database().Read([&](db::Tx& tx) -> Result<int64_t> {
    return tx
        .QueryOne(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'draft.decide' AND "
            "entity_id = $1",
            {c})
        ->Int("n");
  });
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(*rows, 2);
}

// An author hears of the decision on their comment in their account, with the draft to open.
TEST_F(DraftsApi, TheAuthorIsToldOfTheDecisionOnTheirComment) {
  const json d = Open(Body());
  const int64_t c =
      citizen_.Post(CommentsPath(d["id"]), Comment(d["paragraphs"][0]["id"], "citizen", "Да."))
          .json()["id"];
  ASSERT_EQ(
      staff_.Post(DecisionPath(c), {{"decision", "partly"}, {"reason", "В части сроков."}}).status,
      200);
  const json notes = citizen_.Get("/api/v1/me/notifications").json();
  ASSERT_FALSE(notes["items"].empty()) << notes;
  const json n = notes["items"][0];
  EXPECT_EQ(n["kind"], "draft_comment_decided");
  EXPECT_EQ(n["draft_id"], d["id"]);
  EXPECT_EQ(n["detail"], "partly");
  EXPECT_EQ(n.dump().find("В части сроков."), std::string::npos) << "the reason is on the page";
  // Nobody else is told.
  for (const auto& item : stranger_.Get("/api/v1/me/notifications").json()["items"])
    EXPECT_NE(item["kind"], "draft_comment_decided");
}

// Staff hide an abusive comment with a reason: the public reads the reason, never the text, the
// summary table leaves it out and the count drops; the staff still read it and can show it again.
TEST_F(DraftsApi, StaffHideAnAbusiveCommentAndCanShowItAgain) {
  const json d = Open(Body());
  const int64_t id = d["id"];
  const int64_t p1 = d["paragraphs"][0]["id"];
  ASSERT_EQ(citizen_.Post(CommentsPath(id), Comment(p1, "citizen", "По делу.")).status, 201);
  json org = Comment(p1, "organisation", "Ругань и реклама казино.");
  org["organisation"] = "ТОО «Спам»";
  const int64_t bad = stranger_.Post(CommentsPath(id), org).json()["id"];
  const std::string path = "/api/v1/draft-comments/" + std::to_string(bad) + "/moderation";

  EXPECT_EQ(staff_.Post(path, {{"hidden", true}}).field("reason"), "required");
  EXPECT_EQ(staff_.Post(path, {{"hidden", "yes"}, {"reason", "x"}}).field("hidden"), "wrong_type");
  EXPECT_EQ(staff_.Post(path, {{"reason", "x"}}).field("hidden"), "required");
  const json hide = {{"hidden", true}, {"reason", "Оскорбления и реклама."}};
  EXPECT_EQ(other_staff_.Post(path, hide).status, 403);
  EXPECT_EQ(citizen_.Post(path, hide).status, 403);
  EXPECT_EQ(stranger_.Post(path, hide).status, 403);  // the author cannot hide it either
  EXPECT_EQ(staff_.Post("/api/v1/draft-comments/987654/moderation", hide).status, 404);
  EXPECT_EQ(Public(id)["comments"][1]["text"], "Ругань и реклама казино.") << "nothing changed";

  auto hidden = staff_.Post(path, hide);
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  EXPECT_EQ(hidden.json()["hidden"], true);
  const json pub = Public(id);
  EXPECT_EQ(pub["comments"].size(), 2u);
  EXPECT_EQ(pub["comments"][1]["hidden"], true);
  EXPECT_EQ(pub["comments"][1]["hidden_reason"], "Оскорбления и реклама.");
  EXPECT_EQ(pub.dump().find("казино"), std::string::npos) << pub;
  EXPECT_EQ(pub.dump().find("Спам"), std::string::npos) << pub;
  EXPECT_EQ(pub["comments"][0]["hidden"], false);
  // The author and another maslikhat's staff read what the public reads; this maslikhat's staff
  // read the text, to decide whether to show it again.
  EXPECT_EQ(stranger_.Get(PublicPath(id)).body.find("казино"), std::string::npos);
  EXPECT_EQ(other_staff_.Get(PublicPath(id)).body.find("казино"), std::string::npos);
  EXPECT_NE(staff_.Get(PublicPath(id)).body.find("казино"), std::string::npos);
  // The list counts the comments shown.
  const json list =
      app_.NewClient().Get("/api/v1/public/drafts?maslikhat=" + std::to_string(city_)).json();
  for (const auto& item : list["items"]) {
    if (item["id"] == id) {
      EXPECT_EQ(item["comments"], 1);
    }
  }
  // The summary table leaves it out.
  const std::string strings =
      Through("unzip -p {} xl/sharedStrings.xml",
              app_.NewClient().Get(PublicPath(id) + "/summary.xlsx?lang=ru").body);
  EXPECT_NE(strings.find("По делу."), std::string::npos);
  EXPECT_EQ(strings.find("казино"), std::string::npos);
  // Shown again: back as it was. Both are on record.
  auto shown = staff_.Post(path, {{"hidden", false}});
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(shown.json()["hidden"], false);
  EXPECT_EQ(shown.json()["hidden_reason"], "");
  EXPECT_EQ(Public(id)["comments"][1]["text"], "Ругань и реклама казино.");
  auto audited = app_.app().database().Read([&](db::Tx& tx) -> Result<int64_t> {
    return tx
        .QueryOne(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action IN ('draft.hide', 'draft.show') AND "
            "entity_id = $1",
            {bad})
        ->Int("n");
  });
  ASSERT_TRUE(audited.ok());
  EXPECT_EQ(*audited, 2);
}

// Opening a discussion announces it as a post of the maslikhat in kk and ru (the news, and the
// followers' subscriptions): at once when it opens today, on its first day otherwise.
TEST_F(DraftsApi, AnOpenedDiscussionIsAnnouncedAsAPostOnItsFirstDay) {
  auto titles = [&]() {
    std::vector<std::string> out;
    const json page = app_.NewClient().Get("/api/v1/public/posts?lang=ru").json();
    for (const auto& p : page["items"]) out.push_back(p["title"]);
    return out;
  };
  const json today = Open(Body());
  const std::vector<std::string> now = titles();
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0], "Публичное обсуждение: «О правилах благоустройства»");
  const json list = app_.NewClient().Get("/api/v1/public/posts?lang=kk").json();
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["title"], "Қоғамдық талқылау: «Абаттандыру қағидалары туралы»");
  EXPECT_EQ(list["items"][0]["kind"], "announcement");
  const int64_t post = list["items"][0]["id"];
  const std::string page =
      app_.NewClient().Get("/api/v1/public/posts/" + std::to_string(post) + "?lang=ru").body;
  EXPECT_NE(page.find("/drafts/" + std::to_string(today["id"].get<int64_t>())), std::string::npos)
      << page;
  EXPECT_NE(page.find(today["closes_on"].get<std::string>().substr(8, 2) + "." +
                      today["closes_on"].get<std::string>().substr(5, 2) + "."),
            std::string::npos)
      << "the closing day in local words: " << page;

  // Opening next week: announced on that day at 00:00 local time (19:00 UTC the day before).
  json later = Body();
  later["title_ru"] = "О парках";
  later["opens_on"] = "2026-11-25";
  Open(later);
  EXPECT_EQ(titles().size(), 1u);
  app_.clock().Set(Utc("2026-11-24T18:59:59Z"));
  EXPECT_EQ(titles().size(), 1u);
  app_.clock().Set(Utc("2026-11-24T19:00:00Z"));
  const std::vector<std::string> then = titles();
  ASSERT_EQ(then.size(), 2u);
  EXPECT_EQ(then[0], "Публичное обсуждение: «О парках»");
}

TEST_F(DraftsApi, TheSummaryTableIsPublishedAsXlsxAndPdfInWordsAndLocalDates) {
  const json d = Open(Body());
  const int64_t id = d["id"];
  const int64_t c1 =
      citizen_.Post(CommentsPath(id), Comment(d["paragraphs"][1]["id"], "citizen", "Реже убирать."))
          .json()["id"];
  json org = Comment(d["paragraphs"][2]["id"], "organisation", "Снизить штрафы.");
  org["organisation"] = "ТОО «Чистый город»";
  const int64_t c2 = stranger_.Post(CommentsPath(id), org).json()["id"];
  ASSERT_EQ(
      staff_.Post(DecisionPath(c1), {{"decision", "rejected"}, {"reason", "Санитарные нормы."}})
          .status,
      200);
  ASSERT_EQ(
      staff_.Post(DecisionPath(c2), {{"decision", "partly"}, {"reason", "Снижены на 10%."}}).status,
      200);
  const std::string base = PublicPath(id) + "/summary";
  auto xlsx = app_.NewClient().Get(base + ".xlsx?lang=ru");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  const std::string strings = Through("unzip -p {} xl/sharedStrings.xml", xlsx.body);
  for (const char* word :
       {"Пункт", "Текст пункта", "2. Уборка дворов ежедневно.", "Замечание", "Не принято",
        "Принято частично", "Гражданин", "Организация (ТОО «Чистый город»)", "Санитарные нормы.",
        "Реже убирать."})
    EXPECT_NE(strings.find(word), std::string::npos) << word;
  for (const char* code : {"rejected", "partly", "citizen", "organisation", "2026-11-18"})
    EXPECT_EQ(strings.find(code), std::string::npos) << code;
  EXPECT_EQ(strings.find("citizen@example.kz"), std::string::npos);
  const std::string kk = Through("unzip -p {} xl/sharedStrings.xml",
                                 app_.NewClient().Get(base + ".xlsx?lang=kk").body);
  EXPECT_NE(kk.find("Қабылданбады"), std::string::npos);
  EXPECT_NE(kk.find("Азамат"), std::string::npos);
  EXPECT_NE(kk.find("2. Аулаларды күн сайын жинау."), std::string::npos) << "the Kazakh text";
  EXPECT_EQ(kk.find("2. Уборка дворов ежедневно."), std::string::npos);
  auto pdf = app_.NewClient().Get(base + ".pdf?lang=ru");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
  const std::string text = std::regex_replace(
      Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf.body), std::regex("\\s+"), " ");
  for (const char* word : {"Сводная таблица замечаний и предложений", "О правилах благоустройства",
                           "18.11.2026", "02.12.2026", "Не принято", "Санитарные нормы.",
                           "Принято частично", "Гражданин", "2. Уборка дворов ежедневно."})
    EXPECT_NE(text.find(word), std::string::npos) << word << " in " << text;
  for (const char* code : {"rejected", "2026-11-18", "citizen@"})
    EXPECT_EQ(text.find(code), std::string::npos) << code;
  const std::string kk_pdf =
      std::regex_replace(Through("pdftotext -enc UTF-8 {} - 2>/dev/null",
                                 app_.NewClient().Get(base + ".pdf?lang=kk").body),
                         std::regex("\\s+"), " ");
  EXPECT_NE(kk_pdf.find("Абаттандыру қағидалары туралы"), std::string::npos) << kk_pdf;
  EXPECT_NE(kk_pdf.find("Қабылданбады"), std::string::npos) << kk_pdf;
  EXPECT_NE(kk_pdf.find("3. Жауапкершілік."), std::string::npos) << kk_pdf;
  EXPECT_EQ(app_.NewClient().Get(base + ".pdf?lang=de").status, 422);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/drafts/987654/summary.xlsx").status, 404);
}

TEST_F(DraftsApi, TheAdoptedActLinksBackToItsDiscussion) {
  const json d = Open(Body());
  const int64_t id = d["id"];
  auto act = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/acts",
                         {{"number", "12-3"},
                          {"adopted_on", "2026-12-10"},
                          {"title_kk", "Абаттандыру қағидалары туралы"},
                          {"title_ru", "О правилах благоустройства"}});
  ASSERT_EQ(act.status, 201) << act.body;
  const int64_t act_id = act.json()["id"];
  const std::string path = "/api/v1/drafts/" + std::to_string(id) + "/act";
  auto put = [&](Client& c, const json& body) {
    return c.Send("PUT", path, body.dump(), {{"Content-Type", "application/json"}});
  };
  auto linked = put(staff_, {{"act_id", act_id}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(linked.json()["act_id"], act_id);
  // From the act's page: the discussion of its draft.
  auto back = app_.NewClient().Get("/api/v1/public/drafts?act=" + std::to_string(act_id));
  ASSERT_EQ(back.json()["items"].size(), 1u);
  EXPECT_EQ(back.json()["items"][0]["id"], id);
  const std::string pdf = Through("pdftotext -enc UTF-8 {} - 2>/dev/null",
                                  app_.NewClient().Get(PublicPath(id) + "/summary.pdf").body);
  EXPECT_NE(pdf.find("№ 12-3, 10.12.2026"), std::string::npos) << pdf;
  // An act of another maslikhat or none: refused; other staff: 403; null unlinks.
  auto foreign = other_staff_.Post("/api/v1/maslikhats/" + std::to_string(other_) + "/acts",
                                   {{"number", "1"},
                                    {"adopted_on", "2026-12-10"},
                                    {"title_kk", "Басқа"},
                                    {"title_ru", "Другой"}});
  ASSERT_EQ(foreign.status, 201);
  EXPECT_EQ(put(staff_, {{"act_id", foreign.json()["id"]}}).field("act_id"), "not_found");
  EXPECT_EQ(put(staff_, {{"act_id", 987654}}).field("act_id"), "not_found");
  EXPECT_EQ(put(staff_, json::object()).field("act_id"), "required");
  EXPECT_EQ(put(other_staff_, {{"act_id", act_id}}).status, 403);
  EXPECT_EQ(put(citizen_, {{"act_id", act_id}}).status, 403);
  auto unlinked = put(staff_, {{"act_id", nullptr}});
  ASSERT_EQ(unlinked.status, 200) << unlinked.body;
  EXPECT_TRUE(unlinked.json()["act_id"].is_null());
}

TEST_F(DraftsApi, HostileInputIsRefusedAndTheServerStaysUp) {
  // A draft of 10,000 paragraphs: the split refuses it, so does the opening.
  std::string huge;
  for (int i = 1; i <= 10000; ++i) huge += std::to_string(i) + ". Пункт.\n";
  EXPECT_EQ(staff_.Post(DraftsPath(city_) + "/split", {{"text", huge}}).field("text"),
            "too_many_paragraphs");
  json many = Body();
  many["paragraphs"] = json::array();
  for (int i = 0; i < 10000; ++i)
    many["paragraphs"].push_back({{"text_kk", "Тармақ"}, {"text_ru", "Пункт"}});
  EXPECT_EQ(staff_.Post(DraftsPath(city_), many).field("paragraphs"), "too_many");
  EXPECT_EQ(
      staff_.Post(DraftsPath(city_) + "/split", {{"text", std::string(200001, 'x')}}).field("text"),
      "too_long");
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(
      staff_.Send("POST", DraftsPath(city_), deep, {{"Content-Type", "application/json"}}).status,
      422);
  json wrong = Body();
  wrong["paragraphs"] = "1. Пункт";
  EXPECT_EQ(staff_.Post(DraftsPath(city_), wrong).field("paragraphs"), "wrong_type");
  wrong = Body();
  wrong["paragraphs"] = {"1. Пункт"};
  EXPECT_EQ(staff_.Post(DraftsPath(city_), wrong).field("paragraphs.0"), "wrong_type");
  // Both languages of each paragraph are required.
  wrong["paragraphs"] = {{{"text_kk", "1. Тармақ"}, {"text_ru", "1. Пункт"}},
                         {{"text_kk", ""}, {"text_ru", "2. Пункт"}}};
  EXPECT_EQ(staff_.Post(DraftsPath(city_), wrong).field("paragraphs"), "required");
  wrong["paragraphs"] = {{{"text_ru", "1. Пункт"}}};
  EXPECT_EQ(staff_.Post(DraftsPath(city_), wrong).field("paragraphs.0.text_kk"), "required");
  wrong = Body();
  wrong["working_days"] = "ten";
  EXPECT_EQ(staff_.Post(DraftsPath(city_), wrong).field("working_days"), "wrong_type");
  wrong = Body();
  wrong["opens_on"] = "2026-02-30";
  EXPECT_EQ(staff_.Post(DraftsPath(city_), wrong).field("opens_on"), "invalid");
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/drafts/abc").status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/drafts/987654").status, 404);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/drafts?maslikhat=x").status, 422);
  // A flood of comments from one person stops at 30 per discussion; the server stays up.
  const json d = Open(Body());
  const int64_t p1 = d["paragraphs"][0]["id"];
  int created = 0, refused = 0;
  for (int i = 0; i < 40; ++i) {
    const auto status =
        citizen_.Post(CommentsPath(d["id"]), Comment(p1, "citizen", "Флуд " + std::to_string(i)))
            .status;
    created += status == 201;
    refused += status == 429;
  }
  EXPECT_EQ(created, 30);
  EXPECT_EQ(refused, 10);
  EXPECT_EQ(stranger_.Post(CommentsPath(d["id"]), Comment(p1, "citizen", "Своё.")).status, 201);
  EXPECT_EQ(citizen_.Post(CommentsPath(d["id"]), Comment(p1, "citizen", std::string(5001, 'x')))
                .field("text"),
            "too_long");
  EXPECT_EQ(Public(d["id"])["comments"].size(), 31u);
  // Moderation: a reason past its limit, a deep body, a flood of hide/show; still up.
  const int64_t first = Public(d["id"])["comments"][0]["id"];
  const std::string moderation = "/api/v1/draft-comments/" + std::to_string(first) + "/moderation";
  EXPECT_EQ(staff_.Post(moderation, {{"hidden", true}, {"reason", std::string(501, 'x')}})
                .field("reason"),
            "too_long");
  EXPECT_EQ(staff_.Send("POST", moderation, deep, {{"Content-Type", "application/json"}}).status,
            422);
  for (int i = 0; i < 20; ++i) {
    ASSERT_EQ(staff_.Post(moderation, {{"hidden", i % 2 == 0}, {"reason", "Флуд."}}).status, 200);
  }
  EXPECT_EQ(Public(d["id"])["comments"][0]["hidden"], false);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
