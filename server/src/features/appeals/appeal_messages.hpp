#pragma once
// Texts of appeal notifications and documents in kk, ru and en, from the message catalogues
// (platform/i18n, server/messages/*.json).

#include <string>
#include <string_view>

#include "features/appeals/appeal.hpp"

namespace kenes::appeals {

struct Notice {
  std::string subject;
  std::string body;
};

// event: registered, forward, extend, answer. forward_to: the body a forwarded appeal went to,
// named in the forwarding notice (APPK Art. 65).
Notice NoticeFor(const Appeal& appeal, const std::string& event,
                 const std::string& forward_to = "");

// The applicant's notice of an extension: the new and the old date, the reason, and who decided
// (position and name) on which day, in the appeal's language, dates as 30.12.2026.
Notice ExtensionNotice(const Appeal& appeal, const Extension& extension);
// The applicant's notice that a part of the appeal went to another body: which body, which part
// and why, and that the rest stays with the maslikhat with its answer date, in the appeal's
// language.
Notice PartForwardNotice(const Appeal& appeal, const PartForwarding& part);
// The applicant's notice that the appeal is left without consideration: the legal ground in
// words (Appeal::leave_ground) and staff's explanation, in the appeal's language.
Notice LeaveNotice(const Appeal& appeal, const std::string& explanation);
// no_essence -> «обращение не содержит сути вопроса» (LeaveGroundName codes).
std::string LeaveGroundWord(std::string_view ground, std::string_view language);

// A staff reminder (kind: due_soon, overdue, forward_due_soon, forward_overdue) in Kazakh and
// Russian, both: staff read either; the date as 30.12.2026.
Notice ReminderNotice(const std::string& number, std::string_view kind, const std::string& due_on);

// chair -> «председатель маслихата», deputy_chair, head_of_apparatus (Extension::decided_as);
// staff and deputy too (the talon's official).
std::string PositionWord(std::string_view role, std::string_view language);

// Words for the codes an appeal carries, as documents print them (lower case, to follow a label:
// «Вид обращения: жалоба»). language is kk, ru or en (anything else reads as ru, platform/i18n).
std::string TypeWord(AppealType type, std::string_view language);
std::string ChannelWord(Channel channel, std::string_view language);
std::string StatusWord(AppealStatus status, std::string_view language);
std::string OutcomeWord(Outcome outcome, std::string_view language);
// deputy -> «депутат», commission -> «комиссия маслихата», maslikhat -> «маслихат».
std::string AddresseeWord(Addressee addressee, std::string_view language);
// 1 = Monday … 7 = Sunday, as the day of a date is named after a preposition: «в воскресенье»,
// «жексенбі», «on Sunday».
std::string OnWeekday(int iso_weekday, std::string_view language);
// "2026-12-07" -> "07.12.2026" (the date people write in Kazakhstan); anything else unchanged.
std::string DottedDate(std::string_view iso_date);

}  // namespace kenes::appeals
