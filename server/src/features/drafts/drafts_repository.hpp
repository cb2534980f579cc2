#pragma once
// Draft discussions, their paragraphs and comments in `draft_discussions`, `draft_paragraphs`
// and `draft_comments` (migrations 0030, 0052, 0056).

#include <optional>
#include <string>
#include <vector>

#include "features/drafts/drafts.hpp"
#include "platform/db/database.hpp"

namespace kenes::drafts {

struct DiscussionFilter {
  std::optional<int64_t> maslikhat_id{};
  std::optional<int64_t> act_id{};
  int limit = 100;
};

class DraftsRepository {
 public:
  int64_t Insert(db::Tx& tx, const Discussion& d, int64_t by);
  // Numbered 1…n in the order given (their ids and numbers are not read).
  void InsertParagraphs(db::Tx& tx, int64_t discussion_id,
                        const std::vector<Paragraph>& paragraphs);
  std::optional<Discussion> Find(db::Tx& tx, int64_t id);
  // Newest opening first, with the number of comments.
  std::vector<Discussion> List(db::Tx& tx, const DiscussionFilter& f);
  void SetAct(db::Tx& tx, int64_t id, std::optional<int64_t> act_id, const std::string& at);
  // Titles, period (working_days, closes_on) and updated_at.
  void Update(db::Tx& tx, const Discussion& d);
  void SetParagraphTexts(db::Tx& tx, const Paragraph& p);
  void Withdraw(db::Tx& tx, const Discussion& d, int64_t by);
  void SetAnnouncementPost(db::Tx& tx, int64_t id, int64_t post_id);
  // Records that the commenters were told of the close on `closes_on`; false when they already
  // were, the period has moved since (a stale job) or the discussion was withdrawn.
  bool MarkClosingTold(db::Tx& tx, int64_t id, const std::string& closes_on);
  // Everyone who commented, once each, with the address a notice is mailed to.
  std::vector<Commenter> Commenters(db::Tx& tx, int64_t discussion_id);

  std::vector<Paragraph> Paragraphs(db::Tx& tx, int64_t discussion_id);
  std::optional<Paragraph> FindParagraph(db::Tx& tx, int64_t discussion_id, int64_t paragraph_id);

  int64_t InsertComment(db::Tx& tx, const Comment& c);
  std::optional<Comment> FindComment(db::Tx& tx, int64_t id);
  std::vector<Comment> Comments(db::Tx& tx, int64_t discussion_id);
  int CountBy(db::Tx& tx, int64_t discussion_id, int64_t author_id);
  void Decide(db::Tx& tx, const Comment& c, int64_t by);
  // Hides (hidden_at set) or shows again (unset) the comment, with the reason and who did it.
  void SetHidden(db::Tx& tx, const Comment& c, int64_t by);
};

}  // namespace kenes::drafts
