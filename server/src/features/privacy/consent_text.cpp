// The shipped consent texts. A new text is a new version: add it at the end of kVersions (never
// edit a published one: the consents given name it) and set security.consent_version.
#include "features/privacy/consent_text.hpp"

namespace kenes::privacy {
namespace {

struct Section {
  const char* title;
  const char* text;  // {operator}: the name with ", BIN …" when one is known; {years}: the term
};

struct Language {
  const char* bin_clause;  // ", {bin}" in the language's words
  std::vector<Section> sections;
};

struct Version {
  const char* version;
  Language kk, ru, en;
};

// 2026-11-01: the first text, one paragraph, as the web showed it before the texts moved here.
Version First() {
  return {
      "2026-11-01",
      {", БСН {bin}",
       {{"Дербес деректерді өңдеуге келісім",
         "Мен Kenes платформасына депутаттармен және мәслихат аппаратымен өзара іс-қимыл жасау "
         "мақсатында Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» "
         "Заңына сәйкес дербес деректерімді (аты-жөні, байланыс деректері, ЖСН) жинауға және "
         "өңдеуге келісім беремін. Бұл келісімді кез келген уақытта кері қайтарып ала аламын."}}},
      {", БИН {bin}",
       {{"Согласие на обработку персональных данных",
         "Я даю согласие платформе Kenes на сбор и обработку моих персональных данных (имя, "
         "контактные данные, ИИН) в соответствии с Законом Республики Казахстан «О персональных "
         "данных и их защите» в целях взаимодействия с депутатами и аппаратом маслихата. Я могу "
         "отозвать это согласие в любое время."}}},
      {", BIN {bin}",
       {{"Consent to the processing of personal data",
         "I consent to Kenes collecting and processing my personal data (name, contact details, "
         "IIN) under the Law of the Republic of Kazakhstan “On personal data and its protection” "
         "for the purpose of working with deputies and the maslikhat apparatus. I can withdraw "
         "this consent at any time."}}},
  };
}

// 2026-12-07: Art. 8 in full — the operator with its BIN, purposes, term, transfers,
// publication, withdrawal.
Version Article8() {
  return {
      "2026-12-07",
      {", БСН {bin}",
       {{"Келісім",
         "Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» Заңының 8-бабына "
         "сәйкес төменде аталған дербес деректерімді төменде көрсетілген мақсаттарда жинауға және "
         "өңдеуге келісім беремін."},
        {"Оператор",
         "Дербес деректердің операторы — {operator}. Kenes — аппарат пайдаланатын платформа; "
         "аппарат қызметкерлері мен депутаттар деректеріңізді тек өтініштеріңізбен және "
         "қабылдауларыңызбен жұмыс істеуге қажетті көлемде көреді."},
        {"Қандай деректер",
         "Аты-жөні, электрондық пошта мекенжайы, телефон нөмірі, ЖСН (көрсетсеңіз), "
         "өтініштердің мекенжайлары мен мәтіндері, жеке қабылдауға жазылулар."},
        {"Мақсаттары",
         "Өтініштеріңізді Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексіне "
         "сәйкес тіркеу және қарау; депутаттардың жеке қабылдауына жазу; өтініштердің қаралу "
         "барысы мен қабылдаулар туралы хабарлау."},
        {"Мерзімі",
         "Тіркелгіңіз бар болғанша. Өтініштер құжат ретінде тіркелген жылынан кейін {years} жыл "
         "бойы (соңғы жылдың 31 желтоқсанына дейін) сақталады, содан кейін иесіздендіріледі."},
        {"Үшінші тұлғаларға беру",
         "Өтініш немесе оның бір бөлігі мәслихаттың құзыретіне жатпаса, ол 3 жұмыс күні ішінде "
         "құзыретті мемлекеттік органға жіберіледі — бұл деректеріңізді беру болып табылады, "
         "және сізге қай органға жіберілгені хабарланады. Өтінішіңіз бойынша депутат атқарушы "
         "органға депутаттық сұрау салу жолдауы мүмкін — бұл да беру. Деректер басқа тұлғаларға "
         "және шетелге берілмейді."},
        {"Жариялау",
         "Деректеріңіз жарияланбайды. Өтініштердің ашық тізіліміне тек жариялауға жеке келісім "
         "берген өтінішіңіз енеді — атыңызсыз, мекенжайыңызсыз, телефоныңызсыз және ЖСН-сыз."},
        {"Келісімді кері қайтару",
         "Келісімді кез келген уақытта тіркелгідегі «Менің деректерім» бетінде кері қайтара "
         "аласыз (сол жерде деректеріңізді көріп, жүктеп алуға және тіркелгіні жоюға болады). "
         "Кері қайтарғаннан кейін сіз келісімді қайта бермейінше, жаңа өтініштер үшін "
         "деректеріңізді өңдемейміз; қаралып жатқан өтініштер заң бойынша қаралады."}}},
      {", БИН {bin}",
       {{"Согласие",
         "В соответствии со статьёй 8 Закона Республики Казахстан «О персональных данных и их "
         "защите» я даю согласие на сбор и обработку моих персональных данных, названных ниже, "
         "в целях, указанных ниже."},
        {"Оператор",
         "Оператор персональных данных — {operator}. Kenes — платформа, которой пользуется "
         "аппарат; его сотрудники и депутаты видят ваши данные лишь в той мере, в какой это "
         "нужно для работы с вашими обращениями и записями на приём."},
        {"Какие данные",
         "Фамилия, имя, отчество, адрес электронной почты, номер телефона, ИИН (если вы его "
         "указали), адреса и тексты обращений, записи на личный приём."},
        {"Цели",
         "Регистрация и рассмотрение ваших обращений по Административному "
         "процедурно-процессуальному кодексу Республики Казахстан; запись на личный приём к "
         "депутатам; информирование о ходе рассмотрения обращений и о приёмах."},
        {"Срок",
         "Пока существует ваша учётная запись. Обращения хранятся как документы {years} лет "
         "после года регистрации (до 31 декабря последнего года), затем обезличиваются."},
        {"Передача третьим лицам",
         "Если обращение или его часть не относится к компетенции маслихата, оно в течение "
         "3 рабочих дней направляется в компетентный государственный орган — это передача ваших "
         "данных, и вам сообщат, в какой орган. По вашему обращению депутат может направить "
         "депутатский запрос в исполнительный орган — это тоже передача. Другим лицам и за "
         "границу данные не передаются."},
        {"Публикация",
         "Ваши данные не публикуются. В открытый реестр обращений попадает только обращение, на "
         "публикацию которого вы дали отдельное согласие, — без имени, адреса, телефона и ИИН."},
        {"Отзыв согласия",
         "Вы можете отозвать согласие в любой момент на странице «Мои данные» в учётной записи "
         "(там же можно посмотреть и скачать свои данные и удалить учётную запись). После "
         "отзыва мы не будем обрабатывать ваши данные для новых обращений, пока вы не дадите "
         "согласие снова; обращения на рассмотрении будут рассмотрены по закону."}}},
      {", BIN {bin}",
       {{"Consent",
         "Under Article 8 of the Law of the Republic of Kazakhstan “On personal data and their "
         "protection”, I consent to the collection and processing of my personal data named "
         "below for the purposes set out below."},
        {"Operator",
         "The operator of the personal data is {operator}. Kenes is the platform the apparatus "
         "uses; its staff and the deputies see your data only as far as they need it to work "
         "with your appeals and reception bookings."},
        {"What data",
         "Your name, e-mail address, phone number, IIN (if you gave it), the addresses and texts "
         "of your appeals, your personal reception bookings."},
        {"Purposes",
         "Registering and considering your appeals under the Administrative Procedural Code of "
         "the Republic of Kazakhstan; booking personal receptions with deputies; informing you "
         "of the progress of your appeals and of receptions."},
        {"Term",
         "While your account exists. Appeals are kept as records for {years} years after the "
         "year of registration (until 31 December of the last year), then anonymised."},
        {"Transfers to third parties",
         "When an appeal, or a part of it, is outside the maslikhat's competence, it is "
         "forwarded within 3 working days to the competent state body — a transfer of your "
         "data, and you are told which body. On your appeal a deputy may send a deputy request "
         "to an executive body — also a transfer. Your data go to no one else and not abroad."},
        {"Publication",
         "Your data are not published. The public register of appeals shows only an appeal you "
         "separately agreed to publish — without your name, address, phone or IIN."},
        {"Withdrawing consent",
         "You may withdraw consent at any time on the «My data» page of your account (where you "
         "can also see and download your data and delete the account). After withdrawal we will "
         "not process your data for new appeals until you consent again; appeals in "
         "consideration are considered as the law requires."}}},
  };
}

const std::vector<Version>& Versions() {
  static const std::vector<Version> kVersions{First(), Article8()};
  return kVersions;
}

std::string ReplaceAll(std::string text, std::string_view key, const std::string& value) {
  for (size_t at = text.find(key); at != std::string::npos;
       at = text.find(key, at + value.size())) {
    text.replace(at, key.size(), value);
  }
  return text;
}

}  // namespace

std::vector<std::string> ShippedConsentVersions() {
  std::vector<std::string> out;
  for (const auto& v : Versions()) out.emplace_back(v.version);
  return out;
}

std::optional<ConsentText> RenderConsent(std::string_view version, std::string_view lang,
                                         const ConsentOperator& op, int retention_years) {
  for (const auto& v : Versions()) {
    if (version != v.version) continue;
    const std::string code = lang == "kk" || lang == "en" ? std::string(lang) : "ru";
    const Language& l = code == "kk" ? v.kk : code == "en" ? v.en : v.ru;
    std::string named = op.name;
    if (!op.bin.empty()) named += ReplaceAll(l.bin_clause, "{bin}", op.bin);
    ConsentText out{.version = v.version, .lang = code, .op = op, .sections = {}};
    for (const auto& s : l.sections) {
      std::string text = ReplaceAll(s.text, "{operator}", named);
      text = ReplaceAll(std::move(text), "{years}", std::to_string(retention_years));
      out.sections.push_back({s.title, std::move(text)});
    }
    return out;
  }
  return std::nullopt;
}

Status CheckConsentVersion(const std::string& version) {
  for (const auto& v : Versions()) {
    if (version == v.version) return Ok();
  }
  std::string shipped;
  for (const auto& v : ShippedConsentVersions()) shipped += (shipped.empty() ? "" : ", ") + v;
  Error e = Error::Invalid("security.consent_version", "invalid");
  e.message = "security.consent_version '" + version +
              "' has no consent text in this Kenes (it ships " + shipped +
              "): set one of these, or ship the new text first (features/privacy/consent_text.cpp)";
  return e;
}

}  // namespace kenes::privacy
