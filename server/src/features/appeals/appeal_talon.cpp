#include "features/appeals/appeal_talon.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_service.hpp"

namespace kenes::appeals {
namespace {

struct Labels {
  const char* title;
  const char* number;
  const char* registered;
  const char* received;
  const char* type;
  const char* channel;
  const char* addressee;
  const char* applicant;
  const char* anonymous;
  const char* subject;
  const char* due;
  const char* accepted_by;
  const char* electronic;  // in place of the official, for an appeal filed online
  const char* note;
  // The receipt moved to a later registration date: {weekday} {date} {time} {registered}.
  const char* moved;
};

const Labels& LabelsFor(const std::string& language) {
  static const Labels kKk{
      "Өтінішті қабылдау талоны",
      "Талон нөмірі",
      "Тіркелген күні",
      "Келіп түскен күні мен уақыты",
      "Өтініш түрі",
      "Түсу тәсілі",
      "Алушы",
      "Өтініш беруші",
      "анонимді өтініш",
      "Мәні",
      "Жауап беру мерзімі",
      "Өтінішті қабылдаған",
      "интернет-портал арқылы электрондық түрде тіркелді",
      "Талон Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 64-бабына сәйкес "
      "берілді.",
      "Өтініш {weekday}, {date}, сағат {time} келіп түсті, келесі жұмыс күні – {registered} "
      "тіркелді."};
  static const Labels kRu{
      "Талон о приёме обращения",
      "Номер талона",
      "Дата регистрации",
      "Дата и время поступления",
      "Вид обращения",
      "Способ подачи",
      "Адресат",
      "Заявитель",
      "анонимное обращение",
      "Суть обращения",
      "Срок ответа",
      "Обращение принял(а)",
      "зарегистрировано в электронном виде через интернет-портал",
      "Талон выдан в соответствии со статьёй 64 Административного процедурно-процессуального "
      "кодекса Республики Казахстан.",
      "Получено {weekday} {date} в {time}, зарегистрировано в следующий рабочий день "
      "{registered}."};
  static const Labels kEn{
      "Appeal receipt (talon)",
      "Talon number",
      "Registered on",
      "Received on",
      "Type of appeal",
      "Channel",
      "Addressee",
      "Applicant",
      "anonymous appeal",
      "Subject",
      "Answer due by",
      "Accepted by",
      "registered electronically through the web portal",
      "Issued under Article 64 of the Administrative Procedure and Process Code of the Republic "
      "of Kazakhstan.",
      "Received {weekday} {date} at {time}, registered on the next working day, {registered}."};
  if (language == "kk") return kKk;
  if (language == "ru") return kRu;
  return kEn;
}

struct LocalMoment {
  CivilDate date;
  std::string time;  // "10:19"
};

// received_at is stored in UTC ("2026-12-06T05:19:00.000Z"); the talon shows the office clock.
std::optional<LocalMoment> LocalReceipt(const std::string& received_at) {
  auto utc = CivilDate::Parse(received_at.substr(0, 10));
  if (!utc || received_at.size() < 16) return std::nullopt;
  int minutes = std::stoi(received_at.substr(11, 2)) * 60 + std::stoi(received_at.substr(14, 2)) +
                kLocalUtcOffsetMinutes;
  LocalMoment m{utc->AddDays(minutes / (24 * 60)), ""};
  minutes %= 24 * 60;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  m.time = buf;
  return m;
}

std::string Fill(std::string pattern,
                 const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    const std::string slot = "{" + key + "}";
    if (auto at = pattern.find(slot); at != std::string::npos)
      pattern.replace(at, slot.size(), value);
  }
  return pattern;
}

}  // namespace

std::string ShortName(std::string_view full) {
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < full.size()) {
    while (i < full.size() && full[i] == ' ') ++i;
    size_t end = full.find(' ', i);
    if (end == std::string_view::npos) end = full.size();
    if (end == i) break;
    const std::string_view word = full.substr(i, end - i);
    if (first) {
      out = std::string(word);
      first = false;
    } else {
      // The first letter of a name: one UTF-8 sequence, its length told by the lead byte.
      const auto lead = static_cast<unsigned char>(word[0]);
      const size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      out += " " + std::string(word.substr(0, std::min(n, word.size()))) + ".";
    }
    i = end;
  }
  return out;
}

TalonNames TalonNamesFor(const Appeal& a, const directory::MaslikhatView* m,
                         std::string accepted_by) {
  TalonNames names;
  names.accepted_by = std::move(accepted_by);
  if (!m) return names;
  // The directory names things in kk and ru; an English appeal takes the Russian names.
  const bool kk = a.language == "kk";
  auto pick = [kk](const std::string& name_kk, const std::string& name_ru) {
    return kk && !name_kk.empty() ? name_kk : name_ru;
  };
  names.maslikhat = pick(m->maslikhat.name_kk, m->maslikhat.name_ru);
  if (a.addressee == Addressee::kMaslikhat) names.addressee = names.maslikhat;
  for (const auto& d : m->deputies) {
    if (a.addressee == Addressee::kDeputy && a.deputy_id == d.id) {
      names.addressee = pick(d.full_name_kk, d.full_name_ru);
    }
  }
  for (const auto& c : m->commissions) {
    if (a.addressee == Addressee::kCommission && a.commission_id == c.id) {
      names.addressee = pick(c.name_kk, c.name_ru);
    }
  }
  return names;
}

std::vector<docs::PdfLine> TalonLines(const Appeal& a, const TalonNames& names) {
  const Labels& t = LabelsFor(a.language);
  auto label = [](const char* l, const std::string& value) {
    return std::string(l) + ": " + value;
  };
  std::vector<docs::PdfLine> lines = {{t.title, 15, true},
                                      {names.maslikhat, 11, false},
                                      {"", 11, false},
                                      {label(t.number, a.number), 13, true},
                                      {label(t.registered, DottedDate(a.registered_on))}};
  if (auto received = LocalReceipt(a.received_at)) {
    const std::string day = DottedDate(received->date.ToString());
    lines.push_back({label(t.received, day + ", " + received->time)});
    if (received->date.ToString() != a.registered_on) {
      // Received on a day off or after hours: the term runs from the registration date, and the
      // person should see why the two differ.
      lines.push_back({Fill(t.moved, {{"weekday", OnWeekday(received->date.Weekday(), a.language)},
                                      {"date", day},
                                      {"time", received->time},
                                      {"registered", DottedDate(a.registered_on)}}),
                       10, false});
    }
  }
  lines.push_back({label(t.type, TypeWord(a.type, a.language))});
  lines.push_back({label(t.channel, ChannelWord(a.channel, a.language))});
  std::string addressee = names.addressee;
  if (addressee.empty()) {
    addressee = AddresseeWord(a.addressee, a.language);
  } else if (a.addressee == Addressee::kDeputy) {
    addressee = AddresseeWord(Addressee::kDeputy, a.language) + " " + addressee;
  }
  lines.push_back({label(t.addressee, addressee)});
  lines.push_back({label(
      t.applicant, a.anonymous || a.applicant_name.empty() ? t.anonymous : a.applicant_name)});
  lines.push_back({label(t.subject, a.subject)});
  lines.push_back({label(t.due, DottedDate(a.due_on)), 11, true});
  if (!names.accepted_by.empty()) {
    std::string official = ShortName(names.accepted_by);
    if (!names.accepted_as.empty()) official += ", " + PositionWord(names.accepted_as, a.language);
    lines.push_back({label(t.accepted_by, official)});
  } else if (a.channel == Channel::kWeb) {
    lines.push_back({label(t.accepted_by, t.electronic)});
  }
  lines.push_back({"", 11, false});
  lines.push_back({t.note, 9, false});
  return lines;
}

std::string RenderTalon(const Appeal& a, const TalonNames& names) {
  return docs::RenderPdf(LabelsFor(a.language).title, TalonLines(a, names));
}

}  // namespace kenes::appeals
