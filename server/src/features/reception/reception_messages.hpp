#pragma once
// The mail a person gets about their booking, in the booking's language (kk, ru, en).

#include <string>

#include "features/reception/reception.hpp"

namespace kenes::reception {

enum class Notice {
  kBooked,
  kWaitlisted,
  kPromoted,
  kCancelledByHost,
  kSessionCancelled,
  kReminder  // the day before
};

struct MailText {
  std::string subject, body;
};

// `host`: who receives, in the booking's language.
MailText NoticeText(Notice notice, const Booking& b, const Session& s, const std::string& host);

// "Отменить запись: <link>" in the booking's language, for the end of a mail.
std::string CancelLinkLine(const std::string& language, const std::string& link);
// What is stored of a cancel link's token.
std::string CancelLinkHash(const std::string& token);

}  // namespace kenes::reception
