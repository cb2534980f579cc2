#include "features/drafts/drafts_notices.hpp"

#include "features/drafts/drafts_summary.hpp"
#include "platform/i18n/i18n.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::drafts {
namespace {

const std::string& Word(const std::string& language, const std::string& key) {
  return i18n::Text(language, "drafts.mail." + key);
}

// The title in the reader's language; an English reader gets the Russian one (there is no
// English title of a draft).
const std::string& TitleFor(const Discussion& d, const std::string& language) {
  return i18n::Language(language) == "kk" ? d.title_kk : d.title_ru;
}

std::string Footer(const Discussion& d, const std::string& language, const std::string& link) {
  return Word(language, "period") + ": " + LocalDate(d.opens_on) + " – " + LocalDate(d.closes_on) +
         "\n" + Word(language, "page") + ": " + link + "\n";
}

}  // namespace

NoticeMail WithdrawnMail(const Discussion& d, const std::string& language,
                         const std::string& link) {
  const std::string& title = TitleFor(d, language);
  NoticeMail m;
  m.subject = Word(language, "withdrawn.subject") + ": " + title;
  m.body = Word(language, "withdrawn.lead") + "\n\n" + title + "\n";
  m.body += Word(language, "reason") + ": " + d.withdrawn_reason + "\n";
  m.body += Footer(d, language, link);
  return m;
}

NoticeMail ClosedMail(const Discussion& d, const std::string& language, const std::string& link,
                      const std::string& detail) {
  const std::string& title = TitleFor(d, language);
  NoticeMail m;
  m.subject = Word(language, "closed.subject") + ": " + title;
  m.body = Word(language, detail == "published" ? "closed.published" : "closed.pending") + "\n\n" +
           title + "\n" + Footer(d, language, link);
  return m;
}

void QueueNoticeMail(db::Tx& tx, const Commenter& to, const NoticeMail& mail, int64_t now_ms) {
  if (to.email.empty()) return;
  jobs::Enqueue(tx, jobs::kSendMail,
                {{"to", to.email}, {"subject", mail.subject}, {"body", mail.body}}, now_ms);
}

}  // namespace kenes::drafts
