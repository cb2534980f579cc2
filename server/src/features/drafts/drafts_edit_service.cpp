// The changes to a discussion after it opens: the staff's corrections and extension of the period,
// its withdrawal, and the closing notice the jobs platform runs when the period ends. Kept apart
// from drafts_service.cpp, which opens discussions and takes comments.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "features/calendar/calendar_service.hpp"
#include "features/drafts/drafts_notices.hpp"
#include "features/drafts/drafts_policy.hpp"
#include "features/drafts/drafts_service.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::drafts {
namespace {

Error Conflict(const char* field, std::string_view reason) {
  Error e = Error::Of(ErrorCode::kConflict, "discussion cannot change");
  e.fields.emplace(field, std::string(reason));
  return e;
}

// Only an upcoming or open discussion changes; a closed one is the record of what was discussed.
std::optional<Error> RefuseUnlessChangeable(const Discussion& d, const std::string& today) {
  const State state = StateOf(d, today);
  if (state == State::kClosed || state == State::kWithdrawn)
    return Conflict("discussion", StateName(state));
  return std::nullopt;
}

}  // namespace

std::string DraftsService::PageOf(int64_t id) const {
  return public_url_ + "/drafts/" + std::to_string(id);
}

Result<DiscussionView> DraftsService::Edit(const Actor& actor, int64_t id, const EditInput& in) {
  const int64_t now = clock_.NowMs();
  bool announce_again = false;
  auto edited = db_.Write([&](db::Tx& tx) -> Result<DiscussionView> {
    auto d = repo_.Find(tx, id);
    if (!d) return Error::NotFound();
    if (!DraftsPolicy::MayKeep(actor, d->maslikhat_id)) return Error::Denied();
    if (auto refused = RefuseUnlessChangeable(*d, Today())) return *refused;
    nlohmann::json changed = nlohmann::json::array();
    if (in.title_kk && *in.title_kk != d->title_kk) {
      d->title_kk = *in.title_kk;
      changed.push_back("title_kk");
    }
    if (in.title_ru && *in.title_ru != d->title_ru) {
      d->title_ru = *in.title_ru;
      changed.push_back("title_ru");
    }
    const std::string closed_on = d->closes_on;
    if (in.working_days && *in.working_days != d->working_days) {
      // Only longer: people planned their comments by the closing day announced.
      if (*in.working_days < d->working_days) return Error::Invalid("working_days", "shortened");
      const auto opens = calendar::CivilDate::Parse(d->opens_on);
      if (!opens) return Error::Invalid("working_days", "invalid");
      const auto cal = calendar::CalendarService::Around(tx, *opens);
      d->working_days = *in.working_days;
      d->closes_on = cal.AddWorkingDays(*opens, d->working_days).ToString();
      changed.push_back("working_days");
    }
    // Every fix is checked before anything is written: a refusal changes nothing.
    std::vector<Paragraph> fixed;
    nlohmann::json numbers = nlohmann::json::array();
    if (!in.paragraphs.empty()) {
      const auto paragraphs = repo_.Paragraphs(tx, id);
      const auto comments = repo_.Comments(tx, id);
      for (const auto& fix : in.paragraphs) {
        auto p = std::find_if(paragraphs.begin(), paragraphs.end(),
                              [&](const Paragraph& x) { return x.id == fix.id; });
        if (p == paragraphs.end()) return Error::Invalid("paragraphs", "not_found");
        Paragraph next = *p;
        if (fix.text_kk) next.text_kk = *fix.text_kk;
        if (fix.text_ru) next.text_ru = *fix.text_ru;
        if (next.text_kk == p->text_kk && next.text_ru == p->text_ru) continue;
        // A text may be added where a discussion from before both languages lacks it, never
        // taken away.
        if ((next.text_kk.empty() && !p->text_kk.empty()) ||
            (next.text_ru.empty() && !p->text_ru.empty()))
          return Error::Invalid("paragraphs", "required");
        const bool commented = std::any_of(comments.begin(), comments.end(), [&](const Comment& c) {
          return c.paragraph_id == p->id;
        });
        // Comments were written on the texts there are; a missing language may still be added.
        const bool only_added = (next.text_kk == p->text_kk || p->text_kk.empty()) &&
                                (next.text_ru == p->text_ru || p->text_ru.empty());
        if (commented && !only_added) return Conflict("paragraphs", "commented");
        fixed.push_back(std::move(next));
        numbers.push_back(p->number);
      }
      if (!fixed.empty()) changed.push_back("paragraphs");
    }
    if (changed.empty()) return Load(tx, id, actor);
    d->updated_at = FormatIsoUtc(now);
    repo_.Update(tx, *d);
    for (const auto& p : fixed) repo_.SetParagraphTexts(tx, p);
    nlohmann::json what = {{"changed", changed}};
    if (!numbers.empty()) what["paragraphs"] = numbers;
    if (d->closes_on != closed_on) {
      what["closes_on"] = d->closes_on;
      QueueClosing(tx, *d, now);  // the job queued for the old day finds it stale
    }
    audit::Record(tx, actor, {"draft.update", "draft_discussion", id, what.dump()}, now);
    // The announcement names the titles and the period.
    announce_again = fixed.empty() || changed.size() > 1;
    return Load(tx, id, actor);
  });
  if (edited.ok() && announce_again) Reannounce(actor, edited->detail.discussion);
  return edited;
}

Result<DiscussionView> DraftsService::Withdraw(const Actor& actor, int64_t id,
                                               const WithdrawInput& in) {
  if (in.reason.empty()) return Error::Invalid("reason", "required");
  const int64_t now = clock_.NowMs();
  bool before_opening = false;
  auto withdrawn = db_.Write([&](db::Tx& tx) -> Result<DiscussionView> {
    auto d = repo_.Find(tx, id);
    if (!d) return Error::NotFound();
    if (!DraftsPolicy::MayKeep(actor, d->maslikhat_id)) return Error::Denied();
    if (auto refused = RefuseUnlessChangeable(*d, Today())) return *refused;
    const State was = StateOf(*d, Today());
    before_opening = was == State::kUpcoming;
    d->withdrawn_at = FormatIsoUtc(now);
    d->withdrawn_reason = in.reason;
    repo_.Withdraw(tx, *d, actor.user_id.value_or(0));
    const nlohmann::json what = {{"state", StateName(was)}};
    audit::Record(tx, actor, {"draft.withdraw", "draft_discussion", id, what.dump()}, now);
    // In the account and by e-mail, in this transaction: told once, or not at all.
    for (const Commenter& person : repo_.Commenters(tx, id)) {
      if (person.user_id == actor.user_id) continue;
      notifications::PostDraftWithdrawn(tx, person.user_id, id, now);
      QueueNoticeMail(tx, person, WithdrawnMail(*d, person.language, PageOf(id)), now);
    }
    return Load(tx, id, actor);
  });
  // An announcement not yet published would still appear on the first day: it is archived. A
  // published one stays; its link leads to the page that says the discussion was withdrawn.
  if (withdrawn.ok() && before_opening && posts_) {
    if (const auto post = withdrawn->detail.discussion.announcement_post_id)
      (void)posts_->Archive(actor, *post);
  }
  return withdrawn;
}

void DraftsService::TellClosed(int64_t id, const std::string& closes_on) {
  const int64_t now = clock_.NowMs();
  if (now < ClosingMs(closes_on)) return;  // never early; the job for the right day is queued
  (void)db_.Write([&](db::Tx& tx) -> Result<bool> {
    if (!repo_.MarkClosingTold(tx, id, closes_on)) return true;
    const auto d = repo_.Find(tx, id);
    if (!d) return true;
    const auto comments = repo_.Comments(tx, id);
    const bool complete = std::all_of(comments.begin(), comments.end(), [](const Comment& c) {
      return c.hidden_at.has_value() || c.decision.has_value();
    });
    const std::string detail = complete ? "published" : "pending";
    // The mails are queued with the mark above: a rerun finds it set and sends nothing more.
    for (const Commenter& person : repo_.Commenters(tx, id)) {
      notifications::PostDraftClosed(tx, person.user_id, id, detail, now);
      QueueNoticeMail(tx, person, ClosedMail(*d, person.language, PageOf(id), detail), now);
    }
    return true;
  });
}

}  // namespace kenes::drafts
