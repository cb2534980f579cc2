#include "features/drafts/drafts_service.hpp"

#include "features/calendar/calendar_service.hpp"
#include "features/drafts/drafts_policy.hpp"
#include "features/drafts/drafts_posts.hpp"
#include "features/notifications/inbox_service.hpp"
#include "platform/audit/audit.hpp"
#include "platform/jobs/jobs.hpp"

namespace kenes::drafts {
namespace {

using calendar::CivilDate;

Error Conflict(const char* field, std::string_view reason) {
  Error e = Error::Of(ErrorCode::kConflict, "discussion not open");
  e.fields.emplace(field, std::string(reason));
  return e;
}

}  // namespace

std::string DraftsService::Today() const { return calendar::LocalDate(clock_.NowMs()).ToString(); }

Result<DiscussionList> DraftsService::List(const DiscussionQuery& q) {
  DiscussionFilter f{q.maslikhat_id, q.act_id, kMaxListed};
  return db_.Read([&](db::Tx& tx) -> Result<DiscussionList> {
    return DiscussionList{repo_.List(tx, f), Today()};
  });
}

Result<DiscussionView> DraftsService::Load(db::Tx& tx, int64_t id, const Actor& reader) {
  auto d = repo_.Find(tx, id);
  if (!d) return Error::NotFound();
  DiscussionView v;
  v.detail.discussion = std::move(*d);
  v.detail.paragraphs = repo_.Paragraphs(tx, id);
  v.detail.comments = repo_.Comments(tx, id);
  const bool keeper = DraftsPolicy::MayKeep(reader, v.detail.discussion.maslikhat_id);
  int shown = 0;
  for (auto& c : v.detail.comments) {
    if (!c.hidden_at) {
      ++shown;
    } else if (!keeper) {
      c.text.clear();
      c.organisation.clear();
    }
  }
  v.detail.discussion.comments = shown;
  v.today = Today();
  return v;
}

Result<DiscussionView> DraftsService::Get(const Actor& reader, int64_t id) {
  return db_.Read([&](db::Tx& tx) { return Load(tx, id, reader); });
}

Result<std::vector<std::string>> DraftsService::Split(const Actor& actor, int64_t maslikhat_id,
                                                      const std::string& text) {
  if (!DraftsPolicy::MayKeep(actor, maslikhat_id)) return Error::Denied();
  auto paragraphs = SplitParagraphs(text);
  if (paragraphs.size() > kMaxParagraphs) return Error::Invalid("text", "too_many_paragraphs");
  for (const auto& p : paragraphs) {
    if (p.size() > kMaxParagraphChars * 4) return Error::Invalid("text", "paragraph_too_long");
  }
  return paragraphs;
}

Result<DiscussionView> DraftsService::Open(const Actor& actor, int64_t maslikhat_id,
                                           const OpenInput& in) {
  if (!DraftsPolicy::MayKeep(actor, maslikhat_id)) return Error::Denied();
  if (!directory_->GetMaslikhat(actor, maslikhat_id).ok()) return Error::NotFound();
  const int64_t now = clock_.NowMs();
  Discussion d;
  d.maslikhat_id = maslikhat_id;
  d.title_kk = in.title_kk;
  d.title_ru = in.title_ru;
  d.opens_on = in.opens_on.value_or(Today());
  d.working_days = in.working_days.value_or(kMinWorkingDays);
  std::map<std::string, std::string> bad;
  const auto opens = CivilDate::Parse(d.opens_on);
  if (!opens) {
    bad.emplace("opens_on", "invalid");
  } else if (d.opens_on < Today()) {
    bad.emplace("opens_on", "in_past");
  }
  if (d.working_days < kMinWorkingDays) bad.emplace("working_days", "too_short");
  if (in.paragraphs.empty()) bad.emplace("paragraphs", "required");
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  d.created_at = d.updated_at = FormatIsoUtc(now);
  auto opened = db_.Write([&](db::Tx& tx) -> Result<DiscussionView> {
    const auto cal = calendar::CalendarService::Around(tx, *opens);
    d.closes_on = cal.AddWorkingDays(*opens, d.working_days).ToString();
    d.id = repo_.Insert(tx, d, actor.user_id.value_or(0));
    std::vector<Paragraph> paragraphs;
    paragraphs.reserve(in.paragraphs.size());
    for (const auto& p : in.paragraphs) paragraphs.push_back({0, 0, p.text_kk, p.text_ru});
    repo_.InsertParagraphs(tx, d.id, paragraphs);
    audit::Record(tx, actor, {"draft.open", "draft_discussion", d.id, "{}"}, now);
    QueueClosing(tx, d, now);
    return Load(tx, d.id, actor);
  });
  if (!opened.ok()) return opened;
  if (auto post = Announce(actor, opened->detail.discussion)) {
    opened->detail.discussion.announcement_post_id = *post;
    (void)db_.Write([&](db::Tx& tx) -> Result<bool> {
      repo_.SetAnnouncementPost(tx, opened->detail.discussion.id, *post);
      return true;
    });
  }
  return opened;
}

void DraftsService::QueueClosing(db::Tx& tx, const Discussion& d, int64_t now) {
  jobs::Enqueue(tx, kClosingJob, {{"draft_id", d.id}, {"closes_on", d.closes_on}}, now,
                ClosingMs(d.closes_on));
}

std::optional<int64_t> DraftsService::Announce(const Actor& actor, const Discussion& d) {
  if (!posts_) return std::nullopt;
  auto made = posts_->Create(actor, d.maslikhat_id, AnnouncementPost(d));
  if (!made.ok()) return std::nullopt;
  if (d.opens_on <= Today()) {
    (void)posts_->Publish(actor, made->post.id);
  } else {
    (void)posts_->Schedule(actor, made->post.id, FormatIsoUtc(OpeningMs(d.opens_on)));
  }
  return made->post.id;
}

void DraftsService::Reannounce(const Actor& actor, const Discussion& d) {
  if (!posts_ || !d.announcement_post_id) return;
  posts::PostPatch patch;
  patch.texts = AnnouncementPost(d).texts;
  (void)posts_->Update(actor, *d.announcement_post_id, patch);
}

Result<Comment> DraftsService::AddComment(const Actor& actor, int64_t discussion_id,
                                          const CommentInput& in) {
  if (!DraftsPolicy::MayComment(actor)) return Error::Unauthenticated();
  if (in.author_type == AuthorType::kOrganisation && in.organisation.empty())
    return Error::Invalid("organisation", "required");
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Comment> {
    auto d = repo_.Find(tx, discussion_id);
    if (!d) return Error::NotFound();
    const State state = StateOf(*d, Today());
    if (state != State::kOpen) return Conflict("discussion", StateName(state));
    auto p = repo_.FindParagraph(tx, discussion_id, in.paragraph_id);
    if (!p) return Error::Invalid("paragraph_id", "not_found");
    if (repo_.CountBy(tx, discussion_id, *actor.user_id) >= kMaxCommentsPerPerson) {
      Error e = Error::Of(ErrorCode::kResourceExhausted, "too many comments");
      e.fields.emplace("discussion", "too_many_comments");
      e.retry_after_s = 3600;
      return e;
    }
    Comment c;
    c.discussion_id = discussion_id;
    c.paragraph_id = p->id;
    c.paragraph_number = p->number;
    c.author_id = *actor.user_id;
    c.author_type = in.author_type;
    if (in.author_type == AuthorType::kOrganisation) c.organisation = in.organisation;
    c.text = in.text;
    c.created_at = FormatIsoUtc(now);
    c.id = repo_.InsertComment(tx, c);
    audit::Record(tx, actor, {"draft.comment", "draft_comment", c.id, "{}"}, now);
    return c;
  });
}

Result<Comment> DraftsService::Decide(const Actor& actor, int64_t comment_id,
                                      const DecisionInput& in) {
  if (in.decision != Decision::kAccepted && in.reason.empty())
    return Error::Invalid("reason", "required");
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Comment> {
    auto c = repo_.FindComment(tx, comment_id);
    if (!c) return Error::NotFound();
    auto d = repo_.Find(tx, c->discussion_id);
    if (!d) return Error::NotFound();
    if (!DraftsPolicy::MayKeep(actor, d->maslikhat_id)) return Error::Denied();
    c->decision = in.decision;
    c->reason = in.reason;
    c->decided_at = FormatIsoUtc(now);
    repo_.Decide(tx, *c, actor.user_id.value_or(0));
    const std::string decision(DecisionName(in.decision));
    audit::Record(tx, actor,
                  {"draft.decide", "draft_comment", c->id, R"({"decision":")" + decision + "\"}"},
                  now);
    // The author hears of it in their account (a staff member deciding on their own comment
    // needs no notice).
    if (c->author_id != actor.user_id) {
      notifications::PostAboutDraftComment(tx, c->author_id, c->discussion_id, decision, now);
    }
    return *c;
  });
}

Result<Comment> DraftsService::Moderate(const Actor& actor, int64_t comment_id,
                                        const ModerationInput& in) {
  if (in.hidden && in.reason.empty()) return Error::Invalid("reason", "required");
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<Comment> {
    auto c = repo_.FindComment(tx, comment_id);
    if (!c) return Error::NotFound();
    auto d = repo_.Find(tx, c->discussion_id);
    if (!d) return Error::NotFound();
    if (!DraftsPolicy::MayKeep(actor, d->maslikhat_id)) return Error::Denied();
    if (in.hidden) {
      c->hidden_at = FormatIsoUtc(now);
      c->hidden_reason = in.reason;
    } else {
      c->hidden_at.reset();
      c->hidden_reason.clear();
    }
    repo_.SetHidden(tx, *c, actor.user_id.value_or(0));
    audit::Record(tx, actor,
                  {in.hidden ? "draft.hide" : "draft.show", "draft_comment", c->id, "{}"}, now);
    return *c;
  });
}

Result<DiscussionView> DraftsService::LinkAct(const Actor& actor, int64_t id,
                                              std::optional<int64_t> act_id) {
  auto current = Get(actor, id);
  if (!current.ok()) return current.take_error();
  const int64_t maslikhat_id = current->detail.discussion.maslikhat_id;
  if (!DraftsPolicy::MayKeep(actor, maslikhat_id)) return Error::Denied();
  if (act_id) {
    // The registry reads in its own transaction, so it is asked before this one opens.
    auto act = acts_->Get(*act_id);
    if (!act.ok() || act->act.maslikhat_id != maslikhat_id)
      return Error::Invalid("act_id", "not_found");
  }
  const int64_t now = clock_.NowMs();
  return db_.Write([&](db::Tx& tx) -> Result<DiscussionView> {
    repo_.SetAct(tx, id, act_id, FormatIsoUtc(now));
    audit::Record(tx, actor, {"draft.link_act", "draft_discussion", id, "{}"}, now);
    return Load(tx, id, actor);
  });
}

}  // namespace kenes::drafts
