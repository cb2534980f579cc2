#include "platform/text/mask_personal.hpp"

#include <gtest/gtest.h>

namespace kenes::text {

TEST(MaskPersonalData, RussianNamesAddressesPhonesAndIins) {
  EXPECT_EQ(MaskPersonalData("Заявитель Иванов Иван Иванович просит починить свет."),
            "Заявитель *** просит починить свет.");
  EXPECT_EQ(MaskPersonalData("Обращается Иванов И. И. по поводу дороги"),
            "Обращается *** по поводу дороги");
  EXPECT_EQ(MaskPersonalData("Живу по адресу ул. Абая 12, кв. 5, не горит фонарь"),
            "Живу по адресу ул. ***, кв. ***, не горит фонарь");
  EXPECT_EQ(MaskPersonalData("Мой телефон +7 701 123 45 67, звоните"), "Мой телефон ***, звоните");
  EXPECT_EQ(MaskPersonalData("Тел. 8 (701) 123-45-67."), "Тел. ***.");
  EXPECT_EQ(MaskPersonalData("ИИН 900101300017 указан"), "ИИН *** указан");
}

TEST(MaskPersonalData, KazakhNamesAndAddresses) {
  EXPECT_EQ(MaskPersonalData("Өтініш берген: Сейткали Айгерим."), "Өтініш берген: ***.");
  EXPECT_EQ(MaskPersonalData("Абай көшесі 12 үйдің жанында жол бұзылған"),
            "*** көшесі *** үйдің жанында жол бұзылған");
  EXPECT_EQ(MaskPersonalData("Байланыс: +77011234567"), "Байланыс: ***");
  EXPECT_EQ(MaskPersonalData("ЖСН: 900101300017"), "ЖСН: ***");
}

TEST(MaskPersonalData, LeavesOrdinaryTextAlone) {
  for (const char* text :
       {"Во дворе дома 12 нет освещения.", "Прошу отремонтировать дорогу в 2026 году.",
        "Көкшетау қаласында жол жөнделді.", "ЖКХ ответило 15.04.2026.", "Ответ дан в срок.", ""}) {
    EXPECT_EQ(MaskPersonalData(text), text);
  }
  EXPECT_EQ(MaskPersonalData("Во дворе дома 12 по ул. Абая яма."),
            "Во дворе дома 12 по ул. *** яма.");
}

TEST(MaskPersonalData, HostileInputStaysValidText) {
  std::string bad = "Иванов \xff\xfe Иван ";
  bad += std::string(10000, '7');
  const std::string out = MaskPersonalData(bad);
  EXPECT_EQ(out.find("7777777"), std::string::npos);
  EXPECT_EQ(MaskPersonalData(std::string(100000, ' ')).size(), 100000u);
}

}  // namespace kenes::text
