#include "features/subscriptions/subscriptions_messages.hpp"

#include <cstdio>

#include "features/calendar/calendar_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::subscriptions {
namespace {

// The catalogue's words (server/messages/*.json, ADR 0019); a language other than kk, ru and en
// reads as ru.
const std::string& T(const std::string& language, std::string_view key) {
  return i18n::Text(language, key);
}

const std::string& KindWord(const std::string& language, ItemKind kind) {
  return T(language, kind == ItemKind::kPost    ? "subscriptions.kind.post"
                     : kind == ItemKind::kEvent ? "subscriptions.kind.event"
                                                : "subscriptions.kind.cancelled");
}

std::string Footer(const std::string& language, const std::string& public_url,
                   const std::string& unsubscribe_url) {
  return "\n--\n" + T(language, "subscriptions.footer.why") + "\n" +
         T(language, "subscriptions.footer.manage") + ": " + public_url + "/me/subscriptions\n" +
         T(language, "subscriptions.footer.stop") + ": " + unsubscribe_url + "\n";
}

// The line under an item's title: the event's start, or the post's day.
std::string When(const std::string& language, const Item& item) {
  if (!item.starts_at.empty())
    return T(language, "subscriptions.starts") + ": " + events::LocalWhen(item.starts_at);
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
  const std::string& title = item.Title(language);
  MailText m;
  m.subject = KindWord(language, item.kind) + ": " + title;
  m.body = title + "\n" + When(language, item) + "\n" + public_url + ItemPath(item) + "\n" +
           Footer(language, public_url, unsubscribe_url);
  return m;
}

MailText DigestMail(Delivery digest, const std::vector<Item>& items, const std::string& language,
                    const std::string& public_url, const std::string& unsubscribe_url) {
  const bool daily = digest == Delivery::kDaily;
  MailText m;
  m.subject = T(language, daily ? "subscriptions.digest.daily_subject"
                                : "subscriptions.digest.weekly_subject") +
              " (" + std::to_string(items.size()) + ")";
  m.body = T(language,
             daily ? "subscriptions.digest.daily_intro" : "subscriptions.digest.weekly_intro") +
           "\n\n";
  size_t listed = 0;
  for (const Item& item : items) {
    if (listed++ == kMaxDigestListed) break;
    m.body += "* " + KindWord(language, item.kind) + ": " + item.Title(language) + "\n  " +
              When(language, item) + "\n  " + public_url + ItemPath(item) + "\n\n";
  }
  if (items.size() > kMaxDigestListed) {
    m.body += "... " + T(language, "subscriptions.more") + " " +
              std::to_string(items.size() - kMaxDigestListed) + ": " + public_url + "/news\n";
  }
  m.body += Footer(language, public_url, unsubscribe_url);
  return m;
}

}  // namespace kenes::subscriptions
