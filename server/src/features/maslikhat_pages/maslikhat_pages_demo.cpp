#include "features/maslikhat_pages/maslikhat_pages_demo.hpp"

#include <string>
#include <vector>

namespace kenes::maslikhat_pages {
namespace {

struct DemoMember {
  const char* name_kk;
  const char* name_ru;
  const char* position_kk;
  const char* position_ru;
  const char* position_en;
  const char* phone;
  const char* email;
};

struct DemoQuestion {
  const char* question_kk;
  const char* question_ru;
  const char* question_en;
  const char* answer_kk;
  const char* answer_ru;
  const char* answer_en;
  bool published;
};

// Fictional people (no demo deputy has these names); the numbers and addresses are made up.
const std::vector<DemoMember>& Members() {
  static const std::vector<DemoMember> kMembers = {
      {"Сәрсенбаева Гүлжан Маратқызы", "Сарсенбаева Гульжан Маратовна",
       "Мәслихат аппаратының басшысы", "Руководитель аппарата маслихата",
       "Head of the maslikhat's apparatus", "+7 7162 50 00 01", "apparat@demo.kenes.kz"},
      {"Өтегенов Бақыт Серікұлы", "Утегенов Бахыт Серикович",
       "Ұйымдастыру жұмысы жөніндегі бас маман", "Главный специалист по организационной работе",
       "Chief specialist for organisational work", "+7 7162 50 00 02", "sessii@demo.kenes.kz"},
      {"Омарова Жазира Сапарқызы", "Омарова Жазира Сапаровна",
       "Азаматтардың өтініштерімен жұмыс жөніндегі бас маман",
       "Главный специалист по работе с обращениями граждан", "", "+7 7162 50 00 03",
       "obrashcheniya@demo.kenes.kz"},
      {"Кенжебаев Арман Болатұлы", "Кенжебаев Арман Болатович", "Бас маман-заңгер",
       "Главный специалист-юрист", "", "+7 7162 50 00 04", ""},
      {"Ибраева Мадина Ержанқызы", "Ибраева Мадина Ержановна",
       "Қоғаммен байланыс жөніндегі жетекші маман",
       "Ведущий специалист по связям с общественностью", "", "", "press@demo.kenes.kz"},
  };
  return kMembers;
}

const std::vector<DemoQuestion>& QuestionList() {
  static const std::vector<DemoQuestion> kQuestions = {
      {"Депутатқа өтінішті қалай жіберуге болады?", "Как подать обращение депутату?",
       "How do I send an appeal to a deputy?",
       "Kenes-ке кіріп, «Өтініш жазу» бетінде депутатты немесе мәслихат аппаратын таңдаңыз да, "
       "мәселені сипаттаңыз. Өтінішті мәслихат ғимаратына жазбаша әкелуге, поштамен жіберуге "
       "немесе депутаттың жеке қабылдауында беруге де болады. Әр өтінішке талон беріледі: оның "
       "нөмірі бойынша қаралу барысын бақылай аласыз.",
       "Войдите в Kenes, на странице «Написать обращение» выберите депутата или аппарат маслихата "
       "и опишите проблему. Обращение можно также принести в здание маслихата письменно, "
       "отправить почтой или передать на личном приёме депутата. Каждому обращению выдаётся "
       "талон: по его номеру можно следить за рассмотрением.",
       "Sign in to Kenes, choose a deputy or the maslikhat's apparatus on the «Write an appeal» "
       "page and describe the problem. You can also bring a written appeal to the maslikhat's "
       "building, send it by post or hand it over at a deputy's reception. Every appeal gets a "
       "talon whose number lets you follow it.",
       true},
      {"Өтінішке жауап қанша уақытта беріледі?", "В какой срок дают ответ на обращение?",
       "How soon is an appeal answered?",
       "Әкімшілік рәсімдік-процестік кодекске сәйкес өтінішке 15 жұмыс күні ішінде жауап "
       "беріледі. Мерзім ұзартылса, ол туралы сізге үш жұмыс күні ішінде хабарланады. "
       "Мерзімдер өндірістік күнтізбе бойынша, демалыс және мереке күндерінсіз есептеледі.",
       "По Административному процедурно-процессуальному кодексу на обращение отвечают в течение "
       "15 рабочих дней. Если срок продлевают, вам сообщат об этом в течение трёх рабочих дней. "
       "Сроки считаются по производственному календарю, без выходных и праздников.",
       "Under the Administrative Procedural Code an appeal is answered within 15 working days. "
       "If the term is extended, you are told so within three working days. The days are counted "
       "on the production calendar, without weekends and holidays.",
       true},
      {"Депутаттың жеке қабылдауына қалай жазылуға болады?",
       "Как попасть на личный приём к депутату?", "",
       "Депутаттың бетінде немесе «Жеке қабылдау» бөлімінде бос уақытты таңдап, жазылыңыз. Орын "
       "болмаса, күту тізіміне жазылыңыз: орын босағанда хабарлаймыз. Электрондық поштасы "
       "жоқтар мәслихат аппаратына телефон арқылы жазыла алады.",
       "Выберите свободное время на странице депутата или в разделе «Личный приём» и "
       "запишитесь. Если мест нет, встаньте в лист ожидания: мы сообщим, когда место "
       "освободится. Без электронной почты можно записаться по телефону аппарата маслихата.",
       "", true},
      {"Мәслихат сессиялары қашан өтеді? Оларға қатысуға бола ма?",
       "Когда проходят сессии маслихата? Можно ли на них присутствовать?", "",
       "Кезекті сессиялар жұмыс жоспарына сәйкес кемінде тоқсанына бір рет өтеді. Сессияның "
       "күні, орны және күн тәртібі «Мәслихат сессиялары» бөлімінде алдын ала жарияланады. Ашық "
       "сессияларға тұрғындар қатыса алады; алдын ала мәслихат аппаратына хабарласыңыз.",
       "Очередные сессии проходят по плану работы не реже одного раза в квартал. День, место и "
       "повестка сессии заранее публикуются в разделе «Сессии маслихата». На открытых сессиях "
       "могут "
       "присутствовать жители; заранее сообщите об этом в аппарат маслихата.",
       "", true},
      {"Өз округімнің депутатын қалай табамын?", "Как найти депутата своего округа?", "",
       "«Депутатымды табу» бетінде елді мекенді, көшені және үй нөмірін енгізіңіз: Kenes "
       "мекенжайыңыз жататын сайлау округін және оның депутатын — қалалық және облыстық "
       "мәслихаттан — көрсетеді.",
       "На странице «Найти своего депутата» введите населённый пункт, улицу и номер дома: Kenes "
       "покажет избирательный округ, к которому относится адрес, и его депутата — городского и "
       "областного маслихата.",
       "", true},
      {"Мәслихаттың шешімдерін қайдан оқуға болады?", "Где прочитать решения маслихата?", "",
       "Мәслихаттың нормативтік құқықтық шешімдері «НҚА тізілімі» бөлімінде қазақ және орыс "
       "тілдерінде, редакцияларымен және күшіне ену күнімен жарияланады.",
       "Нормативные правовые решения маслихата опубликованы в разделе «Реестр НПА» на казахском и "
       "русском языках, с редакциями и датой вступления в силу.",
       "", true},
      {"Мәслихаттың жаңалықтарын электрондық поштамен алуға бола ма?",
       "Можно ли получать новости маслихата по электронной почте?", "",
       "Иә: мәслихаттың немесе депутаттың бетінде «Мәслихатқа жазылу» немесе «Депутатқа жазылу» "
       "батырмасын басып, хаттарды бірден "
       "немесе күнделікті шолу түрінде алуды таңдаңыз.",
       "Да: нажмите «Подписаться на маслихат» или «Подписаться на депутата» на их странице и "
       "выберите, получать ли "
       "письма сразу или ежедневной сводкой.",
       "", false},
  };
  return kQuestions;
}

}  // namespace

Status SeedDemoMaslikhatPages(MaslikhatPagesService& pages, const Actor& staff,
                              int64_t maslikhat_id) {
  for (const auto& d : Members()) {
    MemberInput in;
    in.full_name_kk = std::string(d.name_kk);
    in.full_name_ru = std::string(d.name_ru);
    in.position_kk = std::string(d.position_kk);
    in.position_ru = std::string(d.position_ru);
    in.position_en = std::string(d.position_en);
    in.phone = std::string(d.phone);
    in.email = std::string(d.email);
    if (auto added = pages.AddMember(staff, maslikhat_id, in); !added.ok())
      return added.take_error();
  }
  for (const auto& d : QuestionList()) {
    QuestionInput in;
    in.question_kk = std::string(d.question_kk);
    in.question_ru = std::string(d.question_ru);
    in.question_en = std::string(d.question_en);
    in.answer_kk = std::string(d.answer_kk);
    in.answer_ru = std::string(d.answer_ru);
    in.answer_en = std::string(d.answer_en);
    in.state = d.published ? QuestionState::kPublished : QuestionState::kDraft;
    if (auto added = pages.AddQuestion(staff, maslikhat_id, in); !added.ok())
      return added.take_error();
  }
  return Ok();
}

}  // namespace kenes::maslikhat_pages
