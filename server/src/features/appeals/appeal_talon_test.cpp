#include "features/appeals/appeal_talon.hpp"

#include <gtest/gtest.h>

#include "features/appeals/appeal_messages.hpp"

namespace kenes::appeals {
namespace {

Appeal Sample(const std::string& language, const std::string& received_at,
              const std::string& registered_on) {
  Appeal a;
  a.language = language;
  a.number = "2-2026-00020";
  a.type = AppealType::kProposal;
  a.channel = Channel::kReception;
  a.addressee = Addressee::kCommission;
  a.commission_id = 7;
  a.applicant_name = "Иванова Ольга";
  a.subject = "Скамейки";
  a.received_at = received_at;
  a.registered_on = registered_on;
  a.due_on = "2026-12-28";
  return a;
}

std::string Text(const std::vector<docs::PdfLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += l.text + "\n";
  return out;
}

TEST(Talon, AfterHoursOnAWorkingDaySaysWhenItCameAndWhenItWasRegistered) {
  // Monday 19:05 local (14:05 UTC): registered on Tuesday.
  auto a = Sample("ru", "2026-12-07T14:05:00.000Z", "2026-12-08");
  std::string text = Text(TalonLines(a, {"Маслихат", "Комиссия по бюджету", "Ким Анна"}));
  EXPECT_NE(text.find("Дата и время поступления: 07.12.2026, 19:05\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Получено в понедельник 07.12.2026 в 19:05, зарегистрировано в следующий "
                      "рабочий день 08.12.2026."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Вид обращения: предложение\n"), std::string::npos);
  EXPECT_NE(text.find("Способ подачи: на личном приёме\n"), std::string::npos);
  EXPECT_NE(text.find("Адресат: Комиссия по бюджету\n"), std::string::npos);
  EXPECT_NE(text.find("Обращение принял(а): Ким А.\n"), std::string::npos) << text;
}

TEST(Talon, TheOfficialSignsWithSurnameInitialsAndPosition) {
  EXPECT_EQ(ShortName("Иванова Ольга Петровна"), "Иванова О. П.");
  EXPECT_EQ(ShortName("  Сапарова   Әлия "), "Сапарова Ә.");
  EXPECT_EQ(ShortName("Smith John"), "Smith J.");
  EXPECT_EQ(ShortName("Бекова"), "Бекова");
  EXPECT_EQ(ShortName(""), "");
  auto a = Sample("ru", "2026-12-07T06:05:00.000Z", "2026-12-07");
  a.channel = Channel::kPaper;
  TalonNames names{"Маслихат", "Комиссия", "Иванова Ольга Петровна", "staff"};
  std::string text = Text(TalonLines(a, names));
  EXPECT_NE(text.find("Обращение принял(а): Иванова О. П., специалист аппарата маслихата\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Способ подачи: письменно, на бумажном носителе\n"), std::string::npos);
  a.language = "kk";
  names.accepted_as = "chair";
  text = Text(TalonLines(a, names));
  EXPECT_NE(text.find("Өтінішті қабылдаған: Иванова О. П., мәслихат төрағасы\n"), std::string::npos)
      << text;
}

TEST(Talon, AnAppealFiledOnlineSaysItWasRegisteredElectronically) {
  auto a = Sample("ru", "2026-12-07T06:05:00.000Z", "2026-12-07");
  a.channel = Channel::kWeb;
  std::string text = Text(TalonLines(a, {"Маслихат", "Комиссия", "", ""}));
  EXPECT_NE(text.find("Обращение принял(а): зарегистрировано в электронном виде через "
                      "интернет-портал\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Способ подачи: через интернет-портал\n"), std::string::npos);
  EXPECT_EQ(text.find("2026-12-07"), std::string::npos);  // local dates only
}

TEST(Talon, KazakhAndEnglishExplainAMovedRegistrationToo) {
  // Sunday 10:19 local.
  auto kk = Sample("kk", "2026-12-06T05:19:00.000Z", "2026-12-07");
  EXPECT_NE(Text(TalonLines(kk, {"Мәслихат", "", ""}))
                .find("Өтініш жексенбі, 06.12.2026, сағат 10:19 келіп түсті, келесі жұмыс күні – "
                      "07.12.2026 тіркелді."),
            std::string::npos);
  auto en = Sample("en", "2026-12-06T05:19:00.000Z", "2026-12-07");
  std::string text = Text(TalonLines(en, {"Maslikhat", "", ""}));
  EXPECT_NE(text.find("Received on Sunday 06.12.2026 at 10:19, registered on the next working "
                      "day, 07.12.2026."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Addressee: commission of the maslikhat\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("Accepted by"), std::string::npos);  // nobody named: the line is left out
}

TEST(Talon, SameDayRegistrationHasNoExplanationAndAnAnonymousApplicantIsSaidSo) {
  auto a = Sample("ru", "2026-12-08T04:05:00.000Z", "2026-12-08");  // Tuesday 09:05
  a.anonymous = true;
  a.applicant_name.clear();
  std::string text = Text(TalonLines(a, {"Маслихат", "Комиссия", ""}));
  EXPECT_EQ(text.find("Получено"), std::string::npos) << text;
  EXPECT_NE(text.find("Заявитель: анонимное обращение\n"), std::string::npos);
}

TEST(AppealWords, EveryCodeHasWordsInKazakhAndRussian) {
  for (const char* lang : {"kk", "ru"}) {
    for (const char* t : {"statement", "complaint", "proposal", "report", "response", "request"}) {
      EXPECT_NE(TypeWord(*ParseType(t), lang), t) << lang;
    }
    for (const char* c : {"web", "paper", "oral", "phone", "email", "reception"}) {
      EXPECT_NE(ChannelWord(*ParseChannel(c), lang), c) << lang;
    }
    for (const char* s : {"registered", "assigned", "in_consideration", "forwarded", "extended",
                          "answered", "closed", "reopened", "not_considered"}) {
      EXPECT_NE(StatusWord(*ParseStatus(s), lang), s) << lang;
    }
  }
  // English words mostly spell like the codes; those that do not:
  EXPECT_EQ(StatusWord(AppealStatus::kInConsideration, "en"), "under consideration");
  EXPECT_EQ(StatusWord(AppealStatus::kNotConsidered, "en"), "left without consideration");
  EXPECT_EQ(ChannelWord(Channel::kWeb, "en"), "through the web portal");
  EXPECT_EQ(DottedDate("2026-12-07"), "07.12.2026");
  EXPECT_EQ(DottedDate(""), "");
}

}  // namespace
}  // namespace kenes::appeals
