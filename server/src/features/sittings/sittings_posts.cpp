#include "features/sittings/sittings_posts.hpp"

#include <string_view>

#include "platform/text/utf8.hpp"

namespace kenes::sittings {
namespace {

// At most `n` characters (code points), cut with an ellipsis.
std::string Clip(const std::string& s, size_t n) {
  if (text::CodePoints(s) <= n) return s;
  std::u32string cps = text::DecodeUtf8(s);
  cps.resize(n - 1);
  return text::EncodeUtf8(cps) + "…";
}

// A staff-written line inside Markdown: no line breaks, and the characters that would start
// markup escaped.
std::string Plain(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

struct Words {
  const char* lang;
  const char* title;          // the sitting, {n} and {kind} replaced
  const char* results_title;  // the same, for the results
  const char* meeting_title;  // a commission's meeting, {name} and {n} replaced
  const char* meeting_results_title;
  const char* kinds[2];          // regular, extraordinary
  const char* kinds_capital[2];  // the same at the start of a sentence
  const char* closed;            // a closed sitting's line
  const char* when;              // "Дата и время"
  const char* where;             // "Место"
  const char* agenda;            // "Повестка дня"
  const char* rapporteur;        // "докладчик"
  const char* broadcast;         // "Трансляция"
  const char* video;             // "Видеозапись"
  const char* page;              // "Страница сессии"
  const char* present;  // "Присутствовали: {present} из {elected} избранных депутатов."
  const char* in_favour;
  const char* against;
  const char* abstained;
  const char* act;
  const char* statuses[4];  // draft, adopted, rejected, withdrawn
};

constexpr Words kKk{"kk",
                    "Мәслихаттың {n}-{kind} сессиясы",
                    "Мәслихаттың {n}-{kind} сессиясының қорытындылары",
                    "{name}: {n}-отырыс",
                    "{name}: {n}-отырыстың қорытындылары",
                    {"кезекті", "кезектен тыс"},
                    {"Кезекті", "Кезектен тыс"},
                    "Жабық сессия.",
                    "Күні мен уақыты",
                    "Өтетін орны",
                    "Күн тәртібі",
                    "баяндамашы",
                    "Тікелей эфир",
                    "Бейнежазба",
                    "Сессия беті",
                    "Сайланған {elected} депутаттың {present} депутаты қатысты.",
                    "жақтап",
                    "қарсы",
                    "қалыс қалды",
                    "акт",
                    {"жоба", "қабылданды", "қабылданбады", "қараудан алынды"}};
constexpr Words kRu{"ru",
                    "{Kind} сессия маслихата № {n}",
                    "Итоги: {kind} сессия маслихата № {n}",
                    "{name}: заседание № {n}",
                    "{name}: итоги заседания № {n}",
                    {"очередная", "внеочередная"},
                    {"Очередная", "Внеочередная"},
                    "Закрытая сессия.",
                    "Дата и время",
                    "Место",
                    "Повестка дня",
                    "докладчик",
                    "Трансляция",
                    "Видеозапись",
                    "Страница сессии",
                    "Присутствовали: {present} из {elected} избранных депутатов.",
                    "за",
                    "против",
                    "воздержались",
                    "акт",
                    {"проект", "принято", "отклонено", "снято с рассмотрения"}};

std::string Replace(std::string s, std::string_view key, const std::string& value) {
  for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
    s.replace(at, key.size(), value);
  return s;
}

const std::string& Pick(const Words& w, const std::string& kk, const std::string& ru) {
  const bool want_kk = std::string_view(w.lang) == "kk";
  const std::string& first = want_kk ? kk : ru;
  return first.empty() ? (want_kk ? ru : kk) : first;
}

// "Мәслихаттың 15-кезекті сессиясы" / "Очередная сессия маслихата № 15"; for a commission's
// meeting `meeting` with the commission's name.
std::string Heading(const char* pattern, const char* meeting, const Words& w, const Sitting& s) {
  if (s.commission_id) {
    return Replace(Replace(meeting, "{n}", std::to_string(s.number)), "{name}",
                   Pick(w, s.commission_name_kk, s.commission_name_ru));
  }
  const int k = s.kind == SittingKind::kExtraordinary ? 1 : 0;
  return Replace(Replace(Replace(pattern, "{n}", std::to_string(s.number)), "{kind}", w.kinds[k]),
                 "{Kind}", w.kinds_capital[k]);
}

std::string PagePath(const Sitting& s) { return "/sittings/" + std::to_string(s.id); }

posts::PostText AnnouncementText(const Words& w, const SittingDetail& d) {
  const Sitting& s = d.sitting;
  posts::PostText t;
  t.lang = w.lang;
  t.title = Clip(Heading(w.title, w.meeting_title, w, s) + " — " + LocalDay(s.held_on),
                 posts::kMaxTitleChars);
  t.summary =
      Clip(LocalDay(s.held_on) + ", " + s.starts_at + ". " + s.place, posts::kMaxSummaryChars);
  std::string body;
  body += std::string("**") + w.when + ":** " + LocalDay(s.held_on) + ", " + s.starts_at + "\n\n";
  body += std::string("**") + w.where + ":** " + Plain(s.place) + "\n\n";
  if (s.closed) body += std::string(w.closed) + "\n\n";
  if (!d.agenda.empty()) {
    body += std::string("**") + w.agenda + ":**\n\n";
    for (const auto& a : d.agenda) {
      body += std::to_string(a.position) + ". " + Plain(Pick(w, a.title_kk, a.title_ru));
      if (!a.rapporteur.empty())
        body += " (" + std::string(w.rapporteur) + ": " + Plain(a.rapporteur) + ")";
      body += "\n";
    }
    body += "\n";
  }
  if (!s.broadcast_url.empty())
    body += std::string("[") + w.broadcast + "](" + s.broadcast_url + ")\n\n";
  body += std::string("[") + w.page + "](" + PagePath(s) + ")\n";
  t.body = Clip(body, posts::kMaxBodyChars);
  return t;
}

posts::PostText ResultsText(const Words& w, const SittingDetail& d) {
  const Sitting& s = d.sitting;
  posts::PostText t;
  t.lang = w.lang;
  t.title =
      Clip(Heading(w.results_title, w.meeting_results_title, w, s) + " — " + LocalDay(s.held_on),
           posts::kMaxTitleChars);
  const std::string summary = Replace(Replace(w.present, "{present}", std::to_string(d.present)),
                                      "{elected}", std::to_string(s.elected_deputies));
  t.summary = Clip(summary, posts::kMaxSummaryChars);
  std::string body = summary + "\n\n";
  for (const auto& x : d.decisions) {
    body += "- **№ " + Plain(x.number) + "** «" + Plain(Pick(w, x.title_kk, x.title_ru)) + "» — " +
            w.statuses[static_cast<int>(x.status)];
    if (x.votes_for + x.votes_against + x.votes_abstained > 0) {
      body += " (" + std::string(w.in_favour) + " " + std::to_string(x.votes_for) + ", " +
              w.against + " " + std::to_string(x.votes_against) + ", " + w.abstained + " " +
              std::to_string(x.votes_abstained) + ")";
    }
    if (x.act_id) {
      body += "; [" + std::string(w.act) +
              (x.act_number.empty() ? "" : " № " + Plain(x.act_number)) + "](/acts/" +
              std::to_string(*x.act_id) + ")";
    }
    body += "\n";
  }
  if (!s.video_url.empty()) body += std::string("\n[") + w.video + "](" + s.video_url + ")\n";
  body += std::string("\n[") + w.page + "](" + PagePath(s) + ")\n";
  t.body = Clip(body, posts::kMaxBodyChars);
  return t;
}

}  // namespace

std::string LocalDay(const std::string& iso_day) {
  if (iso_day.size() != 10) return iso_day;
  return iso_day.substr(8, 2) + "." + iso_day.substr(5, 2) + "." + iso_day.substr(0, 4);
}

posts::PostDraft AnnouncementPost(const SittingDetail& d) {
  posts::PostDraft p;
  p.kind = posts::PostKind::kAnnouncement;
  p.commission_id = d.sitting.commission_id;
  p.tags = {d.sitting.commission_id ? "комиссия" : "сессия"};
  p.texts = {AnnouncementText(kKk, d), AnnouncementText(kRu, d)};
  return p;
}

bool HasResults(const SittingDetail& d) {
  for (const auto& x : d.decisions) {
    if (x.status == DecisionStatus::kAdopted || x.status == DecisionStatus::kRejected) return true;
  }
  return false;
}

posts::PostDraft ResultsPost(const SittingDetail& d) {
  posts::PostDraft p;
  p.kind = posts::PostKind::kSessionResult;
  p.commission_id = d.sitting.commission_id;
  p.tags = {d.sitting.commission_id ? "комиссия" : "сессия"};
  p.texts = {ResultsText(kKk, d), ResultsText(kRu, d)};
  return p;
}

}  // namespace kenes::sittings
