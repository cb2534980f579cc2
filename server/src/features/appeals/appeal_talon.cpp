#include "features/appeals/appeal_talon.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_service.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::appeals {
namespace {

// The talon's labels, from the catalogue ("appeals.talon.*").
struct Labels {
  explicit Labels(std::string_view language) : lang(language) {}
  const std::string& operator()(std::string_view label) const {
    return i18n::Text(lang, "appeals.talon." + std::string(label));
  }
  std::string_view lang;
};

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
  const Labels t(a.language);
  auto label = [&t](std::string_view l, const std::string& value) { return t(l) + ": " + value; };
  std::vector<docs::PdfLine> lines = {{t("title"), 15, true},
                                      {names.maslikhat, 11, false},
                                      {"", 11, false},
                                      {label("number", a.number), 13, true},
                                      {label("registered", DottedDate(a.registered_on))}};
  if (auto received = LocalReceipt(a.received_at)) {
    const std::string day = DottedDate(received->date.ToString());
    lines.push_back({label("received", day + ", " + received->time)});
    if (received->date.ToString() != a.registered_on) {
      // Received on a day off or after hours: the term runs from the registration date, and the
      // person should see why the two differ.
      const std::string weekday = OnWeekday(received->date.Weekday(), a.language);
      const std::string registered = DottedDate(a.registered_on);
      lines.push_back({i18n::Format(a.language, "appeals.talon.moved",
                                    {{"weekday", weekday},
                                     {"date", day},
                                     {"time", received->time},
                                     {"registered", registered}}),
                       10, false});
    }
  }
  lines.push_back({label("type", TypeWord(a.type, a.language))});
  lines.push_back({label("channel", ChannelWord(a.channel, a.language))});
  std::string addressee = names.addressee;
  if (addressee.empty()) {
    addressee = AddresseeWord(a.addressee, a.language);
  } else if (a.addressee == Addressee::kDeputy) {
    addressee = AddresseeWord(Addressee::kDeputy, a.language) + " " + addressee;
  }
  lines.push_back({label("addressee", addressee)});
  lines.push_back({label(
      "applicant", a.anonymous || a.applicant_name.empty() ? t("anonymous") : a.applicant_name)});
  lines.push_back({label("subject", a.subject)});
  lines.push_back({label("due", DottedDate(a.due_on)), 11, true});
  if (!names.accepted_by.empty()) {
    std::string official = ShortName(names.accepted_by);
    if (!names.accepted_as.empty()) official += ", " + PositionWord(names.accepted_as, a.language);
    lines.push_back({label("accepted_by", official)});
  } else if (a.channel == Channel::kWeb) {
    lines.push_back({label("accepted_by", t("electronic"))});
  }
  lines.push_back({"", 11, false});
  lines.push_back({t("note"), 9, false});
  return lines;
}

std::string RenderTalon(const Appeal& a, const TalonNames& names) {
  return docs::RenderPdf(i18n::Text(a.language, "appeals.talon.title"), TalonLines(a, names));
}

}  // namespace kenes::appeals
