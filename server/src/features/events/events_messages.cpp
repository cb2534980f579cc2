#include "features/events/events_messages.hpp"

#include "platform/i18n/i18n.hpp"

namespace kenes::events {
namespace {

// The notice's key in the catalogue: "events.notice.<name>.subject" and ".lead".
std::string_view NoticeName(Notice notice) {
  switch (notice) {
    case Notice::kRegistered:
      return "registered";
    case Notice::kReminder:
      return "reminder";
    case Notice::kCancelled:
      return "cancelled";
    case Notice::kMoved:
      return "moved";
  }
  return "registered";
}

}  // namespace

std::string LocalWhen(const std::string& local) {
  if (local.size() != 16) return local;
  return local.substr(8, 2) + "." + local.substr(5, 2) + "." + local.substr(0, 4) + " " +
         local.substr(11, 5);
}

MailText NoticeText(Notice notice, const Event& e, const std::string& language,
                    const std::string& link, const std::string& was) {
  auto l = [&language](std::string_view label) -> const std::string& {
    return i18n::Text(language, "events.label." + std::string(label));
  };
  const std::string key = "events.notice." + std::string(NoticeName(notice));
  const EventText& t = e.draft.texts.at(ServedLanguage(e.draft, language));
  MailText m;
  m.subject = i18n::Text(language, key + ".subject") + ": " + t.title;
  m.body = i18n::Text(language, key + ".lead") + "\n\n" + t.title + "\n";
  m.body += l("when") + ": " + LocalWhen(e.draft.starts_at) + "\n";
  if (notice == Notice::kMoved && !was.empty()) m.body += l("was") + ": " + was + "\n";
  if (!e.draft.place.empty()) m.body += l("where") + ": " + e.draft.place + "\n";
  if (!e.draft.online_url.empty()) m.body += l("online") + ": " + e.draft.online_url + "\n";
  if (notice == Notice::kCancelled && !e.cancel_reason.empty()) {
    m.body += l("reason") + ": " + e.cancel_reason + "\n";
  }
  m.body += l("page") + ": " + link + "\n";
  return m;
}

}  // namespace kenes::events
