#include "features/drafts/drafts_demo.hpp"

namespace kenes::drafts {
namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

const char* const kGreenText =
    "(Вымышленный проект для демонстрации.) Об утверждении Правил содержания зелёных насаждений\n\n"
    "1. Настоящие Правила определяют порядок содержания зелёных насаждений города.\n"
    "2. Снос деревьев допускается только по разрешению акимата.\n"
    "3. За каждое снесённое дерево высаживаются десять саженцев.\n"
    "4. Полив насаждений в летний период проводится не реже двух раз в неделю.\n"
    "5. Правила вводятся в действие по истечении десяти календарных дней после первого "
    "официального опубликования.";

const char* const kGreenTextKk =
    "(Көрсетуге арналған ойдан шығарылған жоба.) Жасыл екпелерді күтіп-ұстау қағидаларын бекіту "
    "туралы\n\n"
    "1. Осы Қағидалар қаланың жасыл екпелерін күтіп-ұстау тәртібін айқындайды.\n"
    "2. Ағаштарды кесуге тек әкімдіктің рұқсатымен жол беріледі.\n"
    "3. Кесілген әрбір ағаштың орнына он көшет отырғызылады.\n"
    "4. Жазғы кезеңде екпелер аптасына кемінде екі рет суарылады.\n"
    "5. Қағидалар алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң "
    "қолданысқа енгізіледі.";

const char* const kTariffText =
    "(Вымышленный проект для демонстрации.) Об утверждении тарифов на вывоз мусора\n\n"
    "1. Тариф для жителей многоквартирных домов — 450 тенге в месяц с человека.\n"
    "2. Тариф для жителей частных домов — 520 тенге в месяц с человека.\n"
    "3. Льготы предоставляются пенсионерам и лицам с инвалидностью.";

const char* const kTariffTextKk =
    "(Көрсетуге арналған ойдан шығарылған жоба.) Қоқыс шығару тарифтерін бекіту туралы\n\n"
    "1. Көппәтерлі үйлер тұрғындары үшін тариф — бір адамға айына 450 теңге.\n"
    "2. Жеке үйлер тұрғындары үшін тариф — бір адамға айына 520 теңге.\n"
    "3. Жеңілдіктер зейнеткерлерге және мүгедектігі бар адамдарға беріледі.";

// The two texts paragraph by paragraph (the demo's are split the same way in both languages).
std::vector<ParagraphTexts> Both(const char* kk, const char* ru) {
  const auto kks = SplitParagraphs(kk);
  const auto rus = SplitParagraphs(ru);
  std::vector<ParagraphTexts> out;
  for (size_t i = 0; i < rus.size(); ++i) out.push_back({i < kks.size() ? kks[i] : rus[i], rus[i]});
  return out;
}

template <class T>
Status Check(const Result<T>& r) {
  if (!r.ok()) return r.error();
  return Ok();
}

}  // namespace

Status SeedDemoDrafts(db::Database& db, const Clock& clock,
                      const std::shared_ptr<directory::DirectoryService>& directory,
                      const std::shared_ptr<acts::ActsService>& acts,
                      const DemoDraftPeople& people) {
  // The closed one: opened 40 days ago on a clock moved back, commented and decided then.
  FakeClock past(clock.NowMs() - 40 * kDayMs);
  DraftsService then(db, past, directory, acts);
  OpenInput closed{"Қоқыс шығару тарифтері туралы (демо)", "О тарифах на вывоз мусора (демо)",
                   Both(kTariffTextKk, kTariffText), kMinWorkingDays, std::nullopt};
  auto old = then.Open(people.staff, people.maslikhat_id, closed);
  if (!old.ok()) return old.error();
  const auto& op = old->detail.paragraphs;
  past.Advance(kDayMs);
  auto c1 = then.AddComment(
      people.citizen, old->detail.discussion.id,
      {op.at(1).id, AuthorType::kCitizen, "", "Тариф для частных домов выше — почему?"});
  auto c2 = then.AddComment(people.other, old->detail.discussion.id,
                            {op.at(3).id, AuthorType::kOrganisation, "ОО «Ардагерлер»",
                             "Просим распространить льготы на многодетные семьи."});
  auto c3 = then.AddComment(
      people.other, old->detail.discussion.id,
      {op.at(2).id, AuthorType::kExpert, "", "Расчёт тарифа не приложен к проекту."});
  for (const auto* c : {&c1, &c2, &c3}) {
    if (auto s = Check(*c); !s.ok()) return s;
  }
  past.Advance(20 * kDayMs);
  if (auto s = Check(then.Decide(
          people.staff, c1->id,
          {Decision::kRejected, "Вывоз из частного сектора дороже: длиннее маршруты."}));
      !s.ok())
    return s;
  if (auto s = Check(then.Decide(people.staff, c2->id,
                                 {Decision::kPartly,
                                  "Льгота добавлена для многодетных семей с "
                                  "четырьмя и более детьми."}));
      !s.ok())
    return s;
  if (auto s = Check(then.Decide(people.staff, c3->id, {Decision::kAccepted, ""})); !s.ok())
    return s;
  acts::ActQuery q;
  q.maslikhat_id = people.maslikhat_id;
  q.limit = 1;
  if (auto page = acts->List(q); page.ok() && !page->items.empty()) {
    if (auto s = Check(then.LinkAct(people.staff, old->detail.discussion.id, page->items[0].id));
        !s.ok())
      return s;
  }

  // The open one, from today.
  DraftsService now(db, clock, directory, acts);
  OpenInput open{"Жасыл екпелерді күтіп-ұстау қағидалары туралы (демо)",
                 "О правилах содержания зелёных насаждений (демо)", Both(kGreenTextKk, kGreenText),
                 15, std::nullopt};
  auto fresh = now.Open(people.staff, people.maslikhat_id, open);
  if (!fresh.ok()) return fresh.error();
  const auto& p = fresh->detail.paragraphs;
  const int64_t id = fresh->detail.discussion.id;
  if (auto s = Check(now.AddComment(
          people.citizen, id,
          {p.at(2).id, AuthorType::kCitizen, "", "Предлагаю штраф за самовольный снос."}));
      !s.ok())
    return s;
  if (auto s = Check(
          now.AddComment(people.other, id,
                         {p.at(3).id, AuthorType::kExpert, "",
                          "Десять саженцев — много для узких улиц; лучше пять крупномерных."}));
      !s.ok())
    return s;
  return Check(now.AddComment(people.other, id,
                              {p.at(4).id, AuthorType::kOrganisation, "ТОО «Жасыл қала»",
                               "В жару поливать трижды в неделю."}));
}

}  // namespace kenes::drafts
