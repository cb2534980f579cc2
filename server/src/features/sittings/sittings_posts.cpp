#include "features/sittings/sittings_posts.hpp"

#include <string_view>

#include "platform/docs/markdown.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::sittings {
namespace {

std::string Clip(const std::string& s, size_t n) { return posts::Fit(s, n); }

// A staff-written line inside Markdown, as written.
std::string Plain(const std::string& s) { return docs::MarkdownLiteral(s); }

// The catalogue's words (server/messages/*.json, ADR 0019). Posts are written in kk and ru.
const std::string& T(std::string_view lang, std::string_view key) { return i18n::Text(lang, key); }

// A staff-written pair: the language's text, or the other one when it is empty.
const std::string& Pick(std::string_view lang, const std::string& kk, const std::string& ru) {
  const bool want_kk = lang == "kk";
  const std::string& first = want_kk ? kk : ru;
  return first.empty() ? (want_kk ? ru : kk) : first;
}

// "Мәслихаттың 15-кезекті сессиясы" / "Очередная сессия маслихата № 15"; for a commission's
// meeting "<commission>: заседание № 3". `results`: the heading of the results.
std::string Heading(std::string_view lang, bool results, const Sitting& s) {
  const std::string n = std::to_string(s.number);
  if (s.commission_id) {
    return i18n::Format(
        lang, results ? "sittings.post.meeting_results_title" : "sittings.post.meeting_title",
        {{"n", n}, {"name", Pick(lang, s.commission_name_kk, s.commission_name_ru)}});
  }
  const bool extra = s.kind == SittingKind::kExtraordinary;
  const std::string key =
      std::string(results ? "sittings.post.results_title." : "sittings.post.title.") +
      (extra ? "extraordinary" : "regular");
  return i18n::Format(lang, key, {{"n", n}});
}

const std::string& StatusWord(std::string_view lang, DecisionStatus status) {
  return T(lang, "sittings.post.status." + std::string(DecisionStatusName(status)));
}

// A sitting's post is tagged in Russian words whatever its language (the tags are data).
std::string Tag(const Sitting& s) {
  return T("ru", s.commission_id ? "sittings.post.tag.commission" : "sittings.post.tag.session");
}

std::string PagePath(const Sitting& s) { return "/sittings/" + std::to_string(s.id); }

posts::PostText AnnouncementText(std::string_view lang, const SittingDetail& d) {
  const Sitting& s = d.sitting;
  posts::PostText t;
  t.lang = std::string(lang);
  t.title = Clip(Heading(lang, false, s) + " — " + LocalDay(s.held_on), posts::kMaxTitleChars);
  t.summary =
      Clip(LocalDay(s.held_on) + ", " + s.starts_at + ". " + s.place, posts::kMaxSummaryChars);
  std::string body;
  body += "**" + T(lang, "sittings.post.when") + ":** " + LocalDay(s.held_on) + ", " + s.starts_at +
          "\n\n";
  body += "**" + T(lang, "sittings.post.where") + ":** " + Plain(s.place) + "\n\n";
  if (s.closed) body += T(lang, "sittings.post.closed") + "\n\n";
  if (!d.agenda.empty()) {
    body += "**" + T(lang, "sittings.post.agenda") + ":**\n\n";
    for (const auto& a : d.agenda) {
      body += std::to_string(a.position) + ". " + Plain(Pick(lang, a.title_kk, a.title_ru));
      if (!a.rapporteur.empty())
        body += " (" + T(lang, "sittings.post.rapporteur") + ": " + Plain(a.rapporteur) + ")";
      body += "\n";
    }
    body += "\n";
  }
  if (!s.broadcast_url.empty())
    body += "[" + T(lang, "sittings.post.broadcast") + "](" + s.broadcast_url + ")\n\n";
  body += "[" + T(lang, "sittings.post.page") + "](" + PagePath(s) + ")\n";
  t.body = Clip(body, posts::kMaxBodyChars);
  return t;
}

posts::PostText ResultsText(std::string_view lang, const SittingDetail& d) {
  const Sitting& s = d.sitting;
  posts::PostText t;
  t.lang = std::string(lang);
  t.title = Clip(Heading(lang, true, s) + " — " + LocalDay(s.held_on), posts::kMaxTitleChars);
  const std::string summary = i18n::Format(
      lang, "sittings.post.present",
      {{"present", std::to_string(d.present)}, {"elected", std::to_string(s.elected_deputies)}});
  t.summary = Clip(summary, posts::kMaxSummaryChars);
  std::string body = summary + "\n\n";
  for (const auto& x : d.decisions) {
    body += "- **№ " + Plain(x.number) + "** «" + Plain(Pick(lang, x.title_kk, x.title_ru)) +
            "» — " + StatusWord(lang, x.status);
    if (x.votes_for + x.votes_against + x.votes_abstained > 0) {
      body += " (" + T(lang, "sittings.post.in_favour") + " " + std::to_string(x.votes_for) + ", " +
              T(lang, "sittings.post.against") + " " + std::to_string(x.votes_against) + ", " +
              T(lang, "sittings.post.abstained") + " " + std::to_string(x.votes_abstained) + ")";
    }
    if (x.act_id) {
      body += "; [" + T(lang, "sittings.post.act") +
              (x.act_number.empty() ? "" : " № " + Plain(x.act_number)) + "](/acts/" +
              std::to_string(*x.act_id) + ")";
    }
    body += "\n";
  }
  if (!s.video_url.empty())
    body += "\n[" + T(lang, "sittings.post.video") + "](" + s.video_url + ")\n";
  body += "\n[" + T(lang, "sittings.post.page") + "](" + PagePath(s) + ")\n";
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
  p.sitting_id = d.sitting.id;
  p.tags = {Tag(d.sitting)};
  p.texts = {AnnouncementText("kk", d), AnnouncementText("ru", d)};
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
  p.sitting_id = d.sitting.id;
  p.tags = {Tag(d.sitting)};
  p.texts = {ResultsText("kk", d), ResultsText("ru", d)};
  return p;
}

}  // namespace kenes::sittings
