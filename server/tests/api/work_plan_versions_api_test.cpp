// Editions of a work plan over HTTP (issue 14: the plan published "the same way" as the annual
// reports): publishing fixes edition 1; the maslikhat's staff fix later ones with a kk/ru "what
// changed" note; an edition stays as it was whatever becomes of the plan, and reads as a page and
// as a PDF; a draft's editions are 404 to the public; others are refused; hostile input changes
// nothing, at most 100 editions, and the server stays up.
#include <regex>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

class WorkPlanVersionsApi : public AppealsFixture {
 protected:
  static std::string PlanPath(int64_t id) { return "/api/v1/work-plans/" + std::to_string(id); }
  static std::string PublicPath(int64_t id) {
    return "/api/v1/public/work-plans/" + std::to_string(id);
  }
  static std::string VersionPath(int64_t id, int n) {
    return PublicPath(id) + "/versions/" + std::to_string(n);
  }
  static json Notes(const std::string& ru = "Пункт 1 выполнен") {
    return {{"note_kk", "1-тармақ орындалды"}, {"note_ru", ru}};
  }
  // A plan of the city with one item (quarter 2) linked to a sitting; its id and the item's.
  std::pair<int64_t, int64_t> NewPlan() {
    auto made = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/work-plans",
                            {{"year", 2026},
                             {"title_kk", "Мәслихаттың жұмыс жоспары"},
                             {"title_ru", "План работы маслихата"}});
    EXPECT_EQ(made.status, 201) << made.body;
    const int64_t id = made.json().value("id", int64_t{0});
    auto sitting = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/sittings",
                               {{"convocation", 8},
                                {"number", 21},
                                {"held_on", "2026-12-10"},
                                {"starts_at", "10:00"},
                                {"place", "Зал сессий"}});
    EXPECT_EQ(sitting.status, 201) << sitting.body;
    auto item = staff_.Post(PlanPath(id) + "/items",
                            {{"text_kk", "Әкімнің есебі"},
                             {"text_ru", "Отчёт акима"},
                             {"responsible", "Секретарь маслихата"},
                             {"quarter", 2},
                             {"sitting_id", sitting.json().value("id", int64_t{0})}});
    EXPECT_EQ(item.status, 201) << item.body;
    return {id, item.json()["items"][0].value("id", int64_t{0})};
  }
  json Versions(int64_t id) { return staff_.Get(PublicPath(id)).json()["versions"]; }
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

std::string PdfText(const std::string& pdf) {
  return std::regex_replace(Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf),
                            std::regex("\\s+"), " ");
}

TEST_F(WorkPlanVersionsApi, PublishingFixesEditionOneAndEachEditionStaysAsItWas) {
  auto [id, item] = NewPlan();
  Client anon = app_.NewClient();
  // A draft has no editions, and fixing one is refused: publishing fixes the first.
  EXPECT_EQ(Versions(id).size(), 0u);
  auto draft = staff_.Post(PlanPath(id) + "/versions", Notes());
  EXPECT_EQ(draft.status, 409) << draft.body;
  EXPECT_EQ(draft.field("state"), "draft");
  EXPECT_EQ(anon.Get(VersionPath(id, 1)).status, 404);
  ASSERT_EQ(staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 200);
  auto plan = anon.Get(PublicPath(id));
  ASSERT_EQ(plan.status, 200) << plan.body;
  ASSERT_EQ(plan.json()["versions"].size(), 1u);
  EXPECT_EQ(plan.json()["versions"][0]["number"], 1);
  EXPECT_EQ(plan.json()["versions"][0]["note_ru"], "");
  EXPECT_FALSE(plan.json()["versions"][0]["fixed_at"].get<std::string>().empty());

  // The item is done; edition 2 needs its note in both languages (nothing written without).
  ASSERT_EQ(
      staff_.Patch(PlanPath(id) + "/items/" + std::to_string(item), {{"status", "done"}}).status,
      200);
  auto bare = staff_.Post(PlanPath(id) + "/versions", json::object());
  EXPECT_EQ(bare.status, 422) << bare.body;
  EXPECT_EQ(bare.field("note_kk"), "required");
  EXPECT_EQ(bare.field("note_ru"), "required");
  EXPECT_EQ(staff_.Post(PlanPath(id) + "/versions", {{"note_kk", "Өзгерді"}, {"note_ru", "  "}})
                .field("note_ru"),
            "required");
  EXPECT_EQ(Versions(id).size(), 1u);
  auto fixed = staff_.Post(PlanPath(id) + "/versions", Notes());
  ASSERT_EQ(fixed.status, 201) << fixed.body;
  ASSERT_EQ(fixed.json()["versions"].size(), 2u);
  EXPECT_EQ(fixed.json()["versions"][1]["note_ru"], "Пункт 1 выполнен");
  EXPECT_EQ(fixed.json()["versions"][1]["note_kk"], "1-тармақ орындалды");
  EXPECT_EQ(Audited("work_plan.version", id), 1);

  // Later the item's text changes too: the editions keep what they froze.
  ASSERT_EQ(staff_
                .Patch(PlanPath(id) + "/items/" + std::to_string(item),
                       {{"text_ru", "Отчёт акима города"}})
                .status,
            200);
  auto first = anon.Get(VersionPath(id, 1));
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["version"]["number"], 1);
  EXPECT_EQ(first.json()["title_ru"], "План работы маслихата");
  ASSERT_EQ(first.json()["items"].size(), 1u);
  EXPECT_EQ(first.json()["items"][0]["status"], "planned");
  EXPECT_EQ(first.json()["items"][0]["text_ru"], "Отчёт акима");
  EXPECT_EQ(first.json()["items"][0]["sitting"]["number"], 21);
  EXPECT_EQ(first.json()["done_count"], 0);
  EXPECT_EQ(first.json()["versions"].size(), 2u);
  auto second = anon.Get(VersionPath(id, 2));
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json()["items"][0]["status"], "done");
  EXPECT_EQ(second.json()["items"][0]["text_ru"], "Отчёт акима");
  EXPECT_EQ(second.json()["version"]["note_ru"], "Пункт 1 выполнен");
  EXPECT_EQ(second.json()["can_edit"], false);
  auto live = anon.Get(PublicPath(id));
  EXPECT_EQ(live.json()["items"][0]["status"], "done");
  EXPECT_EQ(live.json()["items"][0]["text_ru"], "Отчёт акима города");
  EXPECT_FALSE(live.json().contains("version"));
  EXPECT_EQ(anon.Get(VersionPath(id, 3)).status, 404);
  EXPECT_EQ(anon.Get(VersionPath(id, 999999)).status, 404);
  EXPECT_EQ(anon.Get(VersionPath(987654, 1)).status, 404);
}

TEST_F(WorkPlanVersionsApi, OnlyTheMaslikhatsStaffFixEditionsOthersChangeNothing) {
  auto [id, item] = NewPlan();
  (void)item;
  // Another maslikhat's staff do not even see a draft.
  EXPECT_EQ(other_staff_.Post(PlanPath(id) + "/versions", Notes()).status, 404);
  ASSERT_EQ(staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 200);
  EXPECT_EQ(other_staff_.Post(PlanPath(id) + "/versions", Notes()).status, 403);
  EXPECT_EQ(citizen_.Post(PlanPath(id) + "/versions", Notes()).status, 403);
  EXPECT_EQ(dep1_.Post(PlanPath(id) + "/versions", Notes()).status, 403);
  const int anonymous = app_.NewClient().Post(PlanPath(id) + "/versions", Notes()).status;
  EXPECT_TRUE(anonymous == 401 || anonymous == 403) << anonymous;  // no session, no CSRF token
  EXPECT_EQ(Versions(id).size(), 1u);
  EXPECT_EQ(Audited("work_plan.version", id), 0);
  EXPECT_EQ(staff_.Post(PlanPath(987654) + "/versions", Notes()).status, 404);
  // The administrator may.
  EXPECT_EQ(admin_.Post(PlanPath(id) + "/versions", Notes()).status, 201);
  EXPECT_EQ(Versions(id).size(), 2u);
}

TEST_F(WorkPlanVersionsApi, AnEditionReadsAsAPdfWithItsNumberDateAndNote) {
  auto [id, item] = NewPlan();
  const std::string pdf1 = VersionPath(id, 1) + "/plan.pdf";
  Client anon = app_.NewClient();
  EXPECT_EQ(anon.Get(pdf1 + "?lang=ru").status, 404);  // a draft has none
  ASSERT_EQ(staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 200);
  ASSERT_EQ(
      staff_.Patch(PlanPath(id) + "/items/" + std::to_string(item), {{"status", "done"}}).status,
      200);
  app_.clock().Set(Utc("2026-12-03T06:00:00Z"));
  Client staff = Login("staff@example.kz", "staff-password-1");  // the old session has lapsed
  ASSERT_EQ(staff.Post(PlanPath(id) + "/versions", Notes("Пункт 1 выполнен досрочно")).status, 201);
  auto one = anon.Get(pdf1 + "?lang=ru");
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(one.headers["content-type"], "application/pdf");
  const std::string t1 = PdfText(one.body);
  EXPECT_NE(t1.find("Редакция № 1 от 18 ноября 2026 г."), std::string::npos) << t1;
  EXPECT_NE(t1.find("Состояние: запланировано."), std::string::npos) << t1;
  EXPECT_EQ(t1.find("Что изменено"), std::string::npos) << t1;
  const std::string pdf2 = VersionPath(id, 2) + "/plan.pdf";
  const std::string ru = PdfText(anon.Get(pdf2 + "?lang=ru").body);
  EXPECT_NE(ru.find("План работы маслихата"), std::string::npos) << ru;
  EXPECT_NE(ru.find("Редакция № 2 от 3 декабря 2026 г."), std::string::npos) << ru;
  EXPECT_NE(ru.find("Что изменено: Пункт 1 выполнен досрочно"), std::string::npos) << ru;
  EXPECT_NE(ru.find("Состояние: выполнено."), std::string::npos) << ru;
  EXPECT_EQ(ru.find("done"), std::string::npos) << ru;  // no codes
  const std::string kk = PdfText(anon.Get(pdf2 + "?lang=kk").body);
  EXPECT_NE(kk.find("№ 2 редакция, 3 желтоқсан 2026 ж."), std::string::npos) << kk;
  EXPECT_NE(kk.find("Не өзгерді: 1-тармақ орындалды"), std::string::npos) << kk;
  EXPECT_EQ(anon.Get(pdf2 + "?lang=de").status, 422);
  EXPECT_EQ(anon.Get(VersionPath(id, 3) + "/plan.pdf?lang=ru").status, 404);
}

TEST_F(WorkPlanVersionsApi, HostileInputIsRefusedAtMostAHundredEditionsTheServerStaysUp) {
  auto [id, item] = NewPlan();
  (void)item;
  ASSERT_EQ(staff_.Patch(PlanPath(id), {{"state", "published"}}).status, 200);
  const std::string path = PlanPath(id) + "/versions";
  json body = Notes();
  body["note_ru"] = std::string(100000, 'x');
  EXPECT_EQ(staff_.Post(path, body).field("note_ru"), "too_long");
  body = Notes();
  body["note_kk"] = std::string(1001, 'x');
  EXPECT_EQ(staff_.Post(path, body).field("note_kk"), "too_long");
  body = Notes();
  body["note_kk"] = 5;
  EXPECT_EQ(staff_.Post(path, body).field("note_kk"), "wrong_type");
  body = Notes();
  body["number"] = 7;
  EXPECT_EQ(staff_.Post(path, body).status, 422);
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(staff_.Send("POST", path, deep, {{"Content-Type", "application/json"}}).status, 422);
  const std::string deeper = std::string(100000, '{') + std::string(100000, '}');
  EXPECT_EQ(staff_.Send("POST", path, deeper, {{"Content-Type", "application/json"}}).status, 422);
  EXPECT_EQ(Versions(id).size(), 1u);
  // A flood of editions: each answered; past the hundredth, refused and nothing written.
  for (int i = 0; i < 30; ++i) ASSERT_EQ(staff_.Post(path, Notes()).status, 201) << i;
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
  for (int i = 31; i < 100; ++i) ASSERT_EQ(staff_.Post(path, Notes()).status, 201) << i;
  EXPECT_EQ(staff_.Post(path, Notes()).field("versions"), "too_many");
  auto versions = Versions(id);
  ASSERT_EQ(versions.size(), 100u);
  EXPECT_EQ(versions[99]["number"], 100);
  EXPECT_EQ(app_.NewClient().Get(VersionPath(id, 100)).status, 200);
  EXPECT_EQ(app_.NewClient().Get(VersionPath(id, 101)).status, 404);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
