#include "features/subscriptions/subscriptions_messages.hpp"

#include <cstdio>

#include "features/calendar/calendar_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/posts_service.hpp"

namespace kenes::subscriptions {
namespace {

struct Words {
  const char* new_post;
  const char* new_event;
  const char* cancelled;
  const char* daily_subject;
  const char* weekly_subject;
  const char* daily_intro;
  const char* weekly_intro;
  const char* more;
  const char* starts;
  const char* why;
  const char* manage;
  const char* stop;
};

constexpr Words kKk = {
    "Жаңа жазба",
    "Жаңа іс-шара",
    "Іс-шара болмайды",
    "Kenes: бүгінгі жаңалықтар",
    "Kenes: аптаның жаңалықтары",
    "Сіз бақылайтын беттердегі соңғы тәуліктегі жаңалықтар:",
    "Сіз бақылайтын беттердегі соңғы аптадағы жаңалықтар:",
    "тағы",
    "Басталуы",
    "Бұл хат сіз Kenes-те жазылған бетке байланысты келді.",
    "Жазылымдарды басқару",
    "Бұл хаттардан бас тарту (бір рет басу)",
};
constexpr Words kRu = {
    "Новая публикация",
    "Новое мероприятие",
    "Мероприятие отменено",
    "Kenes: новое за день",
    "Kenes: новое за неделю",
    "Новое за сутки на страницах, на которые вы подписаны:",
    "Новое за неделю на страницах, на которые вы подписаны:",
    "ещё",
    "Начало",
    "Вы получили это письмо, потому что подписаны на страницу в Kenes.",
    "Управлять подписками",
    "Отписаться от этих писем (в один клик)",
};
constexpr Words kEn = {
    "New post",
    "New event",
    "Event cancelled",
    "Kenes: today's news",
    "Kenes: this week's news",
    "New in the last day on the pages you follow:",
    "New in the last week on the pages you follow:",
    "more",
    "Starts",
    "You get this e-mail because you follow a page on Kenes.",
    "Manage your follows",
    "Stop these e-mails (one click)",
};

const Words& WordsFor(const std::string& language) {
  if (language == "kk") return kKk;
  if (language == "en") return kEn;
  return kRu;
}

const char* KindWord(const Words& w, ItemKind kind) {
  return kind == ItemKind::kPost    ? w.new_post
         : kind == ItemKind::kEvent ? w.new_event
                                    : w.cancelled;
}

std::string Footer(const Words& w, const std::string& public_url,
                   const std::string& unsubscribe_url) {
  return std::string("\n--\n") + w.why + "\n" + w.manage + ": " + public_url +
         "/me/subscriptions\n" + w.stop + ": " + unsubscribe_url + "\n";
}

// The line under an item's title: the event's start, or the post's day.
std::string When(const Words& w, const Item& item) {
  if (!item.starts_at.empty())
    return std::string(w.starts) + ": " + events::LocalWhen(item.starts_at);
  return LocalDay(item.happened_at);
}

}  // namespace

std::string ItemPath(const Item& item) {
  return (item.kind == ItemKind::kPost ? "/posts/" : "/events/") + std::to_string(item.ref_id);
}

std::string LocalDay(const std::string& iso_utc) {
  auto ms = posts::ParseUtc(iso_utc);
  if (!ms) return iso_utc;
  const std::string day = calendar::LocalDate(*ms).ToString();  // "2026-04-15"
  if (day.size() != 10) return iso_utc;
  return day.substr(8, 2) + "." + day.substr(5, 2) + "." + day.substr(0, 4);
}

MailText ItemMail(const Item& item, const std::string& language, const std::string& public_url,
                  const std::string& unsubscribe_url) {
  const Words& w = WordsFor(language);
  const std::string& title = item.Title(language);
  MailText m;
  m.subject = std::string(KindWord(w, item.kind)) + ": " + title;
  m.body = title + "\n" + When(w, item) + "\n" + public_url + ItemPath(item) + "\n" +
           Footer(w, public_url, unsubscribe_url);
  return m;
}

MailText DigestMail(Delivery digest, const std::vector<Item>& items, const std::string& language,
                    const std::string& public_url, const std::string& unsubscribe_url) {
  const Words& w = WordsFor(language);
  const bool daily = digest == Delivery::kDaily;
  MailText m;
  m.subject = std::string(daily ? w.daily_subject : w.weekly_subject) + " (" +
              std::to_string(items.size()) + ")";
  m.body = std::string(daily ? w.daily_intro : w.weekly_intro) + "\n\n";
  size_t listed = 0;
  for (const Item& item : items) {
    if (listed++ == kMaxDigestListed) break;
    m.body += "* " + std::string(KindWord(w, item.kind)) + ": " + item.Title(language) + "\n  " +
              When(w, item) + "\n  " + public_url + ItemPath(item) + "\n\n";
  }
  if (items.size() > kMaxDigestListed) {
    m.body += "... " + std::string(w.more) + " " + std::to_string(items.size() - kMaxDigestListed) +
              ": " + public_url + "/news\n";
  }
  m.body += Footer(w, public_url, unsubscribe_url);
  return m;
}

}  // namespace kenes::subscriptions
