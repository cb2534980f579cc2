// The file store's daily sweep over HTTP on both databases: after a day, the files of a removed
// agenda document and a replaced deputy photo are deleted, and every file a record still names —
// a deputy's photo, a post's image, an appeal's attachment, an agenda document — is served as
// before; a file younger than a day is kept even when nothing names it (its upload may not have
// committed yet). The files' ages are set on disk: the test's clock is not the file system's.
#include <fcntl.h>

#include <filesystem>
#include <set>

#include <sys/stat.h>

#include "platform/files/image_codec.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

constexpr int64_t kHour = 60LL * 60 * 1000;
const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

std::string Jpeg(int shade) {
  files::Pixels p;
  p.width = 40;
  p.height = 30;
  p.data.assign(size_t(p.width) * p.height * 3, static_cast<uint8_t>(shade));
  return files::EncodeJpeg(p);
}

class StoreSweepApi : public AppealsFixture {
 protected:
  std::filesystem::path Dir() { return app_.config().files.dir; }
  std::set<std::string> Files() {
    std::set<std::string> out;
    if (!std::filesystem::exists(Dir())) return out;
    for (const auto& e : std::filesystem::directory_iterator(Dir())) {
      if (e.is_regular_file()) out.insert(e.path().filename().string());
    }
    return out;
  }
  // Every file in the store as if written `age_ms` before the server's clock.
  void AgeAll(int64_t age_ms) {
    const int64_t at = (app_.clock().NowMs() - age_ms) / 1000;
    for (const auto& name : Files()) {
      timespec times[2] = {{at, 0}, {at, 0}};
      ASSERT_EQ(::utimensat(AT_FDCWD, (Dir() / name).c_str(), times, 0), 0);
    }
  }
  int64_t AgendaItem() {
    json body = {
        {"convocation", 8},        {"number", 40},
        {"held_on", "2026-12-10"}, {"starts_at", "10:00"},
        {"place", "Зал"},          {"agenda", {{{"title_kk", "Мәселе"}, {"title_ru", "Вопрос"}}}}};
    auto r = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/sittings", body);
    EXPECT_EQ(r.status, 201) << r.body;
    sitting_ = r.json().value("id", int64_t{0});
    auto detail = app_.NewClient().Get("/api/v1/public/sittings/" + std::to_string(sitting_));
    return detail.json()["agenda"][0]["id"].get<int64_t>();
  }
  json Document(int64_t item) {
    auto r = staff_.Send("POST",
                         "/api/v1/sittings/" + std::to_string(sitting_) + "/agenda/" +
                             std::to_string(item) +
                             "/documents?title_kk=%D0%90&title_ru=%D0%91&language=both",
                         kPdf, {{"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  void Sweep() {
    app_.clock().Advance(25 * kHour);  // the sweep runs a day after the start, then daily
    app_.RunJobs();
    staff_ = Login("staff@example.kz", "staff-password-1");  // a day idle ended the session
  }
  int64_t sitting_ = 0;
};

TEST_F(StoreSweepApi, FilesNoRecordNamesGoAfterADayAndEveryNamedFileStays) {
  // A deputy's photo, replaced once: the first file is no longer named.
  const std::string photo_path = "/api/v1/deputies/" + std::to_string(deputy1_) + "/photo";
  ASSERT_EQ(staff_.Send("PUT", photo_path, Jpeg(40), {{"Content-Type", "image/jpeg"}}).status, 200);
  auto photo = staff_.Send("PUT", photo_path, Jpeg(200), {{"Content-Type", "image/jpeg"}});
  ASSERT_EQ(photo.status, 200) << photo.body;
  const std::string photo_url = photo.json()["photo_url"];
  const std::string photo_bytes = app_.NewClient().Get(photo_url).body;

  // A post's image.
  json post_body = {
      {"kind", "news"},
      {"texts", json::array({{{"lang", "ru"}, {"title", "Новость"}, {"body", "Т."}}})}};
  auto post = staff_.Post("/api/v1/maslikhats/" + std::to_string(city_) + "/posts", post_body);
  ASSERT_EQ(post.status, 201) << post.body;
  auto image = staff_.Send("POST",
                           "/api/v1/posts/" + std::to_string(post.json()["id"].get<int64_t>()) +
                               "/images?alt=%D0%97%D0%B0%D0%BB",
                           Jpeg(90), {{"Content-Type", "image/jpeg"}});
  ASSERT_EQ(image.status, 201) << image.body;
  const std::string image_url = image.json()["url"];
  const std::string image_bytes = staff_.Get(image_url).body;

  // An appeal's attachment.
  int64_t appeal = File(citizen_, Appeal()).json()["id"];
  auto attachment = citizen_.Send(
      "POST", "/api/v1/appeals/" + std::to_string(appeal) + "/attachments?name=%D1%84.pdf", kPdf,
      {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(attachment.status, 201) << attachment.body;
  const std::string attachment_url = attachment.json()["url"];

  // Two agenda documents; the second, with two versions, removed.
  const int64_t item = AgendaItem();
  const std::string kept_url = Document(item)["versions"][0]["url"];
  const std::string removed = std::to_string(Document(item)["id"].get<int64_t>());
  ASSERT_EQ(staff_
                .Send("POST", "/api/v1/sitting-documents/" + removed + "/versions", kPdf + "% 2\n",
                      {{"Content-Type", "application/pdf"}})
                .status,
            201);
  ASSERT_EQ(staff_.Delete("/api/v1/sitting-documents/" + removed).status, 204);

  const auto before = Files();
  AgeAll(2 * 24 * kHour);
  // Uploaded and removed just now: nothing names it, but it is younger than a day.
  const std::string young = std::to_string(Document(item)["id"].get<int64_t>());
  ASSERT_EQ(staff_.Delete("/api/v1/sitting-documents/" + young).status, 204);
  const auto with_young = Files();
  ASSERT_EQ(with_young.size(), before.size() + 1);

  Sweep();

  const auto after = Files();
  // Gone: the first photo and the removed document's two versions.
  EXPECT_EQ(after.size(), with_young.size() - 3);
  for (const auto& name : after) EXPECT_TRUE(with_young.contains(name)) << name;
  // Every file a record names is served as before (through either node on PostgreSQL).
  EXPECT_EQ(app_.NewClient().Get(photo_url).body, photo_bytes);
  EXPECT_EQ(staff_.Get(image_url).body, image_bytes);
  EXPECT_EQ(staff_.Get(attachment_url).body, kPdf);
  EXPECT_EQ(app_.NewClient().Get(kept_url).body, kPdf);
  // The keys kept in the same directory are not the store's files and stay.
  for (const auto& name : with_young) {
    if (name.ends_with(".key")) {
      EXPECT_TRUE(after.contains(name)) << name;
    }
  }

  // A day later the young orphan is old and goes too; nothing named goes.
  AgeAll(2 * 24 * kHour);
  Sweep();
  EXPECT_EQ(Files().size(), after.size() - 1);
  EXPECT_EQ(app_.NewClient().Get(photo_url).body, photo_bytes);
  EXPECT_EQ(staff_.Get(attachment_url).body, kPdf);
  EXPECT_EQ(app_.NewClient().Get(kept_url).body, kPdf);
  EXPECT_EQ(app_.NewClient().Get("/healthz").status, 200);
}

}  // namespace
}  // namespace kenes::testing
