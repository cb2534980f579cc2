// A work plan as a PDF over HTTP (issue 14: the annual plan published "the same way" as the
// annual reports): a published plan's PDF in kk and ru holds its title, the maslikhat, the
// publication date in words and each item in words (quarter, responsible, status — no codes); a
// draft's PDF is 404 to the public and readable by its keepers; a bad language is 422.
#include <regex>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

std::string PdfText(const std::string& pdf) {
  return std::regex_replace(Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf),
                            std::regex("\\s+"), " ");
}

class WorkPlanPdfApi : public AppealsFixture {};

TEST_F(WorkPlanPdfApi, APublishedPlanReadsAsAPdfInWordsInBothLanguages) {
  auto made = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/work-plans",
                          {{"year", 2026},
                           {"title_kk", "Мәслихаттың жұмыс жоспары"},
                           {"title_ru", "План работы маслихата"}});
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.json()["id"];
  const std::string plan = "/api/v1/work-plans/" + std::to_string(id);
  auto item = staff_.Post(plan + "/items", {{"text_kk", "Әкімнің есебі"},
                                            {"text_ru", "Отчёт акима"},
                                            {"responsible", "Секретарь маслихата"},
                                            {"quarter", 2}});
  ASSERT_EQ(item.status, 201) << item.body;
  const std::string pdf_path = "/api/v1/public/work-plans/" + std::to_string(id) + "/plan.pdf";
  Client anon = app_.NewClient();
  EXPECT_EQ(anon.Get(pdf_path + "?lang=ru").status, 404);  // a draft
  EXPECT_EQ(staff_.Get(pdf_path + "?lang=ru").status, 200);
  ASSERT_EQ(staff_.Patch(plan, {{"state", "published"}}).status, 200);
  for (const char* lang : {"kk", "ru"}) {
    auto r = anon.Get(pdf_path + "?lang=" + lang);
    ASSERT_EQ(r.status, 200) << lang;
    EXPECT_EQ(r.headers["content-type"], "application/pdf");
    const std::string text = PdfText(r.body);
    if (std::string(lang) == "kk") {
      EXPECT_NE(text.find("Мәслихаттың жұмыс жоспары"), std::string::npos) << text;
      EXPECT_NE(text.find("1. Әкімнің есебі"), std::string::npos) << text;
      EXPECT_NE(text.find("II тоқсан"), std::string::npos) << text;
      EXPECT_NE(text.find("18 қараша 2026 ж."), std::string::npos) << text;
    } else {
      EXPECT_NE(text.find("План работы маслихата"), std::string::npos) << text;
      EXPECT_NE(text.find("План на 2026 год"), std::string::npos) << text;
      EXPECT_NE(text.find("Срок: II квартал. Ответственный: Секретарь маслихата. Состояние: "
                          "запланировано."),
                std::string::npos)
          << text;
      EXPECT_NE(text.find("18 ноября 2026 г."), std::string::npos) << text;
      EXPECT_EQ(text.find("planned"), std::string::npos) << text;  // no codes
    }
  }
  EXPECT_EQ(anon.Get(pdf_path + "?lang=de").status, 422);
  EXPECT_EQ(anon.Get("/api/v1/public/work-plans/987654/plan.pdf").status, 404);
  EXPECT_EQ(anon.Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
