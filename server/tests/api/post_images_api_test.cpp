// Posts' images through the HTTP API on both databases: an upload comes back re-encoded at its
// sizes with no metadata left (the bytes are searched), is served with its type, refusals for
// every kind of bad file, other maslikhats' posts and citizens, a flood, srcset in the rendered
// post, og:image with an absolute URL on the shared page, and hostile alt text kept inert.
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>

#include "platform/files/image_codec.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

using namespace std::string_literals;

files::Pixels Gradient(int w, int h) {
  files::Pixels p;
  p.width = w;
  p.height = h;
  p.data.resize(size_t(w) * h * 3);
  for (size_t i = 0; i < p.data.size(); ++i) p.data[i] = static_cast<uint8_t>(i * 7 % 251);
  return p;
}

std::string Be16(uint32_t v) { return {static_cast<char>(v >> 8), static_cast<char>(v & 0xFF)}; }

// A camera's JPEG: EXIF with a GPS position and a serial number, a comment, bytes after the end.
std::string CameraJpeg(int w, int h) {
  const std::string clean = files::EncodeJpeg(Gradient(w, h));
  const std::string exif =
      "Exif\0\0MM\0\x2A\0\0\0\x08\0\0\0\0\0\0GPSLatitude 43.2389N SerialNumber CAM-77"s;
  const std::string comment = "home of the deputy";
  return clean.substr(0, 2) + "\xFF\xE1"s + Be16(exif.size() + 2) + exif + "\xFF\xFE"s +
         Be16(comment.size() + 2) + comment + clean.substr(2) + "TRAILER";
}

class PostImagesApi : public AppealsFixture {
 protected:
  int64_t Draft(Client& c, int64_t maslikhat, const char* kind = "news",
                std::optional<int64_t> deputy = std::nullopt) {
    json body = {{"kind", kind},
                 {"texts", json::array({{{"lang", "kk"}, {"title", "Жаңалық"}, {"body", "Мәтін."}},
                                        {{"lang", "ru"},
                                         {"title", "Новость"},
                                         {"summary", "Кратко."},
                                         {"body", "Текст."}}})}};
    if (deputy) body["deputy_id"] = *deputy;
    auto r = c.Post("/api/v1/maslikhats/" + std::to_string(maslikhat) + "/posts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  static std::string Upload(int64_t post, const std::string& alt = "Сессия залы") {
    std::string q;
    for (unsigned char c : alt) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      q += buf;
    }
    return "/api/v1/posts/" + std::to_string(post) + "/images?alt=" + q;
  }
  HttpResult Put(Client& c, int64_t post, const std::string& bytes,
                 const std::string& alt = "Сессия залы", const char* type = "image/jpeg") {
    return c.Send("POST", Upload(post, alt), bytes, {{"Content-Type", type}});
  }
};

TEST_F(PostImagesApi, AnUploadIsReencodedAtItsSizesWithoutMetadataAndServed) {
  const int64_t post = Draft(staff_, city_);
  auto up = Put(staff_, post, CameraJpeg(1200, 800));
  ASSERT_EQ(up.status, 201) << up.body;
  const json image = up.json();
  const std::string id = std::to_string(image["id"].get<int64_t>());
  EXPECT_EQ(image["mime"], "image/jpeg");
  EXPECT_EQ(image["url"], "/api/v1/post-images/" + id + "/960");
  EXPECT_EQ(image["width"], 960);
  EXPECT_EQ(image["height"], 640);
  EXPECT_EQ(image["markdown"], "![Сессия залы](/api/v1/post-images/" + id + "/960)");
  ASSERT_EQ(image["sizes"].size(), 3u);  // 480, 960 and its own 1200: never enlarged to 1600
  EXPECT_EQ(image["sizes"][2]["width"], 1200);
  for (const auto& size : image["sizes"]) {
    auto file = staff_.Get(size["url"]);
    ASSERT_EQ(file.status, 200) << size;
    EXPECT_EQ(file.headers["content-type"], "image/jpeg");
    EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
    EXPECT_EQ(file.headers["cache-control"], "private, no-cache");  // the post is a draft
    EXPECT_EQ(file.body.substr(0, 3), "\xFF\xD8\xFF"s);
    for (const char* gone : {"Exif", "GPSLatitude", "43.2389", "CAM-77", "home of", "TRAILER"}) {
      EXPECT_EQ(file.body.find(gone), std::string::npos) << gone;
    }
    auto back = files::DecodeImage(file.body);
    ASSERT_TRUE(back.pixels);
    EXPECT_EQ(back.pixels->width, size["width"].get<int>());
  }
  // A draft's image is its writers' only; an unknown size or image is 404.
  EXPECT_EQ(app_.NewClient().Get(image["url"]).status, 404);
  EXPECT_EQ(citizen_.Get(image["url"]).status, 404);
  EXPECT_EQ(other_staff_.Get(image["url"]).status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/post-images/" + id + "/1600").status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/post-images/987654/960").status, 404);
  EXPECT_EQ(staff_.Get("/api/v1/post-images/" + id + "/x").status, 404);
  // Published: anyone's, and caches may keep it.
  ASSERT_EQ(
      staff_.Post("/api/v1/posts/" + std::to_string(post) + "/publish", json::object()).status,
      200);
  auto open = app_.NewClient().Get(image["url"]);
  EXPECT_EQ(open.status, 200);
  EXPECT_EQ(open.headers["cache-control"], "public, max-age=604800, immutable");
}

TEST_F(PostImagesApi, BadFilesAreRefusedByTheirContentWithAReason) {
  const int64_t post = Draft(staff_, city_);
  const std::string jpeg = files::EncodeJpeg(Gradient(64, 48));
  const std::string png = files::EncodePng(Gradient(64, 48));
  EXPECT_EQ(Put(staff_, post, "%PDF-1.4 not an image").field("image"), "unsupported_type");
  EXPECT_EQ(Put(staff_, post, "<svg onload=alert(1)>").field("image"), "unsupported_type");
  EXPECT_EQ(Put(staff_, post, "").field("image"), "unsupported_type");
  EXPECT_EQ(Put(staff_, post, jpeg.substr(0, jpeg.size() / 2)).field("image"), "invalid_image");
  EXPECT_EQ(Put(staff_, post, png.substr(0, png.size() - 30), "a", "image/png").field("image"),
            "invalid_image");
  // A PNG sent as a JPEG is judged by its content: stored, as a picture.
  auto named_jpeg = Put(staff_, post, png, "Диаграмма", "image/jpeg");
  ASSERT_EQ(named_jpeg.status, 201) << named_jpeg.body;
  EXPECT_EQ(named_jpeg.json()["mime"], "image/jpeg");  // opaque: re-encoded as a photo
  // A header claiming 60000 × 60000 pixels: refused before any decoding.
  std::string bomb = jpeg;
  const size_t sof = bomb.find("\xFF\xC2"s);
  ASSERT_NE(sof, std::string::npos);
  bomb.replace(sof + 5, 4, Be16(60000) + Be16(60000));
  auto huge = Put(staff_, post, bomb);
  EXPECT_EQ(huge.status, 422);
  EXPECT_EQ(huge.field("image"), "too_many_pixels");
  // More bytes than files.max_photo_bytes: 413.
  auto big = Put(staff_, post, jpeg + std::string(5 << 20, '\0'));
  EXPECT_EQ(big.status, 413);
  EXPECT_EQ(big.field("image"), "too_large");
  // Alt text is required, one line, at most 300 characters.
  EXPECT_EQ(Put(staff_, post, jpeg, "").field("alt"), "required");
  EXPECT_EQ(Put(staff_, post, jpeg, "   ").field("alt"), "required");
  EXPECT_EQ(Put(staff_, post, jpeg, "a\nb").field("alt"), "invalid_characters");
  EXPECT_EQ(Put(staff_, post, jpeg, std::string(301, 'a')).field("alt"), "too_long");
  auto bad_utf8 = Put(staff_, post, jpeg, "\xC3\x28");
  EXPECT_EQ(bad_utf8.status, 422) << bad_utf8.body;  // the query does not decode: the edge says so
}

TEST_F(PostImagesApi, OnlyThoseWhoMayWriteThePostAddImages) {
  const int64_t post = Draft(staff_, city_);
  const std::string jpeg = files::EncodeJpeg(Gradient(64, 48));
  EXPECT_EQ(Put(other_staff_, post, jpeg).status, 404);  // another maslikhat's staff
  EXPECT_EQ(Put(citizen_, post, jpeg).status, 404);
  EXPECT_EQ(Put(dep1_, post, jpeg).status, 404);  // a deputy, on the maslikhat's news
  // Signed out: refused at the edge (no session, so no CSRF token).
  EXPECT_EQ(app_.NewClient().Send("POST", Upload(post), jpeg, {}).status, 403);
  EXPECT_EQ(Put(staff_, 987654, jpeg).status, 404);
  // A deputy on their own post.
  const int64_t own = Draft(dep1_, city_, "deputy_post", deputy1_);
  EXPECT_EQ(Put(dep1_, own, jpeg).status, 201);
  EXPECT_EQ(Put(dep2_, own, jpeg).status, 404);
}

TEST_F(PostImagesApi, AFloodOfUploadsStopsAtThePostsLimitAndTheServerStaysUp) {
  const int64_t post = Draft(staff_, city_);
  const std::string jpeg = files::EncodeJpeg(Gradient(32, 32));
  int stored = 0, refused = 0;
  for (int i = 0; i < 36; ++i) {
    auto r = Put(staff_, post, jpeg);
    if (r.status == 201) ++stored;
    if (r.status == 422 && r.field("image") == "too_many") ++refused;
  }
  EXPECT_EQ(stored, 30);
  EXPECT_EQ(refused, 6);
  EXPECT_EQ(app_.NewClient().Get("/api/v1/public/posts").status, 200);
}

TEST_F(PostImagesApi, ThePostShowsItsImagesWithSrcsetAndItsSharedLinkPreviewsTheFirst) {
  const int64_t post = Draft(staff_, city_);
  auto up = Put(staff_, post, CameraJpeg(2000, 1000), "Зал \"<script>x</script>\"");
  ASSERT_EQ(up.status, 201) << up.body;
  const json image = up.json();
  const std::string id = std::to_string(image["id"].get<int64_t>());
  const std::string body = "Сессия.\n\n" + image["markdown"].get<std::string>() +
                           "\n\n![x](javascript:alert(1)) ![y](/api/v1/post-images/" + id +
                           "/960 \"t\\\" onload=\\\"x\")";
  auto saved = staff_.Patch(
      "/api/v1/posts/" + std::to_string(post),
      {{"texts", json::array({{{"lang", "kk"}, {"title", "Жаңалық"}, {"body", body}},
                              {{"lang", "ru"}, {"title", "Новость"}, {"body", body}}})}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  ASSERT_EQ(
      staff_.Post("/api/v1/posts/" + std::to_string(post) + "/publish", json::object()).status,
      200);
  auto pub = app_.NewClient().Get("/api/v1/public/posts/" + std::to_string(post) + "?lang=kk");
  const std::string html = pub.json()["body_html"];
  EXPECT_NE(html.find("srcset=\"/api/v1/post-images/" + id + "/480 480w, /api/v1/post-images/" +
                      id + "/960 960w, /api/v1/post-images/" + id + "/1600 1600w\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("width=\"960\" height=\"480\""), std::string::npos) << html;
  EXPECT_NE(html.find("loading=\"lazy\""), std::string::npos) << html;
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_EQ(html.find("onload=\""), std::string::npos) << html;
  // The shared link: og:image at the widest size, absolute.
  auto page = app_.NewClient().Get("/posts/" + std::to_string(post));
  ASSERT_EQ(page.status, 200);
  const std::string og = app_.config().http.public_url + "/api/v1/post-images/" + id + "/1600";
  EXPECT_NE(page.body.find("<meta property=\"og:image\" content=\"" + og + "\" />"),
            std::string::npos)
      << page.body;
  EXPECT_EQ(og.rfind("http", 0), 0u);
  EXPECT_NE(page.body.find("<meta property=\"og:image:width\" content=\"1600\" />"),
            std::string::npos);
  EXPECT_NE(page.body.find("<meta property=\"og:image:height\" content=\"800\" />"),
            std::string::npos);
  EXPECT_NE(page.body.find("<meta name=\"twitter:card\" content=\"summary_large_image\" />"),
            std::string::npos);
  EXPECT_EQ(app_.NewClient().Get(og.substr(app_.config().http.public_url.size())).status, 200);
  // A post without an image has no og:image.
  const int64_t plain = Draft(staff_, city_);
  ASSERT_EQ(
      staff_.Post("/api/v1/posts/" + std::to_string(plain) + "/publish", json::object()).status,
      200);
  EXPECT_EQ(app_.NewClient().Get("/posts/" + std::to_string(plain)).body.find("og:image"),
            std::string::npos);
}

}  // namespace
}  // namespace kenes::testing
