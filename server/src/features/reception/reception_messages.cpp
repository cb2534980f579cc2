#include "features/reception/reception_messages.hpp"

#include "platform/crypto/crypto.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::reception {
namespace {

// The notice's key in the catalogue: "reception.notice.<name>.subject" and ".lead".
std::string_view NoticeName(Notice notice) {
  switch (notice) {
    case Notice::kBooked:
      return "booked";
    case Notice::kWaitlisted:
      return "waitlisted";
    case Notice::kPromoted:
      return "promoted";
    case Notice::kCancelledByHost:
      return "cancelled_by_host";
    case Notice::kSessionCancelled:
      return "session_cancelled";
    case Notice::kReminder:
      return "reminder";
    case Notice::kSessionMoved:
      return "session_moved";
  }
  return "booked";
}

const std::string& Label(const std::string& language, std::string_view label) {
  return i18n::Text(language, "reception.label." + std::string(label));
}

// 2026-12-08 → 08.12.2026, as people write dates here.
std::string LocalDay(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

}  // namespace

std::string LocalWhen(const Booking& b, const Session& s) {
  return LocalDay(s.day) + " " + b.slot.value_or(s.starts_at);
}

MailText NoticeText(Notice notice, const Booking& b, const Session& s, const std::string& host,
                    const std::string& was) {
  const std::string& lang = b.language;
  const std::string key = "reception.notice." + std::string(NoticeName(notice));
  std::string body = i18n::Text(lang, key + ".lead") + "\n\n";
  body += Label(lang, "host") + ": " + host + "\n";
  if (!was.empty()) body += Label(lang, "was") + ": " + was + "\n";
  body += Label(lang, "when") + ": " + LocalWhen(b, s) + "\n";
  const std::string where = s.place_kind == PlaceKind::kOnline
                                ? s.video_url
                                : s.place + (s.address.empty() ? "" : ", " + s.address);
  body += Label(lang, "where") + ": " + where + "\n";
  if (notice == Notice::kSessionCancelled && !s.cancel_reason.empty()) {
    body += Label(lang, "reason") + ": " + s.cancel_reason + "\n";
  }
  return {i18n::Text(lang, key + ".subject"), body};
}

std::string CancelLinkLine(const std::string& language, const std::string& link) {
  return Label(language, "cancel") + ": " + link + "\n";
}

std::string CancelLinkHash(const std::string& token) {
  return crypto::Sha256Hex("reception-cancel:" + token);
}

}  // namespace kenes::reception
