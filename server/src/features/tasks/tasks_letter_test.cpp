#include "features/tasks/tasks_letter.hpp"

#include <gtest/gtest.h>

namespace kenes::tasks {
namespace {

std::string Text(const std::vector<docs::PdfLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += l.text + "\n";
  return out;
}

TEST(Letter, DatesAreWordsInKazakhAndDottedInRussian) {
  EXPECT_EQ(LetterDate("2026-04-15", "kk"), "15 сәуір 2026 ж.");
  EXPECT_EQ(LetterDate("2026-12-07", "kk"), "7 желтоқсан 2026 ж.");
  EXPECT_EQ(LetterDate("2026-04-15", "ru"), "15.04.2026");
  EXPECT_EQ(LetterDate("2026-01-05", "en"), "5 January 2026");
  EXPECT_EQ(LetterDate("2026-13-05", "kk"), "2026-13-05");  // not a date: left as it is
  EXPECT_EQ(LetterDate("soon", "ru"), "soon");
}

TEST(Letter, NamesTheSenderThePersonTheNoticeAndTheOfficial) {
  Task t;
  t.what.kind = TaskKind::kLetter;
  t.what.language = "kk";
  t.what.person_name = "Иванова Ольга";
  t.what.address = "Көкшетау, Абай көшесі, 1";
  t.what.message = "Сіздің өтінішіңіз тіркелді.\n\nТалон нөмірі: 2-2026-00001\n";
  const std::string text =
      Text(LetterLines(t, {"Көкшетау қалалық мәслихаты", "Staff Person", "2026-04-15"}));
  for (const char* expected :
       {"Көкшетау қалалық мәслихаты\n15 сәуір 2026 ж.\n", "Кімге: Иванова Ольга\n",
        "Мекенжайы: Көкшетау, Абай көшесі, 1\n", "Хабарлама\nСіздің өтінішіңіз тіркелді.\n",
        "Талон нөмірі: 2-2026-00001\n", "Орындаған: Staff Person\n"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin:\n" << text;
  }
  EXPECT_EQ(text.find("2026-04-15"), std::string::npos);
}

}  // namespace
}  // namespace kenes::tasks
