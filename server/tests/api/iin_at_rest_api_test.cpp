// IINs at rest (docs/adr/0018-iin-encryption.md): a copy of the database holds no IIN in clear,
// search by IIN still finds the appeal, the person's export shows their own IIN, IINs stored in
// clear before encryption are sealed at start-up, and a wrong key stops the start.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

constexpr const char* kCitizenIin = "900101300017";
constexpr const char* kPaperIin = "850202400020";

class IinAtRestApi : public AppealsFixture {
 protected:
  std::string Search(int64_t maslikhat, const std::string& q) {
    return "/api/v1/appeals?maslikhat_id=" + std::to_string(maslikhat) + "&q=" + q;
  }
  // Registers, verifies and signs in a citizen who gave an IIN.
  Client CitizenWithIin(const std::string& email, const std::string& iin) {
    auto c = app_.NewClient();
    c.PrimeCsrf();
    json body = {
        {"email", email},
        {"password", "correct-horse-1"},
        {"display_name", "Сейткали Айгерим"},
        {"language", "ru"},
        {"iin", iin},
        {"consent", {{"accepted", true}, {"version", app_.config().security.consent_version}}}};
    EXPECT_EQ(c.Post("/api/v1/auth/register", body).status, 201);
    EXPECT_EQ(
        c.Post("/api/v1/auth/verify", {{"login", email}, {"code", app_.LastCodeFor(email)}}).status,
        200);
    return app_.Login(email, "correct-horse-1");
  }
  int64_t FilePaperWithIin(const std::string& iin) {
    json paper = Appeal("Заявление на бумаге");
    paper["channel"] = "paper";
    paper["applicant_name"] = "Иванова Ольга";
    paper["applicant_iin"] = iin;
    auto r = File(staff_, paper);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", int64_t{0});
  }
  std::vector<std::string> Column(const std::string& sql) {
    std::vector<std::string> out;
    app_.app().database().RunInTx(db::TxMode::kRead, [&](db::Tx& tx) {
      for (const auto& r : tx.Query(sql)) out.push_back(r.OptStr("v").value_or(""));
      return true;
    });
    return out;
  }
  // The SQLite file and its write-ahead log, as a copy of them would hold them.
  std::string DatabaseFileBytes() {
    const std::string path = app_.config().database.url.substr(std::string("sqlite:").size());
    std::string bytes;
    for (const std::string& p : {path, path + "-wal"}) {
      std::ifstream in(p, std::ios::binary);
      bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return bytes;
  }
};

TEST_F(IinAtRestApi, ACopyOfTheDatabaseHoldsNoIinInClear) {
  Client person = CitizenWithIin("iin-owner@example.kz", kCitizenIin);
  ASSERT_EQ(File(person, Appeal("Свет во дворе")).status, 201);
  ASSERT_GT(FilePaperWithIin(kPaperIin), 0);

  for (const auto& v : Column("SELECT iin AS v FROM users WHERE iin IS NOT NULL")) {
    EXPECT_EQ(v.rfind("v1:", 0), 0u);
  }
  auto stored = Column("SELECT applicant_iin AS v FROM appeals WHERE applicant_iin IS NOT NULL");
  ASSERT_EQ(stored.size(), 2u);  // the citizen's (from the account) and the paper applicant's
  for (const auto& v : stored) {
    EXPECT_EQ(v.rfind("v1:", 0), 0u);
    EXPECT_EQ(v.find(kCitizenIin), std::string::npos);
    EXPECT_EQ(v.find(kPaperIin), std::string::npos);
  }
  if (!app_.postgres()) {
    const std::string bytes = DatabaseFileBytes();
    ASSERT_GT(bytes.size(), 4096u);
    EXPECT_EQ(bytes.find(kCitizenIin), std::string::npos);
    EXPECT_EQ(bytes.find(kPaperIin), std::string::npos);
  }
}

TEST_F(IinAtRestApi, StaffFindAnAppealByIinThroughItsHash) {
  const int64_t id = FilePaperWithIin(kPaperIin);
  ASSERT_EQ(File(staff_, Appeal("Другое обращение")).status, 201);
  auto r = staff_.Get(Search(city_, kPaperIin));
  ASSERT_EQ(r.status, 200) << r.body;
  const json items = r.json()["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["id"], id);
  // Another maslikhat's staff search their own appeals only.
  EXPECT_EQ(other_staff_.Get(Search(city_, kPaperIin)).status, 404);
  const json theirs = other_staff_.Get(Search(other_, kPaperIin)).json();
  EXPECT_TRUE(theirs["items"].empty());
  auto view = staff_.Get("/api/v1/appeals/" + std::to_string(id));
  EXPECT_EQ(view.json()["applicant"]["iin_masked"], "85********20");
}

TEST_F(IinAtRestApi, ThePersonsExportShowsTheirOwnIin) {
  Client person = CitizenWithIin("iin-export@example.kz", kCitizenIin);
  auto r = person.Get("/api/v1/me/data");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["account"]["iin"], kCitizenIin);
  EXPECT_EQ(person.Get("/api/v1/me").json()["iin_masked"], "90********17");
}

TEST_F(IinAtRestApi, IinsStoredInClearAreSealedAtStartUpOnce) {
  Client person = CitizenWithIin("iin-legacy@example.kz", kCitizenIin);
  const int64_t id = FilePaperWithIin(kPaperIin);
  ASSERT_GT(id, 0);
  // As rows written before encryption look.
  app_.app().database().RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    tx.Exec("UPDATE users SET iin = $1, iin_hash = NULL WHERE email = 'iin-legacy@example.kz'",
            {std::string(kCitizenIin)});
    tx.Exec("UPDATE appeals SET applicant_iin = $1, applicant_iin_hash = NULL WHERE id = $2",
            {std::string(kPaperIin), id});
    return true;
  });
  app_.Restart();
  const auto hashes =
      Column("SELECT applicant_iin_hash AS v FROM appeals WHERE id = " + std::to_string(id));
  ASSERT_EQ(hashes.size(), 1u);
  EXPECT_FALSE(hashes[0].empty());
  for (const auto& v : Column("SELECT iin AS v FROM users WHERE iin IS NOT NULL")) {
    EXPECT_EQ(v.rfind("v1:", 0), 0u);
  }
  const auto sealed =
      Column("SELECT applicant_iin AS v FROM appeals WHERE id = " + std::to_string(id));
  app_.Restart();  // a second run changes nothing
  EXPECT_EQ(Column("SELECT applicant_iin AS v FROM appeals WHERE id = " + std::to_string(id)),
            sealed);
  Client staff = app_.Login("staff@example.kz", "staff-password-1");
  const json found = staff.Get(Search(city_, kPaperIin)).json();
  ASSERT_EQ(found["items"].size(), 1u);
  EXPECT_EQ(found["items"][0]["id"], id);
  Client again = app_.Login("iin-legacy@example.kz", "correct-horse-1");
  EXPECT_EQ(again.Get("/api/v1/me/data").json()["account"]["iin"], kCitizenIin);
}

TEST_F(IinAtRestApi, AWrongKeyStopsTheStartWithAClearMessage) {
  ASSERT_GT(FilePaperWithIin(kPaperIin), 0);
  Config wrong = app_.config();
  wrong.http.port = 0;
  wrong.privacy.iin_key = std::string(64, 'c');
  try {
    App other(wrong, AppDeps{});
    other.Start();
    ADD_FAILURE() << "started with a key that does not open the stored IINs";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("privacy.iin_key"), std::string::npos) << e.what();
  }
  wrong.privacy.iin_key = "abc";
  try {
    App other(wrong, AppDeps{});
    other.Start();
    ADD_FAILURE() << "started with a 3-character key";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("64 hex digits"), std::string::npos) << e.what();
  }
  // The running server keeps its own key and still reads the appeal.
  auto r = staff_.Get(Search(city_, kPaperIin));
  EXPECT_EQ(r.json()["items"].size(), 1u);
}

}  // namespace
}  // namespace kenes::testing
