#pragma once
// Public discussion of draft acts: the maslikhat's staff open a discussion of a draft split into
// paragraphs for a period of working days; signed-in people comment on a paragraph while it is
// open; staff decide on each comment and link the act adopted from the draft. The state follows
// the injected clock, so a discussion closes itself at the end of its last day. One transaction
// per use case; every change audited.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/drafts/drafts.hpp"
#include "features/drafts/drafts_repository.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::drafts {

// A paragraph as staff send it: both languages are required for a new discussion.
struct ParagraphTexts {
  std::string text_kk{}, text_ru{};
};

struct OpenInput {
  std::string title_kk{}, title_ru{};
  std::vector<ParagraphTexts> paragraphs{};  // as split by Split, paired and corrected by staff
  std::optional<int> working_days{};         // kMinWorkingDays by default; fewer is refused
  std::optional<std::string> opens_on{};     // today by default; never in the past
};

struct CommentInput {
  int64_t paragraph_id = 0;
  AuthorType author_type = AuthorType::kCitizen;
  std::string organisation{};  // required for an organisation, dropped otherwise
  std::string text{};
};

struct DecisionInput {
  Decision decision = Decision::kAccepted;
  std::string reason{};  // required for partly accepted and rejected
};

struct ModerationInput {
  bool hidden = true;
  std::string reason{};  // required to hide: what the public reads instead of the comment
};

// A paragraph's corrected texts, each left out stays. Only a paragraph nobody has commented on
// changes; a commented one may only get the text of a language it lacks.
struct ParagraphFix {
  int64_t id = 0;
  std::optional<std::string> text_kk{}, text_ru{};
};

// What staff may correct while a discussion is upcoming or open: each field left out stays.
struct EditInput {
  std::optional<std::string> title_kk{}, title_ru{};
  std::optional<int> working_days{};  // only a longer period: closes_on moves later
  std::vector<ParagraphFix> paragraphs{};
};

struct WithdrawInput {
  std::string reason{};  // required: the public reads it on the draft's page
};

struct DiscussionQuery {
  std::optional<int64_t> maslikhat_id{};
  std::optional<int64_t> act_id{};
};

// What a reader sees, with today's local date for the state and the days left.
struct DiscussionList {
  std::vector<Discussion> items{};
  std::string today{};
};
struct DiscussionView {
  DiscussionDetail detail{};
  std::string today{};
};

class DraftsService {
 public:
  // posts: where an opened discussion is announced; none (the demo seed, tests of the feature
  // alone) announces nothing. public_url: the site's address, for the links in the e-mails.
  DraftsService(db::Database& db, const Clock& clock,
                std::shared_ptr<directory::DirectoryService> directory,
                std::shared_ptr<acts::ActsService> acts,
                std::shared_ptr<posts::PostService> posts = nullptr, std::string public_url = "")
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        acts_(std::move(acts)),
        posts_(std::move(posts)),
        public_url_(std::move(public_url)) {}

  Result<DiscussionList> List(const DiscussionQuery& q);
  // As `reader` may see it: the text and organisation of a hidden comment only for the
  // maslikhat's staff and administrators.
  Result<DiscussionView> Get(const Actor& reader, int64_t id);

  // The server's split of a pasted draft, for staff to check before opening. 403 for anyone but
  // the maslikhat's staff or an administrator; 422 `text: too_many_paragraphs`.
  Result<std::vector<std::string>> Split(const Actor& actor, int64_t maslikhat_id,
                                         const std::string& text);
  // 422 `working_days: too_short` below kMinWorkingDays, `opens_on: in_past`. The discussion is
  // announced as a post of the maslikhat, published at once or scheduled for its first day.
  Result<DiscussionView> Open(const Actor& actor, int64_t maslikhat_id, const OpenInput& in);
  // 409 `discussion: closed` / `discussion: upcoming` outside the period; 422 `paragraph_id:
  // not_found` for a paragraph of another discussion; 429 past kMaxCommentsPerPerson.
  Result<Comment> AddComment(const Actor& actor, int64_t discussion_id, const CommentInput& in);
  // 422 `reason: required` for partly accepted or rejected without a reason.
  Result<Comment> Decide(const Actor& actor, int64_t comment_id, const DecisionInput& in);
  // Hides a comment (with the reason the public reads instead) or shows it again. 422 `reason:
  // required` to hide without one. The author keeps it in their count of comments.
  Result<Comment> Moderate(const Actor& actor, int64_t comment_id, const ModerationInput& in);
  // Corrects titles and paragraphs without comments, or extends the period (the closing notice
  // moves with it). 409 `discussion: closed|withdrawn`; 422 `working_days: shortened`,
  // `paragraphs: not_found`, `paragraphs: required` (a text emptied); 409 `paragraphs: commented`
  // for a commented paragraph's text (its comments must keep their meaning; a missing language may
  // still be added). Audited as draft.update with the fields changed.
  Result<DiscussionView> Edit(const Actor& actor, int64_t id, const EditInput& in);
  // Withdraws an upcoming or open discussion for good, with a reason the public reads; the
  // commenters are told (draft_withdrawn, in the account and by e-mail); a not yet published
  // announcement is archived.
  // 422 `reason: required`; 409 `discussion: closed|withdrawn`.
  Result<DiscussionView> Withdraw(const Actor& actor, int64_t id, const WithdrawInput& in);
  // The closing job: tells each commenter once (in the account and by e-mail) that the
  // discussion `id` closed on `closes_on`.
  // Nothing when the period has moved since (a stale job), before the close, when withdrawn or
  // when they were told already.
  void TellClosed(int64_t id, const std::string& closes_on);

  // The act adopted from the draft (of the same maslikhat), or none; 422 `act_id: not_found`.
  Result<DiscussionView> LinkAct(const Actor& actor, int64_t id, std::optional<int64_t> act_id);

  static constexpr int kMaxListed = 200;
  // The job that tells the commenters the discussion closed: {"draft_id", "closes_on"}, queued
  // for the moment it closes (again when the period is extended).
  static constexpr const char* kClosingJob = "drafts.closing";

 private:
  Result<DiscussionView> Load(db::Tx& tx, int64_t id, const Actor& reader);
  // The announcement post, by the staff member who opened the discussion (the posts feature's
  // own use cases: its checks, audit and subscriptions). A failure leaves the discussion open.
  // Returns the post's id, kept so a withdrawal can archive it.
  std::optional<int64_t> Announce(const Actor& actor, const Discussion& d);
  // The announcement's texts again after the titles or the period changed.
  void Reannounce(const Actor& actor, const Discussion& d);
  void QueueClosing(db::Tx& tx, const Discussion& d, int64_t now);
  std::string Today() const;
  // The draft's page on the site, linked from the e-mails.
  std::string PageOf(int64_t id) const;

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<acts::ActsService> acts_;
  std::shared_ptr<posts::PostService> posts_;
  std::string public_url_;
  DraftsRepository repo_;
};

}  // namespace kenes::drafts
