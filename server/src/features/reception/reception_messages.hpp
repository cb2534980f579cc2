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
  kReminder,  // the day before
  kSessionMoved
};

struct MailText {
  std::string subject, body;
};

// `host`: who receives, in the booking's language. `was`: for a move, the old day and time as
// LocalWhen gave them.
MailText NoticeText(Notice notice, const Booking& b, const Session& s, const std::string& host,
                    const std::string& was = "");
// "08.12.2026 10:20": the booking's slot (or the session's start) as people write it.
std::string LocalWhen(const Booking& b, const Session& s);

// "Отменить запись: <link>" in the booking's language, for the end of a mail.
std::string CancelLinkLine(const std::string& language, const std::string& link);
// What is stored of a cancel link's token.
std::string CancelLinkHash(const std::string& token);

}  // namespace kenes::reception
