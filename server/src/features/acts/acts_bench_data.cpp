#include "features/acts/acts_bench_data.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <string>

#include "features/acts/acts_repository.hpp"
#include "features/acts/acts_service.hpp"

namespace kenes::acts {
namespace {

struct Words {
  const char* kk;
  const char* ru;
};

constexpr std::array<Words, 12> kSubjects = {{
    {"жер салығының мөлшерлемелері", "ставках земельного налога"},
    {"әлеуметтік көмек көрсету қағидалары", "правилах оказания социальной помощи"},
    {"аумақты абаттандыру қағидалары", "правилах благоустройства территории"},
    {"бюджет", "бюджете"},
    {"тұрғын үй көмегі", "жилищной помощи"},
    {"жайылымдарды басқару жоспары", "плане управления пастбищами"},
    {"сыртқы жарнама төлемақысы", "плате за наружную рекламу"},
    {"қалдықтарды жинау тарифтері", "тарифах на сбор отходов"},
    {"көшелерге атау беру", "присвоении наименований улицам"},
    {"жол қозғалысын ұйымдастыру", "организации дорожного движения"},
    {"ит пен мысықты ұстау", "содержании собак и кошек"},
    {"мамандарды қолдау шаралары", "мерах поддержки специалистов"},
}};

constexpr std::array<Words, 8> kPlaces = {{
    {"Көкшетау қаласының", "города Кокшетау"},
    {"Бурабай ауданының", "Бурабайского района"},
    {"Щучинск қаласының", "города Щучинска"},
    {"Степняк қаласының", "города Степняк"},
    {"Зеренді ауданының", "Зерендинского района"},
    {"Ақкөл ауданының", "Аккольского района"},
    {"Астрахан ауданының", "Астраханского района"},
    {"Целиноград ауданының", "Целиноградского района"},
}};

constexpr std::array<ActStatus, 4> kStatuses = {ActStatus::kInForce, ActStatus::kAmended,
                                                ActStatus::kRepealed, ActStatus::kNotInForceYet};

}  // namespace

Result<int> GenerateBenchActs(db::Database& db, int64_t maslikhat_id, int count, uint32_t seed) {
  std::mt19937 rng(seed);
  ActsRepository repo;
  constexpr int kBatch = 1000;  // acts per transaction
  int made = 0;
  while (made < count) {
    const int batch = std::min(kBatch, count - made);
    auto written = db.Write([&](db::Tx& tx) -> Status {
      for (int i = 0; i < batch; ++i) {
        const auto& subject = kSubjects.at(rng() % kSubjects.size());
        const auto& place = kPlaces.at(rng() % kPlaces.size());
        Act a;
        a.maslikhat_id = maslikhat_id;
        const int year = 2000 + static_cast<int>(rng() % 27);
        const int month = 1 + static_cast<int>(rng() % 12);
        const int day = 1 + static_cast<int>(rng() % 28);
        char date[11];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        a.adopted_on = date;
        a.number = std::to_string(made + i + 1) + "/" + std::to_string(1 + rng() % 60) + "-VIII";
        a.title_kk = std::string(place.kk) + " " + subject.kk + " туралы";
        a.title_ru = std::string("О ") + subject.ru + " " + place.ru;
        a.text_ru = "1. Утвердить прилагаемые правила о " + std::string(subject.ru) +
                    ".\n\n2. Контроль возложить на постоянную комиссию.";
        a.text_kk = "1. " + std::string(subject.kk) +
                    " туралы қоса беріліп отырған қағидалар бекітілсін.\n\n2. Бақылау тұрақты "
                    "комиссияға жүктелсін.";
        a.status = kStatuses.at(rng() % kStatuses.size());
        a.published_on = a.adopted_on;
        a.created_at = a.updated_at = a.adopted_on + "T00:00:00.000Z";
        a.id = repo.Insert(tx, a);
        repo.Reindex(tx, a.id, ActTerms(a));
      }
      return Ok();
    });
    if (!written.ok()) return written.take_error();
    made += batch;
  }
  return made;
}

}  // namespace kenes::acts
