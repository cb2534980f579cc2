// The CSV (and XLSX) import of an existing registry of acts: the dry run reports per row what would
// be created or refused (and why) and changes nothing; the real run creates every row in one
// transaction, or none when a row is refused; duplicates, scope and hostile files.
#include "platform/docs/xlsx.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

class ActsImportApi : public AppealsFixture {
 protected:
  HttpResult Import(Client& c, const std::string& csv, bool dry_run, int64_t maslikhat = 0) {
    return c.Send("POST",
                  "/api/v1/maslikhats/" + std::to_string(maslikhat == 0 ? city_ : maslikhat) +
                      "/acts/import?dry_run=" + (dry_run ? "true" : "false"),
                  csv, {{"Content-Type", "text/csv"}});
  }
  size_t Count() {
    auto r =
        app_.NewClient().Get("/api/v1/public/acts?limit=100&maslikhat=" + std::to_string(city_));
    const json items = r.json()["items"];
    return items.size();
  }
  static constexpr const char* kGood =
      "number;adopted_on;title_kk;title_ru;registration_number;registered_on;published_on;status\n"
      "5/1-VII;15.03.2024;Салық туралы;О налоге;ГР-1;20.03.2024;25.03.2024;in_force\n"
      "\"7/2-VII\";2024-06-01;\"Абаттандыру туралы\";\"О благоустройстве; правила\";;;;\n";
};

TEST_F(ActsImportApi, ADryRunReportsEachRowAndChangesNothing) {
  const std::string csv = std::string(kGood) +
                          "8/3-VII;31.02.2024;Қате күн;Неверная дата;;;;\n"
                          ";2024-07-01;;Без номера;;;;\n"
                          "9/4-VII;2024-07-01;Мәртебе;Статус;;;;valid\n"
                          "5/1-VII;15.03.2024;Қайта;Повтор;;;;\n";
  auto dry = Import(staff_, csv, true);
  ASSERT_EQ(dry.status, 200) << dry.body;
  const json r = dry.json();
  EXPECT_TRUE(r["dry_run"]);
  EXPECT_EQ(r["would_create"], 2);
  EXPECT_EQ(r["created"], 0);
  EXPECT_EQ(r["refused"], 4);
  ASSERT_EQ(r["rows"].size(), 6u);
  EXPECT_EQ(r["rows"][0]["result"], "create");
  EXPECT_EQ(r["rows"][0]["line"], 2);
  EXPECT_EQ(r["rows"][0]["adopted_on"], "2024-03-15");  // dotted dates are read
  EXPECT_EQ(r["rows"][1]["title_ru"], "О благоустройстве; правила");
  EXPECT_EQ(r["rows"][2]["problems"][0], json({{"field", "adopted_on"}, {"reason", "invalid"}}));
  const json missing = r["rows"][3]["problems"];
  EXPECT_EQ(missing.size(), 2u);  // number and title_kk
  EXPECT_EQ(r["rows"][4]["problems"][0]["field"], "status");
  EXPECT_EQ(r["rows"][5]["problems"][0], json({{"field", "number"}, {"reason", "duplicate"}}));
  EXPECT_EQ(Count(), 0u);
  // The real run of a file with refused rows: 422 with the same report, nothing created.
  auto refused = Import(staff_, csv, false);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json()["refused"], 4);
  EXPECT_EQ(refused.json()["created"], 0);
  EXPECT_EQ(Count(), 0u);
}

TEST_F(ActsImportApi, TheRealRunCreatesEveryRowOnceAndIsSearchable) {
  auto run = Import(staff_, kGood, false);
  ASSERT_EQ(run.status, 200) << run.body;
  EXPECT_EQ(run.json()["created"], 2);
  EXPECT_TRUE(run.json()["rows"][0]["id"].is_number());
  EXPECT_EQ(Count(), 2u);
  const json act =
      app_.NewClient()
          .Get("/api/v1/public/acts/" + std::to_string(run.json()["rows"][0]["id"].get<int64_t>()))
          .json();
  EXPECT_EQ(act["status"], "in_force");
  EXPECT_EQ(act["registered_on"], "2024-03-20");
  EXPECT_EQ(act["in_force_on"], "2024-04-05");  // 10 calendar days after publication
  auto found = app_.NewClient().Get("/api/v1/public/acts?q=%D0%BD%D0%B0%D0%BB%D0%BE%D0%B3");
  EXPECT_EQ(found.json()["items"].size(), 1u);  // "налог"
  // The same file again: every row is a duplicate now, nothing doubled.
  auto again = Import(staff_, kGood, true);
  EXPECT_EQ(again.json()["refused"], 2);
  EXPECT_EQ(Import(staff_, kGood, false).status, 422);
  EXPECT_EQ(Count(), 2u);
}

TEST_F(ActsImportApi, AnXlsxRegistryIsReadFromItsFirstSheetWithTheSameDryRun) {
  docs::XlsxSheet sheet;
  sheet.name = "Тізілім";
  sheet.header = {"number", "adopted_on", "title_kk", "title_ru", "published_on", "status"};
  sheet.rows = {{"5/1-VII", "2024-03-15", "Салық туралы", "О налоге", "2024-03-25", "in_force"},
                {"7/2-VII", "2024-06-01", "Абаттандыру туралы", "О благоустройстве", "", ""},
                {"8/3-VII", "", "Күнсіз", "Без даты", "", ""}};
  sheet.date_columns = {1, 4};  // real date cells, as a spreadsheet keeps them
  const std::string xlsx = docs::RenderXlsx(sheet);
  auto send = [&](const std::string& body, bool dry_run, const std::string& type) {
    return staff_.Send("POST",
                       "/api/v1/maslikhats/" + std::to_string(city_) +
                           "/acts/import?dry_run=" + (dry_run ? "true" : "false"),
                       body, {{"Content-Type", type}});
  };
  const std::string kType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  auto dry = send(xlsx, true, kType);
  ASSERT_EQ(dry.status, 200) << dry.body;
  json r = dry.json();
  EXPECT_EQ(r["would_create"], 2);
  EXPECT_EQ(r["refused"], 1);
  ASSERT_EQ(r["rows"].size(), 3u);
  EXPECT_EQ(r["rows"][0]["line"], 2);
  EXPECT_EQ(r["rows"][0]["adopted_on"], "2024-03-15");  // the date cell's day number, read
  EXPECT_EQ(r["rows"][1]["title_ru"], "О благоустройстве");
  EXPECT_EQ(r["rows"][2]["problems"][0], json({{"field", "adopted_on"}, {"reason", "required"}}));
  EXPECT_EQ(Count(), 0u);  // the dry run changed nothing
  EXPECT_EQ(send(xlsx, false, kType).status, 422);
  EXPECT_EQ(Count(), 0u);
  // Without the bad row: created, with the publication's day and the status.
  sheet.rows.pop_back();
  auto real = send(docs::RenderXlsx(sheet), false, kType);
  ASSERT_EQ(real.status, 200) << real.body;
  EXPECT_EQ(real.json()["created"], 2);
  EXPECT_EQ(Count(), 2u);
  auto list =
      app_.NewClient().Get("/api/v1/public/acts?limit=10&maslikhat=" + std::to_string(city_));
  bool found = false;
  const json items = list.json()["items"];  // a named copy: json() returns a temporary
  for (const auto& a : items) {
    if (a["number"] != "5/1-VII") continue;
    found = true;
    EXPECT_EQ(a["published_on"], "2024-03-25");
    EXPECT_EQ(a["status"], "in_force");
  }
  EXPECT_TRUE(found) << list.body;
  // A workbook sent as CSV, CSV sent as a workbook, a broken or hostile workbook: refused.
  EXPECT_EQ(send(xlsx, true, "text/csv").field("body"), "wrong_type");
  EXPECT_EQ(send(kGood, true, kType).field("body"), "wrong_type");
  EXPECT_EQ(send(xlsx.substr(0, xlsx.size() / 2), true, kType).field("file"), "xlsx_not_zip");
  std::string no_sheet = xlsx;
  for (size_t at = no_sheet.find("sheet1.xml"); at != std::string::npos;
       at = no_sheet.find("sheet1.xml", at + 1))
    no_sheet[at + 5] = '9';
  EXPECT_EQ(send(no_sheet, true, kType).field("file"), "xlsx_no_sheet");
  EXPECT_EQ(Count(), 2u);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

TEST_F(ActsImportApi, ScopeAndHostileFilesAreRefused) {
  EXPECT_EQ(Import(other_staff_, kGood, true).status, 403);
  EXPECT_EQ(Import(citizen_, kGood, true).status, 403);
  EXPECT_EQ(Import(staff_, kGood, true, 987654).status, 403);
  Client anon = app_.NewClient();
  anon.PrimeCsrf();
  EXPECT_EQ(Import(anon, kGood, true).status, 401);
  EXPECT_EQ(Import(staff_, "", true).field("file"), "empty");
  EXPECT_EQ(Import(staff_, "number;adopted_on;title_kk;title_ru;colour\n", true).field("file"),
            "unknown_column");
  EXPECT_EQ(Import(staff_, "number;title_ru\n1;x\n", true).field("file"), "missing_column");
  EXPECT_EQ(Import(staff_, "number;adopted_on;title_kk;title_ru\n\"1;2\n", true).field("file"),
            "not_csv");
  std::string many = "number;adopted_on;title_kk;title_ru\n";
  for (int i = 0; i < 5001; ++i) many += std::to_string(i) + ";2024-01-01;А;Б\n";
  EXPECT_EQ(Import(staff_, many, true).field("file"), "too_many_rows");
  EXPECT_EQ(staff_
                .Send("POST", "/api/v1/maslikhats/" + std::to_string(city_) + "/acts/import", "{}",
                      {{"Content-Type", "application/json"}})
                .field("body"),
            "wrong_type");
  EXPECT_EQ(staff_
                .Send("POST",
                      "/api/v1/maslikhats/" + std::to_string(city_) + "/acts/import?dry_run=maybe",
                      kGood, {{"Content-Type", "text/csv"}})
                .field("dry_run"),
            "invalid");
  // A cell of a huge text, a short row: refused with reasons, and the server stays up.
  const std::string huge = "number;adopted_on;title_kk;title_ru;text_ru\n1;2024-01-01;А;Б;" +
                           std::string(900000, 'x') + "\n2;2024-01-01\n";
  auto r = Import(staff_, huge, true);
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(r.json()["rows"][0]["problems"][0]["reason"], "too_long");
  EXPECT_EQ(r.json()["rows"][1]["problems"][0],
            json({{"field", "row"}, {"reason", "column_count"}}));
  EXPECT_EQ(Count(), 0u);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
