#pragma once
// The apparatus and the questions of the maslikhats' pages (migration 0051). The only code that
// runs this feature's SQL.

#include <cstdint>
#include <optional>
#include <vector>

#include "features/maslikhat_pages/maslikhat_pages.hpp"
#include "platform/db/database.hpp"

namespace kenes::maslikhat_pages {

class MaslikhatPagesRepository {
 public:
  // By sort_order, then id; at most kMaxMembers.
  std::vector<Member> Members(db::Tx& tx, int64_t maslikhat_id);
  std::optional<Member> FindMember(db::Tx& tx, int64_t id);
  int64_t InsertMember(db::Tx& tx, const Member& m);
  void UpdateMember(db::Tx& tx, const Member& m);
  void DeleteMember(db::Tx& tx, int64_t id);

  // By sort_order, then id; at most kMaxQuestions. Drafts too unless published_only.
  std::vector<Question> Questions(db::Tx& tx, int64_t maslikhat_id, bool published_only);
  std::optional<Question> FindQuestion(db::Tx& tx, int64_t id);
  int64_t InsertQuestion(db::Tx& tx, const Question& q);
  void UpdateQuestion(db::Tx& tx, const Question& q);
  void DeleteQuestion(db::Tx& tx, int64_t id);

  // How many there are, and the largest sort_order (0 when none): a new entry goes after the last.
  struct Extent {
    int count = 0;
    int last_order = 0;
  };
  Extent MembersExtent(db::Tx& tx, int64_t maslikhat_id);
  Extent QuestionsExtent(db::Tx& tx, int64_t maslikhat_id);
};

}  // namespace kenes::maslikhat_pages
