#include "features/directory/address.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::directory {
namespace {

HouseNumber H(int number, std::string suffix = "") {
  return HouseNumber{number, std::move(suffix)};
}

HouseRange R(std::string_view text) {
  std::optional<HouseRange> range = ParseRange(text);
  EXPECT_TRUE(range.has_value()) << text;
  return range.value_or(HouseRange{});
}

TEST(AddressNameKey, LowerCasesRussianLatinAndKazakh) {
  EXPECT_EQ(NameKey("АБАЯ"), "абая");
  EXPECT_EQ(NameKey("Абая"), NameKey("абая"));
  EXPECT_EQ(NameKey("SATPAEV"), "satpaev");
  EXPECT_EQ(NameKey("ҚАБАНБАЙ БАТЫР"), NameKey("қабанбай батыр"));
}

TEST(AddressNameKey, FoldsYoToYe) {
  EXPECT_EQ(NameKey("Пугачёва"), "пугачева");
  EXPECT_EQ(NameKey("ПУГАЧЁВА"), NameKey("Пугачева"));
}

TEST(AddressNameKey, FoldsKazakhLettersToRussianLookAlikes) {
  EXPECT_EQ(NameKey("Қабанбай батыр"), NameKey("Кабанбай батыр"));
  EXPECT_EQ(NameKey("Әуезов"), NameKey("Ауезов"));
  EXPECT_EQ(NameKey("Ғабдуллин"), NameKey("Габдуллин"));
  EXPECT_EQ(NameKey("Жаңа"), NameKey("Жана"));
  EXPECT_EQ(NameKey("Төле би"), NameKey("Толе би"));
  EXPECT_EQ(NameKey("Ұлытау"), NameKey("Улытау"));
  EXPECT_EQ(NameKey("Үштөбе"), NameKey("Уштобе"));
  EXPECT_EQ(NameKey("Һ"), NameKey("х"));
  EXPECT_EQ(NameKey("Ілияс"), NameKey("Илияс"));
  EXPECT_EQ(NameKey("ӘҒҚҢӨҰҮҺІ"), "агкноуухи");
}

TEST(AddressNameKey, FoldsShortIToI) {
  // The header's own example: the Kazakh form gives "абаи", the Russian genitive "абая".
  EXPECT_EQ(NameKey("Абай көшесі"), "абаи");
  EXPECT_EQ(NameKey("ул. Абая"), "абая");
  EXPECT_EQ(NameKey("Райымбек"), NameKey("Раиымбек"));
}

TEST(AddressNameKey, RemovesRussianTypeWords) {
  const std::vector<std::string> types = {
      "ул.",      "ул",  "улица",   "пр.",   "пр",   "пр-т",       "проспект", "пер.",  "пер",
      "переулок", "б-р", "бульвар", "мкр",   "мкр.", "микрорайон", "ш.",       "шоссе", "пл.",
      "площадь",  "г.",  "г",       "город", "с.",   "с",          "село",     "пос.",  "посёлок",
      "поселок",  "п.",  "п",       "аул",   "Ул.",  "УЛИЦА",      "Пр-т",     "Б-Р",
  };
  for (const std::string& type : types) {
    EXPECT_EQ(NameKey(type + " Абылай хана"), "абылаи хана") << type;
    EXPECT_EQ(NameKey("Абылай хана " + type), "абылаи хана") << type;
  }
}

TEST(AddressNameKey, RemovesKazakhTypeWords) {
  const std::vector<std::string> types = {
      "көш.", "көшесі", "даң.", "даңғылы", "ауылы", "қаласы", "кенті", "шағын ауданы", "Көшесі",
  };
  for (const std::string& type : types) {
    EXPECT_EQ(NameKey("Жетісу " + type), "жетису") << type;
    EXPECT_EQ(NameKey(type + " Жетісу"), "жетису") << type;
  }
  EXPECT_EQ(NameKey("Абай даңғылы"), NameKey("даң. Абай"));
  EXPECT_EQ(NameKey("Абай даңғылы"), "абаи");
  EXPECT_EQ(NameKey("Самал-2 шағын ауданы"), NameKey("мкр. Самал-2"));
}

TEST(AddressNameKey, AbbreviationWithoutSpaceAfterDot) {
  EXPECT_EQ(NameKey("ул.Абая"), "абая");
  EXPECT_EQ(NameKey("г.Алматы"), "алматы");
  EXPECT_EQ(NameKey("мкр.Айнабулак"), "аинабулак");
}

TEST(AddressNameKey, ShortTypeWordsOnlyAsWholeTokens) {
  // «с», «п», «г» inside names stay.
  EXPECT_EQ(NameKey("Сайран"), "саиран");
  EXPECT_EQ(NameKey("Пушкина"), "пушкина");
  EXPECT_EQ(NameKey("Гоголя"), "гоголя");
  EXPECT_EQ(NameKey("с. Сарыагаш"), "сарыагаш");
  EXPECT_EQ(NameKey("п. Отеген батыр"), "отеген батыр");
  EXPECT_EQ(NameKey("Жана-С"), "жана с");
  EXPECT_EQ(NameKey("Ул"), "");
  EXPECT_EQ(NameKey("Улан"), "улан");
  EXPECT_EQ(NameKey("Шоссейная"), "шоссеиная");
  EXPECT_EQ(NameKey("Переулочная"), "переулочная");
  EXPECT_EQ(NameKey("Аулиеколь"), "аулиеколь");
}

TEST(AddressNameKey, KeepsNumbers) {
  EXPECT_EQ(NameKey("ул. 8 Марта"), "8 марта");
  EXPECT_EQ(NameKey("8 марта улица"), "8 марта");
  EXPECT_EQ(NameKey("мкр 5"), "5");
  EXPECT_EQ(NameKey("5 мкр."), "5");
  EXPECT_EQ(NameKey("мкр. 5"), NameKey("микрорайон 5"));
  EXPECT_EQ(NameKey("Самал-2"), "самал 2");
}

TEST(AddressNameKey, PunctuationAndSpaces) {
  EXPECT_EQ(NameKey("  ул.   Абая  "), "абая");
  EXPECT_EQ(NameKey("\tКабанбай\t\tбатыр\n"), "кабанбаи батыр");
  EXPECT_EQ(NameKey("«Жибек жолы», пр."), "жибек жолы");
  EXPECT_EQ(NameKey("Абая, д. 12"), "абая д 12");
  EXPECT_EQ(NameKey("ул. (Абая)!"), "абая");
  EXPECT_EQ(NameKey("Толе би — Абая"), "толе би абая");
  EXPECT_EQ(NameKey("Абая\xC2\xA0улица"), "абая");  // no-break space
}

TEST(AddressNameKey, EmptyAndDegenerateInput) {
  EXPECT_EQ(NameKey(""), "");
  EXPECT_EQ(NameKey("   "), "");
  EXPECT_EQ(NameKey(".,;-"), "");
  EXPECT_EQ(NameKey("ул. пр."), "");
  EXPECT_EQ(NameKey("\xFF\xFE Абая \xC3"), "абая");  // malformed UTF-8 is a separator
}

TEST(AddressParseHouse, NumberAndSuffix) {
  const auto h = ParseHouse("12");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 12);
  EXPECT_EQ(h->suffix, "");
  EXPECT_EQ(ParseHouse("12А")->suffix, "А");
  EXPECT_EQ(ParseHouse("12а")->suffix, "А");
  EXPECT_EQ(ParseHouse("12 а")->suffix, "А");
  EXPECT_EQ(ParseHouse("12-а")->suffix, "А");
  EXPECT_EQ(ParseHouse(" 12Б ")->suffix, "Б");
  EXPECT_EQ(ParseHouse("12ә")->suffix, "Ә");
  EXPECT_EQ(ParseHouse("12/1")->number, 12);
  EXPECT_EQ(ParseHouse("12/1")->suffix, "/1");
  EXPECT_EQ(ParseHouse("12 / 3")->suffix, "/3");
}

TEST(AddressParseHouse, LatinLookAlikesBecomeCyrillic) {
  EXPECT_EQ(ParseHouse("12a")->suffix, "А");  // Cyrillic А
  EXPECT_EQ(ParseHouse("12A")->suffix, "А");
  EXPECT_EQ(ParseHouse("12b")->suffix, "В");  // Latin B looks like Cyrillic В, not Б
  EXPECT_EQ(ParseHouse("12c")->suffix, "С");
  EXPECT_EQ(ParseHouse("12e")->suffix, "Е");
  EXPECT_EQ(ParseHouse("12k")->suffix, "К");
  EXPECT_EQ(ParseHouse("12M")->suffix, "М");
  EXPECT_EQ(ParseHouse("12H")->suffix, "Н");
  EXPECT_EQ(ParseHouse("12o")->suffix, "О");
  EXPECT_EQ(ParseHouse("12P")->suffix, "Р");
  EXPECT_EQ(ParseHouse("12T")->suffix, "Т");
  EXPECT_EQ(ParseHouse("12x")->suffix, "Х");
  EXPECT_EQ(ParseHouse("12y")->suffix, "У");
  EXPECT_EQ(ParseHouse("12d")->suffix, "D");  // no look-alike: upper-case Latin
  EXPECT_EQ(ParseHouse("12a")->suffix, ParseHouse("12А")->suffix);
}

TEST(AddressParseHouse, Prefixes) {
  EXPECT_EQ(ParseHouse("д. 12")->number, 12);
  EXPECT_EQ(ParseHouse("д.12а")->suffix, "А");
  EXPECT_EQ(ParseHouse("д 12")->number, 12);
  EXPECT_EQ(ParseHouse("дом 12")->number, 12);
  EXPECT_EQ(ParseHouse("Дом 12")->number, 12);
  EXPECT_EQ(ParseHouse("үй 12")->number, 12);
  EXPECT_EQ(ParseHouse("Үй 12")->number, 12);
  EXPECT_EQ(ParseHouse("№ 12")->number, 12);
  EXPECT_EQ(ParseHouse("д. №7")->number, 7);
}

TEST(AddressParseHouse, RejectsGarbage) {
  EXPECT_FALSE(ParseHouse(""));
  EXPECT_FALSE(ParseHouse("   "));
  EXPECT_FALSE(ParseHouse("abc"));
  EXPECT_FALSE(ParseHouse("дом"));
  EXPECT_FALSE(ParseHouse("А12"));
  EXPECT_FALSE(ParseHouse("12 abc"));
  EXPECT_FALSE(ParseHouse("12-"));
  EXPECT_FALSE(ParseHouse("12/"));
  EXPECT_FALSE(ParseHouse("12.5"));
  EXPECT_FALSE(ParseHouse("-12"));
  EXPECT_FALSE(ParseHouse("12 13"));
  EXPECT_FALSE(ParseHouse("домик 12"));
}

TEST(AddressParseHouse, RejectsOutOfRangeNumbers) {
  EXPECT_FALSE(ParseHouse("0"));
  EXPECT_FALSE(ParseHouse("0А"));
  EXPECT_FALSE(ParseHouse("100000"));
  EXPECT_FALSE(ParseHouse("99999999999999999999"));
  EXPECT_EQ(ParseHouse("99999")->number, 99999);
  EXPECT_EQ(ParseHouse("1")->number, 1);
}

TEST(AddressParity, NamesRoundTrip) {
  for (Parity p : {Parity::kAll, Parity::kOdd, Parity::kEven}) {
    EXPECT_EQ(ParseParity(ParityName(p)), p);
  }
  EXPECT_FALSE(ParseParity("odds"));
  EXPECT_FALSE(ParseParity(""));
}

TEST(AddressInRange, LettersOrderAfterTheBareNumber) {
  // 12 < 12А < 12Б < 13.
  const HouseRange from_12a = R("12А-");
  EXPECT_FALSE(InRange(H(12), from_12a));
  EXPECT_TRUE(InRange(H(12, "А"), from_12a));
  EXPECT_TRUE(InRange(H(12, "Б"), from_12a));
  EXPECT_TRUE(InRange(H(13), from_12a));
  const HouseRange to_12a = R("-12А");
  EXPECT_TRUE(InRange(H(12), to_12a));
  EXPECT_TRUE(InRange(H(12, "А"), to_12a));
  EXPECT_FALSE(InRange(H(12, "Б"), to_12a));
  EXPECT_FALSE(InRange(H(13), to_12a));
  // «Ё» is between «Е» and «Ж», as in the alphabet.
  const HouseRange e_to_zh = R("5Е-5Ж");
  EXPECT_TRUE(InRange(H(5, "Ё"), e_to_zh));
  EXPECT_FALSE(InRange(H(5, "А"), e_to_zh));
}

TEST(AddressInRange, UpperBoundIsExactlyThatHouse) {
  // "12А-20" covers 12А…20 but not 20А: the upper end is the bare number 20.
  const HouseRange range = R("12А-20");
  EXPECT_FALSE(InRange(H(12), range));
  EXPECT_TRUE(InRange(H(12, "Б"), range));
  EXPECT_TRUE(InRange(H(13), range));
  EXPECT_TRUE(InRange(H(20), range));
  EXPECT_FALSE(InRange(H(20, "А"), range));
  EXPECT_FALSE(InRange(H(21), range));
}

TEST(AddressInRange, SingleHouse) {
  const HouseRange seven = R("7");
  EXPECT_TRUE(InRange(H(7), seven));
  EXPECT_FALSE(InRange(H(7, "А"), seven));
  EXPECT_FALSE(InRange(H(7, "/1"), seven));
  EXPECT_FALSE(InRange(H(6), seven));
  EXPECT_FALSE(InRange(H(8), seven));
}

TEST(AddressInRange, Parity) {
  const HouseRange odd = R("1-99 odd");
  EXPECT_TRUE(InRange(H(1), odd));
  EXPECT_TRUE(InRange(H(13, "А"), odd));  // parity is of the number part
  EXPECT_FALSE(InRange(H(14), odd));
  EXPECT_FALSE(InRange(H(101), odd));
  const HouseRange even = R("2-48 even");
  EXPECT_TRUE(InRange(H(2), even));
  EXPECT_TRUE(InRange(H(48), even));
  EXPECT_FALSE(InRange(H(3), even));
  EXPECT_FALSE(InRange(H(50), even));
  const HouseRange all = R("1-10");
  EXPECT_TRUE(InRange(H(3), all));
  EXPECT_TRUE(InRange(H(4), all));
}

TEST(AddressInRange, OpenEnds) {
  const HouseRange whole = R("");
  EXPECT_TRUE(InRange(H(1), whole));
  EXPECT_TRUE(InRange(H(99999, "Б"), whole));
  const HouseRange from_15 = R("15-");
  EXPECT_FALSE(InRange(H(14, "Я"), from_15));
  EXPECT_TRUE(InRange(H(15), from_15));
  EXPECT_TRUE(InRange(H(5000), from_15));
  const HouseRange to_40_even = R("-40 even");
  EXPECT_TRUE(InRange(H(2), to_40_even));
  EXPECT_TRUE(InRange(H(40), to_40_even));
  EXPECT_FALSE(InRange(H(39), to_40_even));
  EXPECT_FALSE(InRange(H(42), to_40_even));
}

TEST(AddressInRange, BuildingsOrderAfterLetters) {
  const HouseRange range = R("12-12Я");
  EXPECT_TRUE(InRange(H(12, "В"), range));
  EXPECT_FALSE(InRange(H(12, "/1"), range));
  EXPECT_TRUE(InRange(H(12, "/2"), R("12/1-12/10")));
  EXPECT_FALSE(InRange(H(12, "/11"), R("12/1-12/10")));  // numeric, not text, order
}

TEST(AddressParseRange, Forms) {
  HouseRange r = R("1-99 odd");
  EXPECT_EQ(r.from->number, 1);
  EXPECT_EQ(r.to->number, 99);
  EXPECT_EQ(r.parity, Parity::kOdd);
  r = R("12А-20");
  EXPECT_EQ(r.from->suffix, "А");
  EXPECT_EQ(r.to->number, 20);
  EXPECT_EQ(r.parity, Parity::kAll);
  r = R("15-");
  EXPECT_EQ(r.from->number, 15);
  EXPECT_FALSE(r.to);
  r = R("-40 even");
  EXPECT_FALSE(r.from);
  EXPECT_EQ(r.to->number, 40);
  EXPECT_EQ(r.parity, Parity::kEven);
  r = R("7");
  EXPECT_EQ(r.from->number, 7);
  EXPECT_EQ(r.to->number, 7);
  r = R("all");
  EXPECT_FALSE(r.from);
  EXPECT_FALSE(r.to);
  r = R("  1 - 99  ");
  EXPECT_EQ(r.to->number, 99);
  r = R("1–99");  // en dash
  EXPECT_EQ(r.to->number, 99);
  r = R("12-а-20");  // the hyphen inside "12-а" is not the range separator
  EXPECT_EQ(r.from->suffix, "А");
  EXPECT_EQ(r.to->number, 20);
  r = R("odd");
  EXPECT_FALSE(r.from);
  EXPECT_EQ(r.parity, Parity::kOdd);
}

TEST(AddressParseRange, RussianAndKazakhParityWords) {
  EXPECT_EQ(R("1-99 нечётные").parity, Parity::kOdd);
  EXPECT_EQ(R("1-99 нечетные").parity, Parity::kOdd);
  EXPECT_EQ(R("1-99 Нечётные").parity, Parity::kOdd);
  EXPECT_EQ(R("2-48 чётные").parity, Parity::kEven);
  EXPECT_EQ(R("2-48 четные").parity, Parity::kEven);
  EXPECT_EQ(R("1-99 тақ").parity, Parity::kOdd);
  EXPECT_EQ(R("2-48 жұп").parity, Parity::kEven);
  EXPECT_EQ(R("2-48 EVEN").parity, Parity::kEven);
}

TEST(AddressParseRange, RejectsInvalid) {
  EXPECT_FALSE(ParseRange("abc"));
  EXPECT_FALSE(ParseRange("20-10"));
  EXPECT_FALSE(ParseRange("12Б-12А"));
  EXPECT_FALSE(ParseRange("1-5 seven"));
  EXPECT_FALSE(ParseRange("-"));
  EXPECT_FALSE(ParseRange("1-2-3"));
  EXPECT_FALSE(ParseRange("0-10"));
  EXPECT_FALSE(ParseRange("1-100000"));
  EXPECT_FALSE(ParseRange("odd even"));
}

TEST(AddressFormatRange, Canonical) {
  EXPECT_EQ(FormatRange(R("")), "all");
  EXPECT_EQ(FormatRange(R("all")), "all");
  EXPECT_EQ(FormatRange(R("1-99 нечётные")), "1-99 odd");
  EXPECT_EQ(FormatRange(R("2 - 48 жұп")), "2-48 even");
  EXPECT_EQ(FormatRange(R("12a-20")), "12А-20");
  EXPECT_EQ(FormatRange(R("15-")), "15-");
  EXPECT_EQ(FormatRange(R("-40 even")), "-40 even");
  EXPECT_EQ(FormatRange(R("7")), "7");
  EXPECT_EQ(FormatRange(R("7-7")), "7");
  EXPECT_EQ(FormatRange(R("тақ")), "odd");
  EXPECT_EQ(FormatRange(R("12/1-12/5")), "12/1-12/5");
}

TEST(AddressFormatRange, RoundTrips) {
  for (std::string_view text : {"all", "odd", "even", "1-99 odd", "2-48 even", "12А-20", "15-",
                                "-40 even", "7", "7Б", "12/1-12/5 odd"}) {
    EXPECT_EQ(FormatRange(R(FormatRange(R(text)))), FormatRange(R(text))) << text;
    EXPECT_EQ(FormatRange(R(text)), text);
  }
}

}  // namespace
}  // namespace kenes::directory
