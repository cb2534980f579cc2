#pragma once
// The e-mails that go with the account notices of a withdrawn and of a closed discussion, in the
// commenter's language: the draft's title, what happened, and the link to its page. Queued on the
// jobs platform (jobs::kSendMail) in the transaction that writes the account notice, so both are
// sent once or not at all.

#include <string>

#include "features/drafts/drafts.hpp"
#include "platform/db/database.hpp"

namespace kenes::drafts {

struct NoticeMail {
  std::string subject, body;
};

// `link` is the draft's page. The withdrawal names its reason (public on that page).
NoticeMail WithdrawnMail(const Discussion& d, const std::string& language, const std::string& link);
// `detail` "published" when every comment shown has its decision, "pending" otherwise.
NoticeMail ClosedMail(const Discussion& d, const std::string& language, const std::string& link,
                      const std::string& detail);

// Queues the mail to `to` unless the account has no address to mail.
void QueueNoticeMail(db::Tx& tx, const Commenter& to, const NoticeMail& mail, int64_t now_ms);

}  // namespace kenes::drafts
