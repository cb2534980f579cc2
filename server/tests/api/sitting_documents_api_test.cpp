// Documents of agenda items over HTTP on both databases: staff attach a PDF and an XLSX, replace
// one (the earlier version stays listed and downloadable), retitle, reorder and remove; everyone
// downloads with the type, the Cyrillic title as the file name and the size; files that are not
// what they claim and files too large are refused with nothing stored; other maslikhats' staff,
// citizens and other sittings' items refused; a closed sitting's documents are its staff's only;
// hostile bodies and a flood, then /healthz.
#include <filesystem>

#include "platform/docs/xlsx.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

using namespace std::string_literals;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

class SittingDocumentsApi : public AppealsFixture {
 protected:
  int64_t Announce(int number, bool closed = false, int items = 2) {
    json agenda = json::array();
    for (int i = 1; i <= items; ++i) {
      agenda.push_back({{"title_kk", "Мәселе " + std::to_string(i)},
                        {"title_ru", "Вопрос " + std::to_string(i)}});
    }
    json body = {{"convocation", 8},     {"number", number}, {"held_on", "2026-12-10"},
                 {"starts_at", "10:00"}, {"place", "Зал"},   {"closed", closed},
                 {"agenda", agenda}};
    auto r = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/sittings", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  std::vector<int64_t> Items(int64_t sitting) {
    auto r = app_.NewClient().Get("/api/v1/public/sittings/" + std::to_string(sitting));
    EXPECT_EQ(r.status, 200) << r.body;
    const json detail = r.json();
    std::vector<int64_t> out;
    for (const auto& item : detail["agenda"]) out.push_back(item["id"].get<int64_t>());
    return out;
  }
  static std::string UploadPath(int64_t sitting, int64_t item, const std::string& query) {
    return "/api/v1/sittings/" + std::to_string(sitting) + "/agenda/" + std::to_string(item) +
           "/documents?" + query;
  }
  static std::string Query(const std::string& kk = "Шешім жобасы",
                           const std::string& ru = "Проект решения",
                           const std::string& language = "both") {
    return "title_kk=" + Enc(kk) + "&title_ru=" + Enc(ru) + "&language=" + language;
  }
  HttpResult Upload(Client& c, int64_t sitting, int64_t item, const std::string& bytes,
                    const std::string& query = Query()) {
    return c.Send("POST", UploadPath(sitting, item, query), bytes,
                  {{"Content-Type", "application/pdf"}});
  }
  json List(Client c, int64_t sitting) {
    auto r = c.Get("/api/v1/public/sittings/" + std::to_string(sitting) + "/documents");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  json List(int64_t sitting) { return List(app_.NewClient(), sitting); }
  size_t StoredFiles() {
    const auto dir = app_.config().files.dir;
    if (!std::filesystem::exists(dir)) return 0;
    size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.is_regular_file();
    return n;
  }
};

TEST_F(SittingDocumentsApi, StaffAttachReplaceAndRemoveAndEveryoneDownloads) {
  const int64_t sitting = Announce(30);
  const auto items = Items(sitting);
  ASSERT_EQ(items.size(), 2u);
  auto up = Upload(staff_, sitting, items[0], kPdf);
  ASSERT_EQ(up.status, 201) << up.body;
  const json doc = up.json();
  EXPECT_EQ(doc["title_ru"], "Проект решения");
  EXPECT_EQ(doc["language"], "both");
  EXPECT_EQ(doc["position"], 1);
  ASSERT_EQ(doc["versions"].size(), 1u);
  EXPECT_EQ(doc["versions"][0]["mime"], "application/pdf");
  EXPECT_EQ(doc["versions"][0]["size_bytes"], kPdf.size());
  EXPECT_EQ(doc["versions"][0]["created_at"], "2026-11-18T11:06:40.000Z");
  // An XLSX (by its content, whatever the browser says) to the second item, in Russian.
  docs::XlsxSheet table;
  table.name = "Бюджет";
  table.header = {"Статья"};
  const std::string xlsx = docs::RenderXlsx(table);
  auto sheet = Upload(staff_, sitting, items[1], xlsx, Query("Кесте", "Таблица", "ru"));
  ASSERT_EQ(sheet.status, 201) << sheet.body;
  EXPECT_EQ(sheet.json()["versions"][0]["mime"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  const json list = List(sitting);
  EXPECT_FALSE(list["hidden"]);
  ASSERT_EQ(list["items"].size(), 2u);
  EXPECT_EQ(list["items"][0]["agenda_item_id"], items[0]);
  EXPECT_EQ(list["items"][1]["language"], "ru");

  // Anyone downloads: the type, the title as the file name (RFC 5987), the size.
  const std::string url = doc["versions"][0]["url"];
  auto file = app_.NewClient().Get(url);
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.body, kPdf);
  EXPECT_EQ(file.headers["content-type"], "application/pdf");
  EXPECT_EQ(file.headers["content-length"], std::to_string(kPdf.size()));
  EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(
      file.headers["content-disposition"],
      "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
      "%D0%9F%D1%80%D0%BE%D0%B5%D0%BA%D1%82%20%D1%80%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D1%8F.pdf");
  auto kk = app_.NewClient().Get(url + "?lang=kk");
  EXPECT_NE(kk.headers["content-disposition"].find("%D0%A8%D0%B5%D1%88%D1%96%D0%BC"),
            std::string::npos);  // "Шешім"

  // Replaced: the new version first, the earlier one still listed and served.
  const std::string id = std::to_string(doc["id"].get<int64_t>());
  app_.clock().Advance(int64_t{5} * 60 * 1000);
  const std::string second = kPdf + "% the corrected draft\n%%EOF\n";
  auto replaced = staff_.Send("POST", "/api/v1/sitting-documents/" + id + "/versions", second,
                              {{"Content-Type", "application/octet-stream"}});
  ASSERT_EQ(replaced.status, 201) << replaced.body;
  const json versions = replaced.json()["versions"];
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0]["size_bytes"], second.size());
  EXPECT_EQ(versions[0]["created_at"], "2026-11-18T11:11:40.000Z");
  EXPECT_EQ(versions[1]["url"], url);
  EXPECT_EQ(app_.NewClient().Get(versions[0]["url"]).body, second);
  EXPECT_EQ(app_.NewClient().Get(url).body, kPdf);

  // Retitled and moved; blank titles refused.
  auto changed = staff_.Patch("/api/v1/sitting-documents/" + id,
                              {{"title_ru", "Проект решения (ред. 2)"}, {"position", 3}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["title_ru"], "Проект решения (ред. 2)");
  EXPECT_EQ(changed.json()["title_kk"], "Шешім жобасы");
  EXPECT_EQ(changed.json()["position"], 3);
  EXPECT_EQ(staff_.Patch("/api/v1/sitting-documents/" + id, {{"title_kk", "  "}}).field("title_kk"),
            "required");

  // An item with documents stays on the agenda when staff send an agenda without it.
  auto agenda =
      staff_.Patch("/api/v1/sittings/" + std::to_string(sitting),
                   {{"agenda", {{{"id", items[1]}, {"title_kk", "Б"}, {"title_ru", "Б"}}}}});
  ASSERT_EQ(agenda.status, 200) << agenda.body;
  EXPECT_EQ(List(sitting)["items"].size(), 2u);

  // Removed: gone from the list and from downloads.
  EXPECT_EQ(staff_.Delete("/api/v1/sitting-documents/" + id).status, 204);
  EXPECT_EQ(List(sitting)["items"].size(), 1u);
  EXPECT_EQ(app_.NewClient().Get(url).status, 404);
  EXPECT_EQ(staff_.Delete("/api/v1/sitting-documents/" + id).status, 404);
}

TEST_F(SittingDocumentsApi, FilesThatAreNotWhatTheyClaimOrTooLargeAreRefusedAndNothingStored) {
  const int64_t sitting = Announce(31);
  const int64_t item = Items(sitting)[0];
  const size_t before = StoredFiles();
  for (const std::string& bad : {"%PDF-1.4 cut short"s, "<html><script>alert(1)</script></html>"s,
                                 "MZ\x90\0exe"s, ""s, "PK\x03\x04 not a package"s}) {
    auto r = Upload(staff_, sitting, item, bad);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(r.field("file"), "unsupported_type");
  }
  // 20 MB is the most; a byte over is a 422 with the reason, far over the edge refuses it (413).
  std::string big = kPdf;
  big.insert(9, std::string((20u << 20) + 1 - kPdf.size(), ' '));
  auto over = Upload(staff_, sitting, item, big);
  EXPECT_EQ(over.status, 422);
  EXPECT_EQ(over.field("file"), "too_large");
  EXPECT_EQ(Upload(staff_, sitting, item, std::string(22u << 20, 'x')).status, 413);
  // Titles and language are required; the file is not stored when they are missing.
  auto untitled = Upload(staff_, sitting, item, kPdf, "language=kk");
  EXPECT_EQ(untitled.field("title_kk"), "required");
  EXPECT_EQ(untitled.field("title_ru"), "required");
  EXPECT_EQ(Upload(staff_, sitting, item, kPdf, "title_kk=a&title_ru=b").field("language"),
            "required");
  EXPECT_EQ(Upload(staff_, sitting, item, kPdf, Query("a", "b", "en")).field("language"),
            "invalid");
  EXPECT_EQ(StoredFiles(), before);
  EXPECT_TRUE(List(sitting)["items"].empty());
  // Exactly 20 MB is taken.
  big.erase(9, 1);
  EXPECT_EQ(Upload(staff_, sitting, item, big).status, 201);
  EXPECT_EQ(StoredFiles(), before + 1);
}

TEST_F(SittingDocumentsApi, OnlyTheSittingsStaffAttachAndOnlyToItsItems) {
  const int64_t sitting = Announce(32);
  const int64_t other = Announce(33);
  const int64_t item = Items(sitting)[0];
  const int64_t other_item = Items(other)[0];
  EXPECT_EQ(Upload(other_staff_, sitting, item, kPdf).status, 403);
  EXPECT_EQ(Upload(citizen_, sitting, item, kPdf).status, 403);
  EXPECT_EQ(Upload(dep1_, sitting, item, kPdf).status, 403);
  auto anonymous = app_.NewClient();
  anonymous.PrimeCsrf();
  EXPECT_EQ(Upload(anonymous, sitting, item, kPdf).status, 401);
  // Another sitting's item, or none: 404.
  EXPECT_EQ(Upload(staff_, sitting, other_item, kPdf).status, 404);
  EXPECT_EQ(Upload(staff_, sitting, 987654, kPdf).status, 404);
  EXPECT_EQ(Upload(staff_, 987654, item, kPdf).status, 404);
  EXPECT_EQ(Upload(admin_, sitting, item, kPdf).status, 201);
  const int64_t id = List(sitting)["items"][0]["id"];
  const std::string path = "/api/v1/sitting-documents/" + std::to_string(id);
  EXPECT_EQ(other_staff_.Send("POST", path + "/versions", kPdf, {}).status, 403);
  EXPECT_EQ(citizen_.Patch(path, {{"title_ru", "x"}}).status, 403);
  EXPECT_EQ(other_staff_.Patch(path, {{"title_ru", "x"}, {"language", "kk"}}).status, 403);
  EXPECT_NE(List(sitting)["items"][0]["title_ru"], "x") << "a refusal changes nothing";
  EXPECT_NE(List(sitting)["items"][0]["language"], "kk");
  EXPECT_EQ(other_staff_.Delete(path).status, 403);
  EXPECT_EQ(staff_.Patch("/api/v1/sitting-documents/987654", {{"title_ru", "x"}}).status, 404);
  // A version id of another document is not this document's.
  const int64_t version = List(sitting)["items"][0]["versions"][0]["id"];
  EXPECT_EQ(app_.NewClient()
                .Get(path.substr(0, 0) +
                     "/api/v1/public/sitting-documents/987654/"
                     "versions/" +
                     std::to_string(version))
                .status,
            404);
  EXPECT_EQ(List(sitting)["items"].size(), 1u);
}

TEST_F(SittingDocumentsApi, AClosedSittingsDocumentsAreForItsStaffOnly) {
  const int64_t sitting = Announce(34, true);
  auto up = Upload(staff_, sitting, Items(sitting)[0], kPdf);
  ASSERT_EQ(up.status, 201) << up.body;
  const std::string url = up.json()["versions"][0]["url"];
  for (Client* c : {&citizen_, &other_staff_, &dep1_}) {
    const json list = List(*c, sitting);
    EXPECT_TRUE(list["hidden"]);
    EXPECT_TRUE(list["items"].empty());
    EXPECT_EQ(c->Get(url).status, 404);
  }
  EXPECT_TRUE(List(sitting)["hidden"]);
  EXPECT_EQ(app_.NewClient().Get(url).status, 404);
  EXPECT_EQ(List(staff_, sitting)["items"].size(), 1u);
  auto own = staff_.Get(url);
  EXPECT_EQ(own.status, 200);
  EXPECT_EQ(own.headers["cache-control"], "private, no-store");
  EXPECT_EQ(admin_.Get(url).status, 200);
  // Opened: everyone's.
  ASSERT_EQ(staff_.Patch("/api/v1/sittings/" + std::to_string(sitting), {{"closed", false}}).status,
            200);
  EXPECT_EQ(List(sitting)["items"].size(), 1u);
  EXPECT_EQ(app_.NewClient().Get(url).status, 200);
}

TEST_F(SittingDocumentsApi, HostileInputIsRefusedAndTheServerStaysUp) {
  const int64_t sitting = Announce(35);
  const int64_t item = Items(sitting)[0];
  auto up = Upload(staff_, sitting, item, kPdf);
  ASSERT_EQ(up.status, 201);
  const std::string path =
      "/api/v1/sitting-documents/" + std::to_string(up.json()["id"].get<int64_t>());
  // Deep JSON and a huge body as the change's metadata.
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(staff_.Send("PATCH", path, deep, {{"Content-Type", "application/json"}}).status, 422);
  EXPECT_EQ(staff_
                .Send("PATCH", path, "{\"title_ru\":\"" + std::string(2u << 20, 'x') + "\"}",
                      {{"Content-Type", "application/json"}})
                .status,
            413);
  EXPECT_EQ(staff_.Patch(path, {{"title_ru", std::string(501, 'x')}}).field("title_ru"),
            "too_long");
  EXPECT_EQ(staff_.Patch(path, {{"position", 0}}).field("position"), "out_of_range");
  EXPECT_EQ(staff_.Patch(path, {{"language", {{"a", 1}}}}).status, 422);
  // Hostile metadata in the upload's query: too long, control characters, JSON that is just text.
  EXPECT_EQ(Upload(staff_, sitting, item, kPdf, Query(std::string(501, 'x'))).field("title_kk"),
            "too_long");
  EXPECT_EQ(Upload(staff_, sitting, item, kPdf, Query("a\x01z")).field("title_kk"),
            "invalid_characters");
  auto text = Upload(staff_, sitting, item, kPdf, Query(std::string(200, '[') + "<b>"));
  ASSERT_EQ(text.status, 201);
  EXPECT_EQ(text.json()["title_kk"], std::string(200, '[') + "<b>");
  // A flood of uploads to one item: 30 documents at most, then a reason; the server stays up.
  int created = 2;
  for (int i = 0; i < 30; ++i) created += Upload(staff_, sitting, item, kPdf).status == 201;
  EXPECT_EQ(created, 30);
  EXPECT_EQ(Upload(staff_, sitting, item, kPdf).field("file"), "too_many");
  for (int i = 0; i < 30; ++i) {
    EXPECT_EQ(app_.NewClient()
                  .Get("/api/v1/public/sittings/" + std::to_string(sitting) + "/documents")
                  .status,
              200);
  }
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
