#pragma once
// The mail a follower gets, in their account's language (kk, ru, en): one item at once, or a
// digest listing the new items of a day or a week. Dates are local ("15.04.2026"), never codes.
// Every mail ends with the way out: the follows page and a one-click unsubscribe link.

#include <string>
#include <vector>

#include "features/subscriptions/subscriptions.hpp"

namespace kenes::subscriptions {

struct MailText {
  std::string subject, body;
};

// `public_url`: the site; `unsubscribe_url`: the signed link's web page.
MailText ItemMail(const Item& item, const std::string& language, const std::string& public_url,
                  const std::string& unsubscribe_url);
MailText DigestMail(Delivery digest, const std::vector<Item>& items, const std::string& language,
                    const std::string& public_url, const std::string& unsubscribe_url);

// The item's public page ("/posts/12", "/events/4").
std::string ItemPath(const Item& item);
// "2026-04-15T04:00:00Z" → "15.04.2026" in local time (UTC+5); the input when it is no time.
std::string LocalDay(const std::string& iso_utc);
// At most this many items are listed in a digest; the rest are counted ("and 3 more").
inline constexpr size_t kMaxDigestListed = 50;

}  // namespace kenes::subscriptions
