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

Notice NoticeFor(const Appeal& a, const std::string& event) {
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
  if (event != "answer" && event != "forward") body += std::string(t.due) + ": " + a.due_on + "\n";
  if (event == "answer" && a.answer_text) body += "\n" + *a.answer_text + "\n";
  return Notice{std::string(t.subject_prefix) + " " + a.number, body};
}

TalonText TalonLabels(const std::string& language) {
  if (language == "kk") {
    return {"Өтінішті қабылдау талоны", "Талон нөмірі",    "Тіркелген күні",
            "Қабылданған уақыты",       "Қабылдау тәсілі", "Мәні",
            "Жауап беру мерзімі",       "Мәслихат",        "ӘРПК 64-бабына сәйкес берілді."};
  }
  if (language == "ru") {
    return {"Талон о приёме обращения",
            "Номер талона",
            "Дата регистрации",
            "Время приёма",
            "Способ подачи",
            "Суть",
            "Срок ответа",
            "Маслихат",
            "Выдан в соответствии со статьёй 64 АППК."};
  }
  return {"Appeal receipt (talon)",
          "Talon number",
          "Registered on",
          "Received at",
          "Channel",
          "Subject",
          "Answer due by",
          "Maslikhat",
          "Issued under Article 64 of the APPK."};
}

}  // namespace kenes::appeals
