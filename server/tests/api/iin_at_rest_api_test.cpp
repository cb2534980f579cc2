// IINs at rest (docs/adr/0018-iin-encryption.md): a copy of the database holds no IIN in clear,
// search by IIN still finds the appeal, the person's export shows their own IIN, IINs stored in
// clear before encryption are sealed at start-up, a wrong key stops the start, and the key is
// rotated by `kenes rotate-iin-key`.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "app/iin_protection.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/db/database.hpp"
#include "support/appeals_fixture.hpp"

namespace kenes::testing {
namespace {

constexpr const char* kCitizenIin = "900101300017";
constexpr const char* kPaperIin = "850202400020";
const std::string kNewKey = "5e" + std::string(62, 'a');

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
  int64_t FilePaperWithIin(const std::string& iin,
                           const std::string& subject = "Заявление на бумаге") {
    json paper = Appeal(subject);
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
  // Every stored IIN: the appeals' then the users', each in id order.
  std::vector<std::string> StoredIins() {
    auto out = Column(
        "SELECT applicant_iin AS v FROM appeals WHERE applicant_iin IS NOT NULL "
        "ORDER BY id");
    for (auto& v : Column("SELECT iin AS v FROM users WHERE iin IS NOT NULL ORDER BY id")) {
      out.push_back(v);
    }
    return out;
  }
  // Starting a second server on the same database with `key`: the message it stops with, or "".
  std::string StartFailure(const std::string& key) {
    Config c = app_.config();
    c.http.port = 0;
    c.privacy.iin_key = key;
    try {
      App other(c, AppDeps{});
      other.Start();
    } catch (const std::exception& e) {
      return e.what();
    }
    return "";
  }
  // The key the test server runs with (the development key file of its files.dir).
  std::string OldKey() { return ResolveIinKey(app_.config()); }
  // `kenes rotate-iin-key --new-key-file` with `key` in the file.
  IinRotation Rotate(const std::string& key) {
    const std::string file = app_.config().files.dir + "/new-iin.key";
    std::ofstream(file) << key << "\n";
    return RotateIinKey(app_.config(), app_.app().database(), file);
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

// Key rotation (ADR 0018 "Rotation", docs/runbook.md): every IIN re-sealed with the new key and
// its hash recomputed; a second run changes nothing; after it the server starts with the new key,
// finds appeals and users by IIN, and refuses the old key.
TEST_F(IinAtRestApi, KeyRotationResealsEveryIinAndTheOldKeyIsRefused) {
  Client person = CitizenWithIin("rotate-owner@example.kz", kCitizenIin);
  ASSERT_EQ(File(person, Appeal("Свет во дворе")).status, 201);
  const int64_t paper = FilePaperWithIin(kPaperIin);
  ASSERT_GT(paper, 0);
  const auto before = StoredIins();
  ASSERT_EQ(before.size(), 3u);  // the citizen's appeal, the paper one, the citizen's account
  const auto hashes_before = Column("SELECT applicant_iin_hash AS v FROM appeals ORDER BY id");

  const IinRotation done = Rotate(kNewKey);
  EXPECT_EQ(done.resealed, 3);
  EXPECT_EQ(done.already, 0);
  const auto after = StoredIins();
  ASSERT_EQ(after.size(), 3u);
  auto next = crypto::FieldCipher::FromHex(kNewKey);
  auto old = crypto::FieldCipher::FromHex(OldKey());
  for (size_t i = 0; i < after.size(); ++i) {
    EXPECT_NE(after[i], before[i]);
    EXPECT_TRUE(next->Open(after[i]).ok());
    EXPECT_FALSE(old->Open(after[i]).ok());
  }
  EXPECT_NE(Column("SELECT applicant_iin_hash AS v FROM appeals ORDER BY id"), hashes_before);

  // A second run recognises every row as done and writes nothing.
  const IinRotation again = Rotate(kNewKey);
  EXPECT_EQ(again.resealed, 0);
  EXPECT_EQ(again.already, 3);
  EXPECT_EQ(StoredIins(), after);

  // The old key no longer starts a server; the new one does, and lookups by IIN still work.
  EXPECT_NE(StartFailure(OldKey()).find("privacy.iin_key does not open"), std::string::npos);
  app_.config().privacy.iin_key = kNewKey;
  app_.Restart();
  Client staff = app_.Login("staff@example.kz", "staff-password-1");
  const json found = staff.Get(Search(city_, kPaperIin)).json();
  ASSERT_EQ(found["items"].size(), 1u);
  EXPECT_EQ(found["items"][0]["id"], paper);
  EXPECT_EQ(staff.Get(Search(city_, kCitizenIin)).json()["items"].size(), 1u);
  Client owner = app_.Login("rotate-owner@example.kz", "correct-horse-1");
  EXPECT_EQ(owner.Get("/api/v1/me/data").json()["account"]["iin"], kCitizenIin);
  // New IINs are sealed with the new key.
  json second = Appeal("Второе заявление");
  second["channel"] = "paper";
  second["applicant_name"] = "Иванова Ольга";
  second["applicant_iin"] = kPaperIin;
  ASSERT_EQ(File(staff, second).status, 201);
  ASSERT_EQ(StoredIins().size(), 4u);
  for (const auto& v : StoredIins()) EXPECT_TRUE(next->Open(v).ok());
}

TEST_F(IinAtRestApi, AnInterruptedKeyRotationIsRefusedAtStartAndFinishedByRunningItAgain) {
  ASSERT_GT(FilePaperWithIin(kPaperIin), 0);
  ASSERT_GT(FilePaperWithIin(kPaperIin, "Второе заявление"), 0);
  ASSERT_EQ(StoredIins().size(), 2u);
  // As a crash after the first batch leaves it: the first appeal under the new key, the rest old.
  auto next = crypto::FieldCipher::FromHex(kNewKey);
  app_.app().database().RunInTx(db::TxMode::kWrite, [&](db::Tx& tx) {
    tx.Exec(
        "UPDATE appeals SET applicant_iin = $1, applicant_iin_hash = $2 WHERE id = (SELECT "
        "MIN(id) FROM appeals WHERE applicant_iin IS NOT NULL)",
        {next->Seal(kPaperIin), next->LookupHash(kPaperIin)});
    return true;
  });
  EXPECT_NE(StartFailure(OldKey()).find("rotate-iin-key"), std::string::npos);
  EXPECT_NE(StartFailure(kNewKey).find("rotate-iin-key"), std::string::npos);

  const IinRotation done = Rotate(kNewKey);
  EXPECT_EQ(done.resealed, 1);
  EXPECT_EQ(done.already, 1);
  app_.config().privacy.iin_key = kNewKey;
  app_.Restart();
  Client staff = app_.Login("staff@example.kz", "staff-password-1");
  EXPECT_EQ(staff.Get(Search(city_, kPaperIin)).json()["items"].size(), 2u);
}

TEST_F(IinAtRestApi, AKeyRotationWithABadOrUnchangedKeyChangesNothing) {
  ASSERT_GT(FilePaperWithIin(kPaperIin), 0);
  const auto before = StoredIins();
  EXPECT_THROW(Rotate("not-a-key"), std::runtime_error);
  EXPECT_THROW(Rotate(OldKey()), std::runtime_error);
  EXPECT_THROW(RotateIinKey(app_.config(), app_.app().database(), "/nonexistent/new-iin.key"),
               std::runtime_error);
  EXPECT_EQ(StoredIins(), before);
}

}  // namespace
}  // namespace kenes::testing
