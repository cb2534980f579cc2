#include "features/appeals/appeal_messages.hpp"

#include "platform/i18n/i18n.hpp"

namespace kenes::appeals {
namespace {

// The appeal's catalogue texts (platform/i18n, server/messages/*.json).
const std::string& T(std::string_view language, std::string_view key) {
  return i18n::Text(language, key);
}

std::string Subject(const Appeal& a) {
  return i18n::Format(a.language, "appeals.notice.subject", {{"number", a.number}});
}

std::string NumberLine(const Appeal& a) {
  return T(a.language, "appeals.notice.talon_number") + ": " + a.number + "\n";
}

// The words for a code: "appeals.type." + "complaint" -> «жалоба»; an unknown code stays a code.
std::string Pick(std::string_view prefix, std::string_view code, std::string_view language) {
  std::string key = std::string(prefix) + std::string(code);
  if (!i18n::Has(key)) return std::string(code);
  return T(language, key);
}

}  // namespace

Notice NoticeFor(const Appeal& a, const std::string& event, const std::string& forward_to) {
  const std::string& lang = a.language;
  if (event == "feedback_ask") {
    return Notice{Subject(a) + ": " + T(lang, "appeals.notice.feedback_subject"),
                  T(lang, "appeals.notice.feedback_body") + "\n\n" + NumberLine(a)};
  }
  const std::string& line = event == "registered" ? T(lang, "appeals.notice.registered")
                            : event == "forward"  ? T(lang, "appeals.notice.forward")
                            : event == "extend"   ? T(lang, "appeals.notice.extend")
                                                  : T(lang, "appeals.notice.answer");
  std::string body = line + "\n\n" + NumberLine(a);
  if (event == "forward" && !forward_to.empty()) {
    body += T(lang, "appeals.notice.forwarded_to") + ": " + forward_to + "\n";
  }
  if (event != "answer" && event != "forward") {
    body += T(lang, "appeals.notice.due") + ": " + DottedDate(a.due_on) + "\n";
  }
  if (event == "answer" && a.answer_text) body += "\n" + *a.answer_text + "\n";
  return Notice{Subject(a), body};
}

Notice PartForwardNotice(const Appeal& a, const PartForwarding& p) {
  const std::string& lang = a.language;
  std::string body = T(lang, "appeals.notice.part_forwarded.line") + "\n\n" + NumberLine(a) +
                     T(lang, "appeals.notice.part_forwarded.to") + ": " + p.forward_to + "\n" +
                     T(lang, "appeals.notice.part_forwarded.part") + ": " + p.part + "\n" +
                     T(lang, "appeals.notice.part_forwarded.reason") + ": " + p.reason + "\n" +
                     T(lang, "appeals.notice.part_forwarded.rest") + ": " + DottedDate(a.due_on) +
                     "\n";
  return Notice{Subject(a) + ": " + T(lang, "appeals.notice.part_forwarded.subject"), body};
}

Notice ExtensionNotice(const Appeal& a, const Extension& e) {
  const std::string& lang = a.language;
  std::string body = T(lang, "appeals.notice.extend") + "\n\n" + NumberLine(a) +
                     T(lang, "appeals.extension.new_due") + ": " + DottedDate(e.new_due_on) + "\n" +
                     T(lang, "appeals.extension.old_due") + ": " + DottedDate(e.previous_due_on) +
                     "\n" + T(lang, "appeals.extension.reason") + ": " + e.reason + "\n" +
                     T(lang, "appeals.extension.decided") + ": " +
                     PositionWord(e.decided_as, lang) + " " + e.decided_by_name + ", " +
                     DottedDate(e.decided_on) + "\n";
  return Notice{Subject(a) + ": " + T(lang, "appeals.extension.subject"), body};
}

Notice ReminderNotice(const std::string& number, std::string_view kind, const std::string& due_on) {
  const bool overdue = kind == "overdue" || kind == "forward_overdue";
  const bool forward = kind == "forward_due_soon" || kind == "forward_overdue";
  // Staff read either language, so a reminder carries both: "kk / ru".
  auto both = [](std::string_view key) { return T("kk", key) + " / " + T("ru", key); };
  const std::string subject =
      "Kenes: " + both(overdue ? "appeals.reminder.overdue" : "appeals.reminder.due_soon") + ": " +
      number;
  const std::string term =
      both(forward ? "appeals.reminder.forward_term" : "appeals.reminder.answer_term");
  return Notice{subject, both("appeals.reminder.appeal") + " " + number + "\n" + term + ": " +
                             DottedDate(due_on) + "\n"};
}

Notice LeaveNotice(const Appeal& a, const std::string& explanation) {
  const std::string& lang = a.language;
  std::string body = T(lang, "appeals.leave.line") + "\n\n" + NumberLine(a) +
                     T(lang, "appeals.leave.ground") + ": " +
                     LeaveGroundWord(a.leave_ground, lang) + "\n";
  if (!explanation.empty()) {
    body += T(lang, "appeals.leave.explanation") + ": " + explanation + "\n";
  }
  return Notice{Subject(a) + ": " + T(lang, "appeals.leave.subject"), body};
}

std::string TypeWord(AppealType type, std::string_view language) {
  return Pick("appeals.type.", TypeName(type), language);
}
std::string ChannelWord(Channel channel, std::string_view language) {
  return Pick("appeals.channel.", ChannelName(channel), language);
}
std::string StatusWord(AppealStatus status, std::string_view language) {
  return Pick("appeals.status.", StatusName(status), language);
}
std::string OutcomeWord(Outcome outcome, std::string_view language) {
  return Pick("appeals.outcome.", OutcomeName(outcome), language);
}
std::string AddresseeWord(Addressee addressee, std::string_view language) {
  return Pick("appeals.addressee.", AddresseeName(addressee), language);
}
std::string PositionWord(std::string_view role, std::string_view language) {
  return Pick("appeals.position.", role, language);
}
std::string LeaveGroundWord(std::string_view ground, std::string_view language) {
  return Pick("appeals.leave_ground.", ground, language);
}
std::string OnWeekday(int iso_weekday, std::string_view language) {
  return Pick("common.on_weekday.", std::to_string(iso_weekday), language);
}

std::string DottedDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  std::string out;
  out.append(iso.substr(8, 2))
      .append(".")
      .append(iso.substr(5, 2))
      .append(".")
      .append(iso.substr(0, 4));
  return out;
}

}  // namespace kenes::appeals
