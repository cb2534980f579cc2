#pragma once
// The mail a registered person gets about an event, in their registration's language (kk, ru, en).

#include <string>

#include "features/events/events.hpp"

namespace kenes::events {

enum class Notice { kRegistered, kReminder, kCancelled, kMoved };

struct MailText {
  std::string subject, body;
};

// `link`: the event's public page. `was`: for a move, the old start as LocalWhen gave it.
MailText NoticeText(Notice notice, const Event& e, const std::string& language,
                    const std::string& link, const std::string& was = "");
// "2026-12-08T18:30" → "08.12.2026 18:30", as people write it here.
std::string LocalWhen(const std::string& local);

}  // namespace kenes::events
