#include "features/events/events_messages.hpp"

namespace kenes::events {
namespace {

struct Words {
  const char* subject;
  const char* lead;
};

// kk, ru, en for each notice.
const Words kWords[][3] = {
    {{"Іс-шараға тіркелдіңіз", "Сіз іс-шараға тіркелдіңіз."},
     {"Вы зарегистрированы на мероприятие", "Вы зарегистрированы на мероприятие."},
     {"You are registered for the event", "You are registered for the event."}},
    {{"Ертең іс-шара", "Еске саламыз: ертең сіз тіркелген іс-шара өтеді."},
     {"Завтра мероприятие", "Напоминаем: завтра пройдёт мероприятие, на которое вы записаны."},
     {"The event is tomorrow", "A reminder: the event you registered for is tomorrow."}},
    {{"Іс-шара өтпейді", "Сіз тіркелген іс-шара болдырылмады."},
     {"Мероприятие отменено", "Мероприятие, на которое вы записаны, отменено."},
     {"The event is cancelled", "The event you registered for is cancelled."}},
    {{"Іс-шара ауыстырылды", "Іс-шараның уақыты немесе орны өзгерді. Тіркелуіңіз сақталады."},
     {"Мероприятие перенесено",
      "Изменились время или место мероприятия. Ваша регистрация сохраняется."},
     {"The event has changed",
      "The time or the place of the event has changed. Your registration stands."}},
};

struct Labels {
  const char* when;
  const char* where;
  const char* online;
  const char* was;
  const char* reason;
  const char* page;
};
const Labels kLabels[3] = {
    {"Уақыты", "Орны", "Онлайн", "Бұрын", "Себебі", "Іс-шара беті"},
    {"Когда", "Где", "Онлайн", "Было", "Причина", "Страница мероприятия"},
    {"When", "Where", "Online", "Was", "Reason", "Event page"},
};

}  // namespace

std::string LocalWhen(const std::string& local) {
  if (local.size() != 16) return local;
  return local.substr(8, 2) + "." + local.substr(5, 2) + "." + local.substr(0, 4) + " " +
         local.substr(11, 5);
}

MailText NoticeText(Notice notice, const Event& e, const std::string& language,
                    const std::string& link, const std::string& was) {
  const size_t lang = LanguageIndex(language);
  const Words& w = kWords[static_cast<int>(notice)][lang];
  const Labels& l = kLabels[lang];
  const EventText& t = e.draft.texts.at(ServedLanguage(e.draft, language));
  MailText m;
  m.subject = std::string(w.subject) + ": " + t.title;
  m.body = std::string(w.lead) + "\n\n" + t.title + "\n";
  m.body += std::string(l.when) + ": " + LocalWhen(e.draft.starts_at) + "\n";
  if (notice == Notice::kMoved && !was.empty()) m.body += std::string(l.was) + ": " + was + "\n";
  if (!e.draft.place.empty()) m.body += std::string(l.where) + ": " + e.draft.place + "\n";
  if (!e.draft.online_url.empty()) {
    m.body += std::string(l.online) + ": " + e.draft.online_url + "\n";
  }
  if (notice == Notice::kCancelled && !e.cancel_reason.empty()) {
    m.body += std::string(l.reason) + ": " + e.cancel_reason + "\n";
  }
  m.body += std::string(l.page) + ": " + link + "\n";
  return m;
}

}  // namespace kenes::events
