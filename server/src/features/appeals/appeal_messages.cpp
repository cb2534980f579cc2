#include "features/appeals/appeal_messages.hpp"

namespace kenes::appeals {
namespace {

struct Texts {
  const char* registered;
  const char* forward;
  const char* extend;
  const char* answer;
  const char* number;
  const char* due;
  const char* subject_prefix;
};

const Texts& For(const std::string& lang) {
  static const Texts kKk{"Сіздің өтінішіңіз тіркелді.",
                         "Сіздің өтінішіңіз құзыретті органға жіберілді.",
                         "Өтінішті қарау мерзімі ұзартылды.",
                         "Сіздің өтінішіңізге жауап берілді.",
                         "Талон нөмірі",
                         "Жауап беру мерзімі",
                         "Kenes: өтініш"};
  static const Texts kRu{"Ваше обращение зарегистрировано.",
                         "Ваше обращение направлено в компетентный орган.",
                         "Срок рассмотрения обращения продлён.",
                         "На ваше обращение дан ответ.",
                         "Номер талона",
                         "Срок ответа",
                         "Kenes: обращение"};
  static const Texts kEn{"Your appeal has been registered.",
                         "Your appeal has been forwarded to the competent body.",
                         "The term for considering your appeal has been extended.",
                         "Your appeal has been answered.",
                         "Talon number",
                         "Answer due by",
                         "Kenes: appeal"};
  if (lang == "kk") return kKk;
  if (lang == "ru") return kRu;
  return kEn;
}

}  // namespace

Notice NoticeFor(const Appeal& a, const std::string& event, const std::string& forward_to) {
  const Texts& t = For(a.language);
  if (event == "feedback_ask") {
    static const char* const kAsk[][2] = {
        {"Мәселе шешілді ме?",
         "Жауапты бағалаңыз: мәселе шешілді ме? Жеке кабинетте жауап беріңіз."},
        {"Проблема решена?", "Оцените ответ: решена ли проблема? Ответьте в личном кабинете."},
        {"Was the problem solved?",
         "Please tell us whether the problem was solved, in your account."}};
    int i = a.language == "kk" ? 0 : a.language == "ru" ? 1 : 2;
    return Notice{std::string(t.subject_prefix) + " " + a.number + ": " + kAsk[i][0],
                  std::string(kAsk[i][1]) + "\n\n" + t.number + ": " + a.number + "\n"};
  }
  std::string line = event == "registered" ? t.registered
                     : event == "forward"  ? t.forward
                     : event == "extend"   ? t.extend
                                           : t.answer;
  std::string body = line + "\n\n" + t.number + ": " + a.number + "\n";
  if (event == "forward" && !forward_to.empty()) {
    const char* to = a.language == "kk"   ? "Жіберілген орган"
                     : a.language == "ru" ? "Куда направлено"
                                          : "Forwarded to";
    body += std::string(to) + ": " + forward_to + "\n";
  }
  if (event != "answer" && event != "forward") {
    body += std::string(t.due) + ": " + DottedDate(a.due_on) + "\n";
  }
  if (event == "answer" && a.answer_text) body += "\n" + *a.answer_text + "\n";
  return Notice{std::string(t.subject_prefix) + " " + a.number, body};
}

Notice PartForwardNotice(const Appeal& a, const PartForwarding& p) {
  struct Lines {
    const char *subject, *line, *to, *part, *reason, *rest;
  };
  static const Lines kKk{"бір бөлігі жіберілді",
                         "Өтінішіңіздің бір бөлігі құзыретті органға жіберілді.",
                         "Жіберілген орган",
                         "Қай бөлігі",
                         "Себебі",
                         "Өтініштің қалған бөлігін мәслихат қарайды, жауап беру мерзімі"};
  static const Lines kRu{
      "часть направлена", "Часть вашего обращения направлена в компетентный орган.",
      "Куда направлено",  "Какая часть",
      "Причина",          "Остальную часть обращения рассматривает маслихат, срок ответа"};
  static const Lines kEn{
      "part forwarded", "A part of your appeal has been forwarded to the competent body.",
      "Forwarded to",   "Which part",
      "Reason",         "The maslikhat considers the rest of the appeal; answer due by"};
  const Lines& l = a.language == "kk" ? kKk : a.language == "ru" ? kRu : kEn;
  const Texts& t = For(a.language);
  std::string body = std::string(l.line) + "\n\n" + t.number + ": " + a.number + "\n" + l.to +
                     ": " + p.forward_to + "\n" + l.part + ": " + p.part + "\n" + l.reason + ": " +
                     p.reason + "\n" + l.rest + ": " + DottedDate(a.due_on) + "\n";
  return Notice{std::string(t.subject_prefix) + " " + a.number + ": " + l.subject, body};
}

Notice ExtensionNotice(const Appeal& a, const Extension& e) {
  struct Lines {
    const char *subject, *new_due, *old_due, *reason, *decided;
  };
  static const Lines kKk{"мерзімі ұзартылды", "Жаңа жауап беру мерзімі", "Бұрынғы мерзім",
                         "Ұзарту себебі", "Шешім қабылдаған"};
  static const Lines kRu{"срок продлён", "Новый срок ответа", "Прежний срок", "Причина продления",
                         "Решение принял(а)"};
  static const Lines kEn{"term extended", "New answer date", "Previous date",
                         "Reason for the extension", "Decided by"};
  const Lines& l = a.language == "kk" ? kKk : a.language == "ru" ? kRu : kEn;
  const Texts& t = For(a.language);
  std::string body = std::string(t.extend) + "\n\n" + t.number + ": " + a.number + "\n" +
                     l.new_due + ": " + DottedDate(e.new_due_on) + "\n" + l.old_due + ": " +
                     DottedDate(e.previous_due_on) + "\n" + l.reason + ": " + e.reason + "\n" +
                     l.decided + ": " + PositionWord(e.decided_as, a.language) + " " +
                     e.decided_by_name + ", " + DottedDate(e.decided_on) + "\n";
  return Notice{std::string(t.subject_prefix) + " " + a.number + ": " + l.subject, body};
}

Notice ReminderNotice(const std::string& number, std::string_view kind, const std::string& due_on) {
  const bool overdue = kind == "overdue" || kind == "forward_overdue";
  const bool forward = kind == "forward_due_soon" || kind == "forward_overdue";
  const std::string subject = std::string(overdue ? "Kenes: мерзімі өтті / срок истёк: "
                                                  : "Kenes: мерзімі жақын / срок близко: ") +
                              number;
  const std::string term =
      forward ? "Жіберу мерзімі / Срок перенаправления" : "Жауап мерзімі / Срок ответа";
  return Notice{subject,
                "Өтініш / Обращение " + number + "\n" + term + ": " + DottedDate(due_on) + "\n"};
}

Notice LeaveNotice(const Appeal& a, const std::string& explanation) {
  struct Lines {
    const char *subject, *line, *ground, *explanation;
  };
  static const Lines kKk{"қараусыз қалдырылды", "Сіздің өтінішіңіз қараусыз қалдырылды.", "Негізі",
                         "Түсініктеме"};
  static const Lines kRu{"оставлено без рассмотрения", "Ваше обращение оставлено без рассмотрения.",
                         "Основание", "Пояснение"};
  static const Lines kEn{"left without consideration",
                         "Your appeal has been left without consideration.", "Ground",
                         "Explanation"};
  const Lines& l = a.language == "kk" ? kKk : a.language == "ru" ? kRu : kEn;
  const Texts& t = For(a.language);
  std::string body = std::string(l.line) + "\n\n" + t.number + ": " + a.number + "\n" + l.ground +
                     ": " + LeaveGroundWord(a.leave_ground, a.language) + "\n";
  if (!explanation.empty()) body += std::string(l.explanation) + ": " + explanation + "\n";
  return Notice{std::string(t.subject_prefix) + " " + a.number + ": " + l.subject, body};
}

namespace {

// One code's words: kk, ru, en.
struct Words {
  std::string_view code, kk, ru, en;
};

template <size_t N>
std::string Pick(const Words (&table)[N], std::string_view code, std::string_view language) {
  for (const auto& w : table) {
    if (w.code != code) continue;
    return std::string(language == "kk" ? w.kk : language == "ru" ? w.ru : w.en);
  }
  return std::string(code);
}

// The types of the Administrative Procedure Code (APPK, Art. 4), as its kk and ru texts name them.
constexpr Words kTypes[] = {
    {"statement", "арыз", "заявление", "statement"},
    {"complaint", "шағым", "жалоба", "complaint"},
    {"proposal", "ұсыныс", "предложение", "proposal"},
    {"report", "хабарлама", "сообщение", "report"},
    {"response", "пікір", "отклик", "response"},
    {"request", "сұрау салу", "запрос", "request for information"},
};

constexpr Words kChannels[] = {
    {"web", "интернет-портал арқылы", "через интернет-портал", "through the web portal"},
    {"paper", "жазбаша, қағаз жеткізгіште", "письменно, на бумажном носителе",
     "in writing, on paper"},
    {"oral", "ауызша", "устно", "orally"},
    {"phone", "телефон арқылы", "по телефону", "by phone"},
    {"email", "электрондық пошта арқылы", "по электронной почте", "by e-mail"},
    {"reception", "жеке қабылдауда", "на личном приёме", "at a personal reception"},
};

constexpr Words kStatuses[] = {
    {"registered", "тіркелді", "зарегистрировано", "registered"},
    {"assigned", "орындаушы тағайындалды", "назначен исполнитель", "assigned"},
    {"in_consideration", "қаралуда", "на рассмотрении", "under consideration"},
    {"forwarded", "басқа органға жіберілді", "перенаправлено", "forwarded"},
    {"extended", "мерзімі ұзартылды", "срок продлён", "deadline extended"},
    {"answered", "жауап берілді", "дан ответ", "answered"},
    {"closed", "жабылды", "закрыто", "closed"},
    {"reopened", "қайта ашылды", "возобновлено", "reopened"},
    {"not_considered", "қараусыз қалдырылды", "оставлено без рассмотрения",
     "left without consideration"},
};

constexpr Words kOutcomes[] = {
    {"satisfied", "қанағаттандырылды", "удовлетворено", "satisfied"},
    {"partly", "ішінара қанағаттандырылды", "удовлетворено частично", "partly satisfied"},
    {"refused", "бас тартылды", "отказано", "refused"},
    {"explained", "түсіндірілді", "разъяснено", "explained"},
};

constexpr Words kAddressees[] = {
    {"deputy", "депутат", "депутат", "deputy"},
    {"commission", "мәслихат комиссиясы", "комиссия маслихата", "commission of the maslikhat"},
    {"maslikhat", "мәслихат", "маслихат", "maslikhat"},
};

constexpr Words kPositions[] = {
    {"chair", "мәслихат төрағасы", "председатель маслихата", "chair of the maslikhat"},
    {"deputy_chair", "мәслихат төрағасының орынбасары", "заместитель председателя маслихата",
     "deputy chair of the maslikhat"},
    {"head_of_apparatus", "мәслихат аппаратының басшысы", "руководитель аппарата маслихата",
     "head of the maslikhat's apparatus"},
    {"staff", "мәслихат аппаратының маманы", "специалист аппарата маслихата",
     "staff member of the maslikhat's apparatus"},
    {"deputy", "мәслихат депутаты", "депутат маслихата", "deputy of the maslikhat"},
};

// APPK Art. 89's grounds, as the notice names them.
constexpr Words kLeaveGrounds[] = {
    {"no_essence", "өтініште мәселенің мәні жоқ", "обращение не содержит сути вопроса",
     "the appeal does not state the matter"},
    {"anonymous", "өтініш анонимді", "обращение анонимное", "the appeal is anonymous"},
    {"repeated", "қайталама өтініште жаңа дәлелдер жоқ",
     "повторное обращение не содержит новых доводов", "a repeated appeal brings no new arguments"},
    {"not_competent", "мәселе мәслихаттың құзыретіне жатпайды, ал құзыретті орган белгісіз",
     "вопрос не относится к компетенции маслихата, а компетентный орган неизвестен",
     "the matter is outside the maslikhat's competence and the competent body is unknown"},
    {"withdrawn", "өтініш беруші өтінішін кері қайтарып алды", "заявитель отозвал обращение",
     "the applicant withdrew the appeal"},
    {"other", "өзге негіз", "иное основание", "another ground"},
};

constexpr Words kOnWeekdays[] = {
    {"1", "дүйсенбі", "в понедельник", "on Monday"}, {"2", "сейсенбі", "во вторник", "on Tuesday"},
    {"3", "сәрсенбі", "в среду", "on Wednesday"},    {"4", "бейсенбі", "в четверг", "on Thursday"},
    {"5", "жұма", "в пятницу", "on Friday"},         {"6", "сенбі", "в субботу", "on Saturday"},
    {"7", "жексенбі", "в воскресенье", "on Sunday"},
};

}  // namespace

std::string TypeWord(AppealType type, std::string_view language) {
  return Pick(kTypes, TypeName(type), language);
}
std::string ChannelWord(Channel channel, std::string_view language) {
  return Pick(kChannels, ChannelName(channel), language);
}
std::string StatusWord(AppealStatus status, std::string_view language) {
  return Pick(kStatuses, StatusName(status), language);
}
std::string OutcomeWord(Outcome outcome, std::string_view language) {
  return Pick(kOutcomes, OutcomeName(outcome), language);
}
std::string AddresseeWord(Addressee addressee, std::string_view language) {
  return Pick(kAddressees, AddresseeName(addressee), language);
}
std::string PositionWord(std::string_view role, std::string_view language) {
  return Pick(kPositions, role, language);
}
std::string LeaveGroundWord(std::string_view ground, std::string_view language) {
  return Pick(kLeaveGrounds, ground, language);
}
std::string OnWeekday(int iso_weekday, std::string_view language) {
  return Pick(kOnWeekdays, std::to_string(iso_weekday), language);
}

std::string DottedDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  std::string out;
  out.append(iso.substr(8, 2))
      .append(".")
      .append(iso.substr(5, 2))
      .append(".")
      .append(iso.substr(0, 4));
  return out;
}

}  // namespace kenes::appeals
