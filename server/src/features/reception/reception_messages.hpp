#pragma once
// The mail a person gets about their booking, in the booking's language (kk, ru, en).

#include <string>

#include "features/reception/reception.hpp"

namespace kenes::reception {

enum class Notice { kBooked, kWaitlisted, kPromoted, kCancelledByHost, kSessionCancelled };

struct MailText {
  std::string subject, body;
};

// `host`: who receives, in the booking's language.
MailText NoticeText(Notice notice, const Booking& b, const Session& s, const std::string& host);

}  // namespace kenes::reception
