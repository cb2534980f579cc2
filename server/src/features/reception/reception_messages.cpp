#include "features/reception/reception_messages.hpp"

#include "platform/crypto/crypto.hpp"

namespace kenes::reception {
namespace {

struct Words {
  const char* subject;
  const char* lead;
};

// kk, ru, en for each notice.
const Words kWords[][3] = {
    {{"Жеке қабылдауға жазылдыңыз", "Сіз жеке қабылдауға жазылдыңыз."},
     {"Вы записаны на личный приём", "Вы записаны на личный приём."},
     {"You are booked for a personal reception", "You are booked for a personal reception."}},
    {{"Сіз күту тізіміндесіз", "Бос орын жоқ: сіз күту тізіміндесіз. Орын босаса, хабарлаймыз."},
     {"Вы в листе ожидания",
      "Свободных мест нет: вы в листе ожидания. Если место освободится, мы сообщим."},
     {"You are on the waitlist",
      "No place is free: you are on the waitlist. We will tell you if one frees up."}},
    {{"Орын босады: сіз жазылдыңыз", "Орын босады, сіз жеке қабылдауға жазылдыңыз."},
     {"Место освободилось: вы записаны", "Место освободилось, и вы записаны на личный приём."},
     {"A place freed up: you are booked", "A place freed up and you are now booked."}},
    {{"Жазылуыңыз жойылды", "Қабылдауға жазылуыңызды қызметкер жойды."},
     {"Ваша запись отменена", "Ваша запись на приём отменена сотрудником."},
     {"Your booking was cancelled", "Your booking was cancelled by staff."}},
    {{"Қабылдау өтпейді", "Қабылдау тоқтатылды."},
     {"Приём отменён", "Приём отменён."},
     {"The reception is cancelled", "The reception is cancelled."}},
    {{"Ертең жеке қабылдау", "Еске саламыз: ертең сіз жеке қабылдауға жазылғансыз."},
     {"Завтра личный приём", "Напоминаем: завтра вы записаны на личный приём."},
     {"Your personal reception is tomorrow",
      "A reminder: you are booked for a personal reception tomorrow."}},
    {{"Қабылдау ауыстырылды", "Жеке қабылдау басқа уақытқа ауыстырылды. Жазылуыңыз сақталады."},
     {"Приём перенесён", "Личный приём перенесён на другое время. Ваша запись сохраняется."},
     {"The reception has moved",
      "The personal reception has moved to another time. Your booking stands."}},
};

int LanguageIndex(const std::string& lang) { return lang == "kk" ? 0 : lang == "en" ? 2 : 1; }

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
  const int lang = LanguageIndex(b.language);
  const Words& w = kWords[static_cast<int>(notice)][lang];
  static const char* const kWho[] = {"Қабылдайды", "Принимает", "Host"};
  static const char* const kWhen[] = {"Күні мен уақыты", "Дата и время", "Date and time"};
  static const char* const kWhere[] = {"Орны", "Место", "Place"};
  static const char* const kReason[] = {"Себебі", "Причина", "Reason"};
  static const char* const kWas[] = {"Бұрынғы уақыты", "Было", "Previously"};
  std::string body = std::string(w.lead) + "\n\n";
  body += std::string(kWho[lang]) + ": " + host + "\n";
  if (!was.empty()) body += std::string(kWas[lang]) + ": " + was + "\n";
  body += std::string(kWhen[lang]) + ": " + LocalWhen(b, s) + "\n";
  const std::string where = s.place_kind == PlaceKind::kOnline
                                ? s.video_url
                                : s.place + (s.address.empty() ? "" : ", " + s.address);
  body += std::string(kWhere[lang]) + ": " + where + "\n";
  if (notice == Notice::kSessionCancelled && !s.cancel_reason.empty()) {
    body += std::string(kReason[lang]) + ": " + s.cancel_reason + "\n";
  }
  return {w.subject, body};
}

std::string CancelLinkLine(const std::string& language, const std::string& link) {
  static const char* const kCancel[] = {"Жазылудан бас тарту", "Отменить запись",
                                        "Cancel the booking"};
  return std::string(kCancel[LanguageIndex(language)]) + ": " + link + "\n";
}

std::string CancelLinkHash(const std::string& token) {
  return crypto::Sha256Hex("reception-cancel:" + token);
}

}  // namespace kenes::reception
