#include "features/drafts/drafts_posts.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/drafts/drafts_summary.hpp"
#include "platform/docs/markdown.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::drafts {
namespace {

posts::PostText AnnouncementText(const char* lang, const Discussion& d) {
  const std::string& title = std::string_view(lang) == "kk" ? d.title_kk : d.title_ru;
  const std::string from = LocalDate(d.opens_on);
  const std::string to = LocalDate(d.closes_on);
  const std::string days = std::to_string(d.working_days);
  posts::PostText t;
  t.lang = lang;
  t.title = posts::Fit(i18n::Format(lang, "drafts.post.title", {{"title", title}}),
                       posts::kMaxTitleChars);
  t.summary = posts::Fit(
      i18n::Format(lang, "drafts.post.summary", {{"from", from}, {"to", to}, {"days", days}}),
      posts::kMaxSummaryChars);
  const std::string body =
      i18n::Format(
          lang, "drafts.post.body",
          {{"title", docs::MarkdownLiteral(title)}, {"from", from}, {"to", to}, {"days", days}}) +
      "\n\n[" + i18n::Text(lang, "drafts.post.link") + "](/drafts/" + std::to_string(d.id) + ")\n";
  t.body = posts::Fit(body, posts::kMaxBodyChars);
  return t;
}

}  // namespace

posts::PostDraft AnnouncementPost(const Discussion& d) {
  posts::PostDraft p;
  p.kind = posts::PostKind::kAnnouncement;
  p.texts = {AnnouncementText("kk", d), AnnouncementText("ru", d)};
  return p;
}

int64_t OpeningMs(const std::string& opens_on) {
  const auto day = calendar::CivilDate::Parse(opens_on);
  if (!day) return 0;
  return day->DaysSinceEpoch() * 86'400'000 - int64_t{calendar::kLocalUtcOffsetMinutes} * 60'000;
}

}  // namespace kenes::drafts
