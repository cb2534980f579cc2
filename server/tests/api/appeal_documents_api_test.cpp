// The documents of an appeal as a person reads them: the talon PDF rendered to text (poppler's
// pdftotext) in Kazakh and Russian, the CSV and XLSX exports in the chosen language, and finding
// an appeal by the number printed on its talon.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/appeals_fixture.hpp"
#include "support/run_through.hpp"

namespace kenes::testing {
namespace {

using AppealDocumentsApi = AppealsFixture;

// Text of a PDF with every run of white space made one space (lines wrap where the page ends).
std::string PdfText(const std::string& pdf) {
  return std::regex_replace(Through("pdftotext -enc UTF-8 {} - 2>/dev/null", pdf),
                            std::regex("\\s+"), " ");
}

// Glyphs drawn with no outline, per font: a font subset that lost letters draws them as nothing.
// Only the space may be empty, so at most one per font.
std::map<std::string, int> EmptyGlyphsPerFont(const std::string& pdf) {
  std::string svg = Through("pdftocairo -svg {} - 2>/dev/null", pdf);
  std::map<std::string, int> empty;
  static const std::regex kGlyph(
      "<symbol overflow=\"visible\" id=\"glyph(\\d+)-\\d+\">\\s*<path[^>]* d=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), kGlyph); it != std::sregex_iterator();
       ++it) {
    empty[(*it)[1]] += 0;
    if ((*it)[2].length() == 0) ++empty[(*it)[1]];
  }
  return empty;
}

std::string Dotted(const std::string& iso) {  // "2026-12-28" -> "28.12.2026"
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

TEST_F(AppealDocumentsApi, TheTalonPrintsWordsNamesAndLocalDatesInRussianAndKazakh) {
  // Sessions last while the clock goes back, so the test lives before the fixture's 18.11.2026.
  app_.clock().Set(Utc("2026-11-15T05:19:00Z"));  // Sunday 10:19 local: registered on Monday
  auto ru = File(citizen_, Appeal("Яма на дороге"));
  ASSERT_EQ(ru.status, 201) << ru.body;
  const json a = ru.json();
  ASSERT_EQ(a["registered_on"], "2026-11-16");
  auto pdf =
      citizen_.Get("/api/v1/appeals/" + std::to_string(a["id"].get<int64_t>()) + "/talon.pdf");
  ASSERT_EQ(pdf.status, 200);
  const std::string text = PdfText(pdf.body);
  for (const std::string& expected : {
           std::string("Талон о приёме обращения"),
           std::string("Городской"),
           "Номер талона: " + a["number"].get<std::string>(),
           std::string("Дата регистрации: 16.11.2026"),
           std::string("Дата и время поступления: 15.11.2026, 10:19"),
           std::string("Получено в воскресенье 15.11.2026 в 10:19, зарегистрировано в следующий "
                       "рабочий день 16.11.2026."),
           std::string("Вид обращения: жалоба"),
           std::string("Способ подачи: через интернет-портал"),
           std::string("Адресат: депутат Бекова Айгуль"),
           std::string("Заявитель: Айгерім Тестова"),
           std::string("Суть обращения: Яма на дороге"),
           "Срок ответа: " + Dotted(a["due_on"]),
           std::string("статьёй 64"),
       }) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin: " << text;
  }
  for (const char* code : {"web", "complaint", "2026-11-", "deputy"}) {
    EXPECT_EQ(text.find(code), std::string::npos) << code << "\nin: " << text;
  }
  // Filed online: no official accepted it, and the talon says how it was registered instead.
  EXPECT_NE(text.find("Обращение принял(а): зарегистрировано в электронном виде через "
                      "интернет-портал"),
            std::string::npos)
      << text;
  for (const auto& [font, empty] : EmptyGlyphsPerFont(pdf.body)) {
    EXPECT_LE(empty, 1) << "font " << font << " draws letters as nothing";
  }
  EXPECT_FALSE(EmptyGlyphsPerFont(pdf.body).empty());  // pdftocairo read the fonts

  app_.clock().Set(Utc("2026-11-17T04:05:00Z"));  // Tuesday 09:05 local, a working day
  json paper = Appeal("Жол жөндеу");
  paper["language"] = "kk";
  paper["channel"] = "paper";
  paper["deputy_id"] = deputy2_;
  paper["applicant_name"] = "Иванова Ольга";
  paper["applicant_address"] = "Көкшетау, Абай көшесі, 1";
  auto kk = File(staff_, paper);
  ASSERT_EQ(kk.status, 201) << kk.body;
  const json b = kk.json();
  auto kk_pdf =
      citizen_.Get("/api/v1/appeals/" + std::to_string(b["id"].get<int64_t>()) + "/talon.pdf");
  EXPECT_EQ(kk_pdf.status, 404);  // not the citizen's appeal
  kk_pdf = staff_.Get("/api/v1/appeals/" + std::to_string(b["id"].get<int64_t>()) + "/talon.pdf");
  ASSERT_EQ(kk_pdf.status, 200);
  const std::string kk_text = PdfText(kk_pdf.body);
  for (const std::string& expected : {
           std::string("Өтінішті қабылдау талоны"),
           std::string("Қалалық"),
           "Талон нөмірі: " + b["number"].get<std::string>(),
           std::string("Тіркелген күні: 17.11.2026"),
           std::string("Келіп түскен күні мен уақыты: 17.11.2026, 09:05"),
           std::string("Өтініш түрі: шағым"),
           std::string("Түсу тәсілі: жазбаша, қағаз жеткізгіште"),
           std::string("Алушы: депутат Оспанов Ерлан"),
           std::string("Өтініш беруші: Иванова Ольга"),
           std::string("Мәні: Жол жөндеу"),
           "Жауап беру мерзімі: " + Dotted(b["due_on"]),
           // The official: surname, initials and position (APPK Art. 64).
           std::string("Өтінішті қабылдаған: Staff P., мәслихат аппаратының маманы"),
           std::string("64-бабына"),
       }) {
    EXPECT_NE(kk_text.find(expected), std::string::npos) << expected << "\nin: " << kk_text;
  }
  EXPECT_EQ(kk_text.find("келіп түсті"), std::string::npos);  // received and registered same day
  for (const char* code : {"paper", "complaint", "2026-11-"}) {
    EXPECT_EQ(kk_text.find(code), std::string::npos) << code << "\nin: " << kk_text;
  }
  for (const auto& [font, empty] : EmptyGlyphsPerFont(kk_pdf.body)) {
    EXPECT_LE(empty, 1) << "font " << font << " draws letters as nothing";
  }
}

TEST_F(AppealDocumentsApi, ExportsSpeakTheChosenLanguageWithRealDateCells) {
  app_.clock().Set(Utc("2026-11-18T06:00:00Z"));
  File(citizen_, Appeal("Яма на дороге"));
  json to_maslikhat = Appeal("Свет во дворе");
  to_maslikhat["addressee"] = "maslikhat";
  to_maslikhat.erase("deputy_id");
  to_maslikhat["maslikhat_id"] = city_;
  ASSERT_EQ(File(citizen_, to_maslikhat).status, 201);
  const std::string base = "/api/v1/appeals-export?maslikhat_id=" + std::to_string(city_);

  auto ru = staff_.Get(base + "&format=csv&lang=ru");
  ASSERT_EQ(ru.status, 200) << ru.body;
  EXPECT_EQ(ru.body.rfind("\xEF\xBB\xBFНомер талона,Дата регистрации,Вид обращения,", 0), 0u)
      << ru.body;
  for (const char* word : {"18.11.2026", "жалоба", "через интернет-портал", "зарегистрировано",
                           "депутат Бекова Айгуль", "Городской", "№ 1", "09.12.2026"}) {
    EXPECT_NE(ru.body.find(word), std::string::npos) << word << "\nin: " << ru.body;
  }
  for (const char* code : {",web,", ",complaint,", ",registered,", "2026-11-18", ",deputy,"}) {
    EXPECT_EQ(ru.body.find(code), std::string::npos) << code;
  }
  auto kk = staff_.Get(base + "&format=csv&lang=kk");
  EXPECT_EQ(kk.body.rfind("\xEF\xBB\xBFТалон нөмірі,Тіркелген күні,", 0), 0u) << kk.body;
  EXPECT_NE(kk.body.find("шағым"), std::string::npos);
  EXPECT_NE(kk.body.find("депутат Бекова Айгүл"), std::string::npos);
  auto en = staff_.Get(base + "&format=csv&lang=en");
  EXPECT_EQ(en.body.rfind("\xEF\xBB\xBFTalon number,Registered on,", 0), 0u) << en.body;
  EXPECT_NE(en.body.find("through the web portal"), std::string::npos);
  // Without ?lang= the staff member's own language (ru), and a language we do not have is refused.
  EXPECT_EQ(staff_.Get(base + "&format=csv").body, ru.body);
  EXPECT_EQ(staff_.Get(base + "&format=csv&lang=de").status, 422);

  auto xlsx = staff_.Get(base + "&format=xlsx&lang=kk");
  ASSERT_EQ(xlsx.status, 200);
  const std::string sheet = Through("unzip -p {} xl/worksheets/sheet1.xml", xlsx.body);
  const std::string strings = Through("unzip -p {} xl/sharedStrings.xml", xlsx.body);
  const std::string styles = Through("unzip -p {} xl/styles.xml", xlsx.body);
  ASSERT_FALSE(sheet.empty());
  for (const char* word : {"Талон нөмірі", "шағым", "интернет-портал арқылы", "тіркелді",
                           "депутат Бекова Айгүл", "Қалалық"}) {
    EXPECT_NE(strings.find(word), std::string::npos) << word;
  }
  for (const char* code : {">web<", ">complaint<", ">registered<", "2026-11-18"}) {
    EXPECT_EQ(strings.find(code), std::string::npos) << code;
  }
  // Registration dates are numbers (46344 = 18.11.2026) styled with a dd.mm.yyyy number format.
  std::smatch cell;
  ASSERT_TRUE(
      std::regex_search(sheet, cell, std::regex("<c r=\"B2\" s=\"(\\d+)\"><v>46344</v></c>")))
      << sheet;
  // Style s of the cell is an xf whose number format is dd.mm.yyyy.
  std::smatch fmt;
  ASSERT_TRUE(std::regex_search(
      styles, fmt, std::regex("<numFmt numFmtId=\"(\\d+)\" formatCode=\"dd\\.mm\\.yyyy\"/>")))
      << styles;
  const std::string xfs = styles.substr(styles.find("<cellXfs"));
  std::vector<std::string> xf_formats;
  static const std::regex kXf("<xf numFmtId=\"(\\d+)\"");
  for (auto it = std::sregex_iterator(xfs.begin(), xfs.end(), kXf); it != std::sregex_iterator();
       ++it) {
    xf_formats.push_back((*it)[1]);
  }
  const size_t style = std::stoul(cell[1]);
  ASSERT_LT(style, xf_formats.size());
  EXPECT_EQ(xf_formats[style], fmt[1].str());
  EXPECT_NE(sheet.find("<cols>"), std::string::npos);  // widths set for every column
}

TEST_F(AppealDocumentsApi, TheNumberOnTheTalonFindsTheAppeal) {
  std::vector<std::string> numbers;
  for (const char* subject : {"Первое", "Второе", "Третье"}) {
    numbers.push_back(File(citizen_, Appeal(subject)).json()["number"].get<std::string>());
  }
  auto search = [&](Client& c, const std::string& q, const std::string& scope) {
    auto r = c.Get("/api/v1/appeals?q=" + q + scope);
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> found;
    const json body = r.json();
    for (const auto& item : body["items"]) found.push_back(item["number"]);
    return found;
  };
  const std::string staff_scope = "&maslikhat_id=" + std::to_string(city_);
  EXPECT_EQ(search(staff_, "00002", staff_scope), std::vector<std::string>{numbers[1]});
  EXPECT_EQ(search(staff_, "3", staff_scope), std::vector<std::string>{numbers[2]});
  EXPECT_EQ(search(staff_, "%2000002%20", staff_scope), std::vector<std::string>{numbers[1]});
  EXPECT_EQ(search(staff_, numbers[0], staff_scope), std::vector<std::string>{numbers[0]});
  EXPECT_TRUE(search(staff_, "00009", staff_scope).empty());
  // The citizen finds their own appeal by the talon's number; a stranger finds nothing.
  EXPECT_EQ(search(citizen_, "00001", ""), std::vector<std::string>{numbers[0]});
  EXPECT_TRUE(search(stranger_, "00001", "").empty());
}

}  // namespace
}  // namespace kenes::testing
