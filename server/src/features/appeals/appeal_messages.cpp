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
  std::string line = event == "registered" ? t.registered
                     : event == "forward"  ? t.forward
                     : event == "extend"   ? t.extend
                                           : t.answer;
  std::string body = line + "\n\n" + t.number + ": " + a.number + "\n";
  if (event != "answer" && event != "forward") body += std::string(t.due) + ": " + a.due_on + "\n";
  if (event == "answer" && a.answer_text) body += "\n" + *a.answer_text + "\n";
  return Notice{std::string(t.subject_prefix) + " " + a.number, body};
}

}  // namespace kenes::appeals
