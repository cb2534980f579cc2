#include "platform/text/stem.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace kenes::text {
namespace {

using Stemmer = std::string (*)(std::string_view);

// All forms share the stem of the first one.
void ExpectSameStem(Stemmer stem, std::initializer_list<std::string_view> forms) {
  std::string first = stem(*forms.begin());
  for (std::string_view form : forms) {
    EXPECT_EQ(stem(form), first) << "form «" << form << "» vs «" << *forms.begin() << "»";
  }
}

bool Contains(const std::vector<std::string>& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

TEST(StemRussian, FormsOfDorogaShareOneStem) {
  ExpectSameStem(RussianStem,
                 {"дорога", "дороги", "дороге", "дорогу", "дорогой", "дорог", "дорогами"});
}

TEST(StemRussian, FormsOfOtoplenieShareOneStem) {
  ExpectSameStem(RussianStem, {"отопление", "отопления", "отоплению", "отоплением", "отоплении"});
}

TEST(StemRussian, FormsOfRemontShareOneStem) {
  ExpectSameStem(RussianStem, {"ремонт", "ремонта", "ремонтом"});
}

TEST(StemRussian, DifferentWordsKeepDifferentStems) {
  EXPECT_NE(RussianStem("дорога"), RussianStem("отопление"));
  EXPECT_NE(RussianStem("ремонт"), RussianStem("дорога"));
}

TEST(StemRussian, NonCyrillicWordsPassThrough) {
  EXPECT_EQ(RussianStem("roads"), "roads");
  EXPECT_EQ(RussianStem("2024"), "2024");
  EXPECT_EQ(RussianStem(""), "");
}

TEST(StemRussian, IsSafeFromSeveralThreads) {
  // Each thread needs its own Snowball object; a shared one would mix up results under load.
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &failures] {
      for (int i = 0; i < 2000; ++i) {
        if (RussianStem(t % 2 ? "дорогами" : "отоплением") != (t % 2 ? "дорог" : "отоплен")) {
          ++failures[t];
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

TEST(StemKazakh, Zhol) {
  ExpectSameStem(KazakhStem, {"жол", "жолдар", "жолдың", "жолға", "жолдарда", "жолдарымыз"});
  EXPECT_EQ(KazakhStem("жолдарымыз"), "жол");
}

TEST(StemKazakh, Mektep) {
  ExpectSameStem(KazakhStem, {"мектеп", "мектептер", "мектепке", "мектептің"});
  EXPECT_EQ(KazakhStem("мектептер"), "мектеп");
}

TEST(StemKazakh, QalaKeepsItsFinalSyllable) {
  ExpectSameStem(KazakhStem, {"қала", "қалада", "қаланың", "қалаға"});
  EXPECT_EQ(KazakhStem("қала"), "қала");
}

TEST(StemKazakh, ShortRootsAreNotOverStemmed) {
  EXPECT_EQ(KazakhStem("ана"), "ана");
  EXPECT_EQ(KazakhStem("ене"), "ене");
  EXPECT_EQ(KazakhStem("дене"), "дене");
  EXPECT_EQ(KazakhStem("сана"), "сана");
  EXPECT_EQ(KazakhStem("аудан"), "аудан");
  ExpectSameStem(KazakhStem, {"ана", "анаға", "ананың", "аналар"});
  ExpectSameStem(KazakhStem, {"аудан", "ауданы", "ауданның", "ауданда", "ауданын", "ауданында"});
}

TEST(StemKazakh, Uy) {
  EXPECT_EQ(KazakhStem("үй"), "үй");
  EXPECT_EQ(KazakhStem("үйлер"), "үй");
  ExpectSameStem(KazakhStem, {"үй", "үйлер", "үйі", "үйіне", "үйінде", "үйім", "үйіме"});
}

TEST(StemKazakh, Su) {
  EXPECT_EQ(KazakhStem("су"), "су");
  EXPECT_EQ(KazakhStem("суы"), "су");
}

TEST(StemKazakh, Koshe) {
  ExpectSameStem(KazakhStem, {"көше", "көшесі", "көшелер", "көшесін", "көшеде"});
  EXPECT_EQ(KazakhStem("көше"), "көше");
}

TEST(StemKazakh, DerivationalSuffixesStay) {
  // -лық/-лік make new words: «тазалық» (cleanliness) is not «таза» (clean).
  EXPECT_EQ(KazakhStem("тазалық"), "тазалық");
  EXPECT_NE(KazakhStem("тазалық"), KazakhStem("таза"));
  EXPECT_EQ(KazakhStem("тазалықта"), "тазалық");
  EXPECT_EQ(KazakhStem("жолдық"), "жолдық");
}

TEST(StemKazakh, VoicedFinalConsonantsAreMerged) {
  // «жарығы», «кітабы»: the root's final қ/п is spelled voiced before a vowel.
  ExpectSameStem(KazakhStem, {"жарық", "жарығы"});
  ExpectSameStem(KazakhStem, {"кітап", "кітабы", "кітаптар"});
}

TEST(StemKazakh, RootFinalConsonantsSurviveVowelEndings) {
  // -ты/-ті follow voiceless consonants only and -сы/-сі not ы/і, so these keep their last letter.
  ExpectSameStem(KazakhStem, {"ғимарат", "ғимараты", "ғимаратты", "ғимараттар"});
  ExpectSameStem(KazakhStem, {"бюджет", "бюджеті"});
  ExpectSameStem(KazakhStem, {"жұмыс", "жұмысы", "жұмыстар"});
  ExpectSameStem(KazakhStem, {"құрылыс", "құрылысы"});
  EXPECT_EQ(KazakhStem("жұмысы"), "жұмыс");
}

TEST(StemKazakh, PastParticiple) { ExpectSameStem(KazakhStem, {"бұзылған", "бұзылды"}); }

TEST(StemKazakh, DifferentWordsKeepDifferentStems) {
  EXPECT_NE(KazakhStem("жол"), KazakhStem("жер"));
  EXPECT_NE(KazakhStem("қала"), KazakhStem("қол"));
  EXPECT_NE(KazakhStem("үй"), KazakhStem("су"));
  EXPECT_NE(KazakhStem("мектеп"), KazakhStem("көше"));
  EXPECT_NE(KazakhStem("жолдар"), KazakhStem("көшелер"));
}

TEST(StemKazakh, RussianWordsPassMostlyUnchanged) {
  EXPECT_EQ(KazakhStem("дорога"), "дорога");
  EXPECT_EQ(KazakhStem("дороги"), "дороги");
  EXPECT_EQ(KazakhStem("ремонт"), "ремонт");
  EXPECT_EQ(KazakhStem("отопление"), "отопление");
  for (std::string_view word : {"дом", "яма", "свет", "газ", "дорогами", "разбиты"}) {
    EXPECT_GE(KazakhStem(word).size(), 4u) << word;  // never cut below two Cyrillic letters
  }
}

TEST(StemKazakh, EdgeCases) {
  EXPECT_EQ(KazakhStem(""), "");
  EXPECT_EQ(KazakhStem("а"), "а");
  EXPECT_EQ(KazakhStem("road"), "road");
  EXPECT_EQ(KazakhStem("2024"), "2024");
}

TEST(StemWords, SplitsFoldsAndDropsShortWords) {
  EXPECT_EQ(Words("Яма на ДОРОГЕ, ул. Абая 5-й дом №12!"),
            (std::vector<std::string>{"яма", "на", "дороге", "ул", "абая", "дом", "12"}));
  EXPECT_EQ(Words("ҚАЛАДА Ёлка"), (std::vector<std::string>{"қалада", "елка"}));
  EXPECT_EQ(Words("road-works 2024"), (std::vector<std::string>{"road", "works", "2024"}));
  EXPECT_TRUE(Words("").empty());
  EXPECT_TRUE(Words(" , . ! я").empty());
}

TEST(StemTerms, MixedKazakhAndRussianText) {
  std::vector<std::string> terms = IndexTerms("Жолдарды жөндеу керек. Дороги разбиты!");
  EXPECT_TRUE(Contains(terms, KazakhStem("жол"))) << "жол";
  EXPECT_TRUE(Contains(terms, RussianStem("дорога"))) << "дорог";
  EXPECT_TRUE(Contains(terms, "жол"));
  EXPECT_TRUE(Contains(terms, "дорог"));
}

TEST(StemTerms, IndexTermsAreDeduplicatedInFirstSeenOrder) {
  std::vector<std::string> terms = IndexTerms("дорога дороги дорогу");
  EXPECT_EQ(terms.front(), "дорог");
  EXPECT_EQ(std::count(terms.begin(), terms.end(), "дорог"), 1);
  EXPECT_EQ(IndexTerms("жол жол"), IndexTerms("жол"));
  EXPECT_TRUE(IndexTerms("").empty());
}

TEST(StemTerms, QueryFindsIndexedFormsInBothLanguages) {
  std::vector<std::string> index = IndexTerms("Жолдарымыз бұзылған, дорогами никто не занимается");
  for (std::string_view query : {"жол", "жолға", "дорога", "дороги"}) {
    auto words = QueryTerms(query);
    ASSERT_EQ(words.size(), 1u) << query;
    bool found = std::any_of(words[0].begin(), words[0].end(),
                             [&](const std::string& alt) { return Contains(index, alt); });
    EXPECT_TRUE(found) << query;
  }
}

TEST(StemTerms, QueryTermsArePerWord) {
  auto terms = QueryTerms("Қалада ремонт");
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_TRUE(Contains(terms[0], "қала"));
  EXPECT_TRUE(Contains(terms[1], "ремонт"));
  EXPECT_TRUE(QueryTerms("").empty());
}

}  // namespace
}  // namespace kenes::text
