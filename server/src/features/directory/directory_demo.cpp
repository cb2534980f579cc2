#include "features/directory/directory_demo.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include "features/directory/directory_service.hpp"

namespace kenes::directory {
namespace {

struct Pair {
  const char* kk;
  const char* ru;
};

// Fictional people: given and family names by gender (family names agree with it: Бекова,
// Исаев), combined so that no two demo people share a full name (see DemoPerson). The first two,
// Бекова Айгүл (Kokshetau okrug №1, the demo deputy) and Исаев Ерлан, are named in e2e tests.
constexpr Pair kWomenGiven[] = {{"Айгүл", "Айгуль"},  {"Гүлнар", "Гульнар"},  {"Сәуле", "Сауле"},
                                {"Жанар", "Жанар"},   {"Мөлдір", "Мольдир"},  {"Ләззат", "Ляззат"},
                                {"Динара", "Динара"}, {"Әйгерім", "Айгерим"}, {"Елена", "Елена"},
                                {"Ольга", "Ольга"}};
constexpr Pair kWomenFamily[] = {{"Бекова", "Бекова"},          {"Жұмабаева", "Жумабаева"},
                                 {"Құрманова", "Курманова"},    {"Тоқтарова", "Токтарова"},
                                 {"Нұрпейісова", "Нурпеисова"}, {"Рахимова", "Рахимова"},
                                 {"Сұлтанова", "Султанова"},    {"Әлиева", "Алиева"},
                                 {"Иванова", "Иванова"},        {"Смағұлова", "Смагулова"}};
constexpr Pair kMenGiven[] = {{"Ерлан", "Ерлан"}, {"Нұрлан", "Нурлан"},     {"Дәурен", "Даурен"},
                              {"Асқар", "Аскар"}, {"Бауыржан", "Бауыржан"}, {"Тимур", "Тимур"},
                              {"Серік", "Серик"}, {"Марат", "Марат"},       {"Қанат", "Канат"},
                              {"Ғалым", "Галым"}};
constexpr Pair kMenFamily[] = {{"Исаев", "Исаев"},           {"Сейітов", "Сеитов"},
                               {"Әбенов", "Абенов"},         {"Оспанов", "Оспанов"},
                               {"Қасымов", "Касымов"},       {"Ермеков", "Ермеков"},
                               {"Байжанов", "Байжанов"},     {"Мұқанов", "Муканов"},
                               {"Жақсылықов", "Жаксылыков"}, {"Петров", "Петров"}};
constexpr int kNames = 10;
// Mobile operators' prefixes in Kazakhstan (+7 7xx).
constexpr const char* kOperators[] = {"701", "702", "705", "707", "747", "771", "775", "777"};

struct Person {
  Pair family, given;
  bool woman = false;
};

// Person i: women and men alternate; the k-th of a gender takes given name k % 10 and family
// name (k + k / 10) % 10, a different pair for every k below 100.
Person DemoPerson(int i) {
  const bool woman = i % 2 == 0;
  const int k = i / 2;
  const Pair* given = woman ? kWomenGiven : kMenGiven;
  const Pair* family = woman ? kWomenFamily : kMenFamily;
  return {family[(k + k / kNames) % kNames], given[k % kNames], woman};
}

// "+7 7xx xxx xx xx": 11 digits, distinct for every demo person.
std::string DemoPhone(int i) {
  const int n = 2'500'000 + i * 1'379;
  char buf[32];
  std::snprintf(buf, sizeof buf, "+7 %s %03d %02d %02d", kOperators[i % 8], n / 10'000,
                (n / 100) % 100, n % 100);
  return buf;
}

// Kokshetau streets (Russian, Kazakh), as on city maps.
constexpr Pair kStreets[] = {{"Абай көшесі", "ул. Абая"},
                             {"Әуезов көшесі", "ул. Ауэзова"},
                             {"Горький көшесі", "ул. Горького"},
                             {"Әуелбеков көшесі", "ул. Ауельбекова"},
                             {"Назарбаев даңғылы", "пр. Назарбаева"},
                             {"Абылай хан даңғылы", "пр. Абылай хана"},
                             {"Уәлиханов көшесі", "ул. Валиханова"},
                             {"Сәтбаев көшесі", "ул. Сатпаева"},
                             {"Кенесары көшесі", "ул. Кенесары"},
                             {"Пушкин көшесі", "ул. Пушкина"},
                             {"Мәметова көшесі", "ул. Маметовой"},
                             {"Біржан сал көшесі", "ул. Биржан сала"},
                             {"Ақан сері көшесі", "ул. Акан серэ"},
                             {"Шоқан Уәлиханов көшесі", "ул. Чокана Валиханова"},
                             {"Ыбырай Алтынсарин көшесі", "ул. Ибрая Алтынсарина"},
                             {"Мир көшесі", "ул. Мира"},
                             {"Жамбыл көшесі", "ул. Жамбыла"},
                             {"Қызылжар көшесі", "ул. Кызылжар"},
                             {"Баймуканов көшесі", "ул. Баймуканова"},
                             {"Сүлейменов көшесі", "ул. Сулейменова"},
                             {"Ғабит Мүсірепов көшесі", "ул. Габита Мусрепова"},
                             {"Тәуелсіздік көшесі", "ул. Тауелсиздик"},
                             {"Медеу көшесі", "ул. Медеу"},
                             {"Студенттік көшесі", "ул. Студенческая"},
                             {"Шұғыла шағын ауданы", "мкр. Шугыла"}};

constexpr const char* kDemoNoteKk = "Демо деректер: адам ойдан шығарылған.";
constexpr const char* kDemoNoteRu = "Демонстрационные данные: человек вымышлен.";

Deputy MakeDeputy(int i, const std::string& mandate, std::optional<int64_t> okrug,
                  const char* party_kk, const char* party_ru) {
  Deputy d;
  const Person person = DemoPerson(i);
  d.full_name_kk = std::string(person.family.kk) + " " + person.given.kk;
  d.full_name_ru = std::string(person.family.ru) + " " + person.given.ru;
  d.mandate_type = mandate;
  d.okrug_id = okrug;
  d.party_kk = party_kk;
  d.party_ru = party_ru;
  d.bio_kk = std::string(kDemoNoteKk) + " Көкшетауда туған, мұғалім, қоғамдық кеңестің мүшесі.";
  d.bio_ru = std::string(kDemoNoteRu) + (person.woman ? " Родилась" : " Родился") +
             " в Кокшетау, учитель, член общественного совета.";
  d.email = "deputy" + std::to_string(i) + "@demo.kenes.kz";
  d.phone = DemoPhone(i);
  return d;
}

template <class T>
T Must(Result<T> r) {
  if (!r.ok()) throw std::runtime_error("demo seed: " + r.error().message);
  return std::move(r).value();
}

}  // namespace

Result<std::optional<DemoIds>> SeedDemoDirectory(db::Database& db, const Clock& clock) {
  DirectoryService svc(db, clock);
  if (!Must(svc.ListMaslikhats()).empty()) return std::optional<DemoIds>();
  Actor system;
  system.user_id = 0;  // the seed acts as the system administrator
  system.roles.push_back(RoleGrant{0, Role::kAdmin, ScopeType::kGlobal, std::nullopt, ""});
  const std::string from = "1991-12-16";

  auto territory = [&](std::optional<int64_t> parent, const char* level, const char* kk,
                       const char* ru, std::optional<std::string> kato) {
    Territory t{0, parent, level, kk, ru, std::move(kato), from, std::nullopt};
    return Must(svc.CreateTerritory(system, t)).id;
  };
  int64_t kz = territory(std::nullopt, "country", "Қазақстан Республикасы", "Республика Казахстан",
                         std::nullopt);
  int64_t akmola = territory(kz, "oblast", "Ақмола облысы", "Акмолинская область", "110000000");
  int64_t kokshetau_city =
      territory(akmola, "regional_city", "Көкшетау қаласы", "город Кокшетау", "111000000");
  int64_t burabay =
      territory(akmola, "district", "Бурабай ауданы", "Бурабайский район", "117000000");
  territory(kokshetau_city, "settlement", "Көкшетау", "Кокшетау", std::nullopt);
  territory(burabay, "settlement", "Щучинск", "Щучинск", std::nullopt);
  territory(burabay, "settlement", "Бурабай", "Бурабай", std::nullopt);
  territory(burabay, "settlement", "Қатаркөл", "Катарколь", std::nullopt);

  auto maslikhat = [&](int64_t territory_id, std::optional<int64_t> parent, const char* level,
                       const char* kk, const char* ru, const char* addr_kk, const char* addr_ru,
                       const char* phone, const char* email) {
    Maslikhat m;
    m.territory_id = territory_id;
    m.parent_id = parent;
    m.level = level;
    m.name_kk = kk;
    m.name_ru = ru;
    m.convocation_number = 8;
    m.convocation_start = "2023-03-29";
    m.address_kk = addr_kk;
    m.address_ru = addr_ru;
    m.phones_json = std::string("[\"") + phone + "\"]";
    m.email = email;
    m.working_hours_kk = "Дс–Жм 9:00–18:30, түскі үзіліс 13:00–14:30";
    m.working_hours_ru = "Пн–Пт 9:00–18:30, перерыв 13:00–14:30";
    m.social_links_json =
        R"({"website":"https://example.kz/maslikhat","telegram":"https://t.me/example_maslikhat"})";
    return Must(svc.CreateMaslikhat(system, m)).id;
  };
  DemoIds ids;
  ids.oblast_maslikhat =
      maslikhat(akmola, std::nullopt, "oblast", "Ақмола облыстық мәслихаты",
                "Акмолинский областной маслихат", "Көкшетау қ., Абай көшесі, 83 (демо)",
                "г. Кокшетау, ул. Абая, 83 (демо)", "+7 7162 00-00-01", "oblast@demo.kenes.kz");
  ids.city_maslikhat =
      maslikhat(kokshetau_city, ids.oblast_maslikhat, "city", "Көкшетау қалалық мәслихаты",
                "Кокшетауский городской маслихат", "Көкшетау қ., Абай көшесі, 89 (демо)",
                "г. Кокшетау, ул. Абая, 89 (демо)", "+7 7162 00-00-02", "city@demo.kenes.kz");
  ids.district_maslikhat = maslikhat(
      burabay, ids.oblast_maslikhat, "district", "Бурабай аудандық мәслихаты",
      "Бурабайский районный маслихат", "Щучинск қ., Әбілқайыр хан көшесі, 44 (демо)",
      "г. Щучинск, ул. Абылайхана, 44 (демо)", "+7 71636 0-00-03", "burabay@demo.kenes.kz");

  auto okrug = [&](int64_t m, int number, const std::string& center_kk,
                   const std::string& center_ru) {
    Okrug o{0,
            m,
            number,
            "№" + std::to_string(number) + " сайлау округі",
            "Избирательный округ №" + std::to_string(number),
            center_kk,
            center_ru};
    return Must(svc.CreateOkrug(system, m, o)).id;
  };
  auto cover = [&](int64_t okrug_id, const char* s_kk, const char* s_ru, const char* st_kk,
                   const char* st_ru, const std::string& houses) {
    CoverageRow row{0, okrug_id, s_kk, s_ru, st_kk, st_ru, houses};
    Must(svc.AddCoverage(system, okrug_id, row));
  };
  int person = 0;
  const char* const kParties[][2] = {{"«AMANAT» партиясы", "партия «AMANAT»"},
                                     {"«Ақ жол» партиясы", "партия «Ак жол»"},
                                     {"«Respublica» партиясы", "партия «Respublica»"},
                                     {"Халықтық партия", "Народная партия Казахстана"}};

  // City: 25 single-mandate okrugs; each street split into odd and even sides and halves.
  for (int n = 1; n <= 25; ++n) {
    const Pair& street = kStreets[n - 1];
    int64_t o = okrug(ids.city_maslikhat, n, std::string("Көкшетау, ") + street.kk,
                      std::string("Кокшетау, ") + street.ru);
    // Street 24 is split by sides between okrugs 24 and 25, to show odd/even coverage.
    if (n < 24) {
      cover(o, "Көкшетау", "Кокшетау", street.kk, street.ru, "all");
    } else {
      const Pair& split = kStreets[23];
      cover(o, "Көкшетау", "Кокшетау", split.kk, split.ru, n == 24 ? "odd" : "even");
      if (n == 25) cover(o, "Көкшетау", "Кокшетау", street.kk, street.ru, "all");
    }
    auto d = Must(svc.CreateDeputy(
        system, ids.city_maslikhat,
        MakeDeputy(person++, "single_mandate", o, kParties[n % 4][0], kParties[n % 4][1])));
    if (n == 1) {
      ids.city_okrug_1 = o;
      ids.city_deputy_1 = d.id;
    }
  }
  // Oblast: 6 single-mandate okrugs over the city and the district, plus party-list deputies.
  const Pair kOblastAreas[][2] = {
      {{"Көкшетау", "Кокшетау"}, {"Абай көшесі", "ул. Абая"}},
      {{"Көкшетау", "Кокшетау"}, {"Назарбаев даңғылы", "пр. Назарбаева"}},
      {{"Көкшетау", "Кокшетау"}, {"Сәтбаев көшесі", "ул. Сатпаева"}},
      {{"Щучинск", "Щучинск"}, {"", ""}},
      {{"Бурабай", "Бурабай"}, {"", ""}},
      {{"Қатаркөл", "Катарколь"}, {"", ""}}};
  for (int n = 1; n <= 6; ++n) {
    const auto& area = kOblastAreas[n - 1];
    int64_t o = okrug(ids.oblast_maslikhat, n, area[0].kk, area[0].ru);
    cover(o, area[0].kk, area[0].ru, area[1].kk, area[1].ru, "all");
    Must(svc.CreateDeputy(
        system, ids.oblast_maslikhat,
        MakeDeputy(person++, "single_mandate", o, kParties[n % 4][0], kParties[n % 4][1])));
  }
  for (int i = 0; i < 4; ++i) {
    Must(svc.CreateDeputy(
        system, ids.oblast_maslikhat,
        MakeDeputy(person++, "party_list", std::nullopt, kParties[i][0], kParties[i][1])));
  }
  // District: 10 okrugs over Shchuchinsk streets and the villages.
  const Pair kShchStreets[] = {{"Абылай хан көшесі", "ул. Абылайхана"},
                               {"Ленин көшесі", "ул. Ленина"},
                               {"Қорғанбаев көшесі", "ул. Корганбаева"},
                               {"Мир көшесі", "ул. Мира"},
                               {"Бұқпа көшесі", "ул. Букпа"},
                               {"Интернационал көшесі", "ул. Интернациональная"},
                               {"Жеңіс көшесі", "ул. Победы"},
                               {"Луговая көшесі", "ул. Луговая"}};
  for (int n = 1; n <= 10; ++n) {
    int64_t o;
    if (n <= 8) {
      o = okrug(ids.district_maslikhat, n, "Щучинск", "Щучинск");
      cover(o, "Щучинск", "Щучинск", kShchStreets[n - 1].kk, kShchStreets[n - 1].ru, "all");
    } else if (n == 9) {
      o = okrug(ids.district_maslikhat, n, "Бурабай", "Бурабай");
      cover(o, "Бурабай", "Бурабай", "", "", "all");
    } else {
      o = okrug(ids.district_maslikhat, n, "Қатаркөл", "Катарколь");
      cover(o, "Қатаркөл", "Катарколь", "", "", "all");
    }
    Must(svc.CreateDeputy(
        system, ids.district_maslikhat,
        MakeDeputy(person++, "single_mandate", o, kParties[n % 4][0], kParties[n % 4][1])));
  }

  // Chairs and commissions.
  auto commissions = [&](int64_t m, const std::vector<int64_t>& deputies) {
    const char* const kNames[][4] = {
        {"Бюджет және экономика мәселелері жөніндегі тұрақты комиссия",
         "Постоянная комиссия по вопросам бюджета и экономики",
         "Жергілікті бюджет, салықтар, коммуналдық меншік.",
         "Местный бюджет, налоги, коммунальная собственность."},
        {"Әлеуметтік сала мәселелері жөніндегі тұрақты комиссия",
         "Постоянная комиссия по социальным вопросам", "Білім, денсаулық, әлеуметтік қорғау.",
         "Образование, здравоохранение, социальная защита."},
        {"Заңдылық және құқық тәртібі жөніндегі тұрақты комиссия",
         "Постоянная комиссия по вопросам законности и правопорядка",
         "Құқық тәртібі, азаматтардың өтініштері.", "Правопорядок, обращения граждан."}};
    for (int i = 0; i < 3; ++i) {
      Commission c;
      c.kind = "standing";
      c.name_kk = kNames[i][0];
      c.name_ru = kNames[i][1];
      c.remit_kk = kNames[i][2];
      c.remit_ru = kNames[i][3];
      c.period_from = "2023-03-29";
      int64_t id = Must(svc.CreateCommission(system, m, c)).id;
      std::vector<CommissionMember> members;
      for (size_t k = i; k < deputies.size(); k += 3) {
        members.push_back({deputies[k], members.empty() ? "chair" : "member"});
      }
      Must(svc.SetCommissionMembers(system, id, members));
    }
  };
  for (int64_t m : {ids.oblast_maslikhat, ids.city_maslikhat, ids.district_maslikhat}) {
    std::vector<int64_t> deputies;
    for (const auto& d : Must(svc.GetMaslikhat(system, m)).deputies) deputies.push_back(d.id);
    MaslikhatPatch p;
    p.chair_deputy_id = std::optional<int64_t>(deputies.back());
    Must(svc.UpdateMaslikhat(system, m, p));
    commissions(m, deputies);
  }
  return std::optional<DemoIds>(ids);
}

Status LinkDeputyAccount(db::Database& db, const Clock& clock, int64_t deputy_id, int64_t user_id) {
  DirectoryService svc(db, clock);
  Actor system;
  system.user_id = 0;
  system.roles.push_back(RoleGrant{0, Role::kAdmin, ScopeType::kGlobal, std::nullopt, ""});
  DeputyPatch p;
  p.user_id = std::optional<int64_t>(user_id);
  auto r = svc.UpdateDeputy(system, deputy_id, p);
  if (!r.ok()) return r.error();
  return Ok();
}

}  // namespace kenes::directory
