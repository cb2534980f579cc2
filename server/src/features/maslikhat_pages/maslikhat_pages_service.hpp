#pragma once
// The maslikhat's apparatus and question–answer pages: everybody reads the apparatus and the
// published questions; the maslikhat's staff (and administrators) add, change, reorder and remove
// the people of the apparatus, and add, change, publish, take back and remove questions. One
// transaction per use case; every change audited (no names or texts in the audit row).

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/maslikhat_pages/maslikhat_pages.hpp"
#include "features/maslikhat_pages/maslikhat_pages_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::maslikhat_pages {

// A new person of the apparatus (the names and positions in kk and ru required), or (absent
// fields stay) a change to one. "" clears the English position, the phone and the e-mail.
struct MemberInput {
  std::optional<std::string> full_name_kk{}, full_name_ru{};
  std::optional<std::string> position_kk{}, position_ru{}, position_en{};
  std::optional<std::string> phone{}, email{};
  std::optional<int> sort_order{};  // a new person goes after the last one unless sent
};

// A new question (the question and the answer in kk and ru required; a draft unless `state` says
// published), or (absent fields stay) a change to one. "" clears the English texts.
struct QuestionInput {
  std::optional<std::string> question_kk{}, question_ru{}, question_en{};
  std::optional<std::string> answer_kk{}, answer_ru{}, answer_en{};
  std::optional<int> sort_order{};
  std::optional<QuestionState> state{};
};

class MaslikhatPagesService {
 public:
  MaslikhatPagesService(db::Database& db, const Clock& clock,
                        std::shared_ptr<directory::DirectoryService> directory)
      : db_(db), clock_(clock), directory_(std::move(directory)) {}

  // The maslikhat's apparatus in page order; public. 404 for no such maslikhat.
  Result<Apparatus> ListApparatus(const Actor& actor, int64_t maslikhat_id);
  // 403 for anyone but the maslikhat's staff or an administrator, 404 for no such maslikhat; 422
  // `phone` / `email`: `invalid_format`, a name or position sent empty `required`,
  // `apparatus: too_many` past kMaxMembers.
  Result<Member> AddMember(const Actor& actor, int64_t maslikhat_id, const MemberInput& in);
  // 404 for no such person; 403 for anyone who may not keep the maslikhat's pages.
  Result<Member> UpdateMember(const Actor& actor, int64_t id, const MemberInput& in);
  Status RemoveMember(const Actor& actor, int64_t id);

  // The published questions in page order; with `all` (the maslikhat's staff and administrators
  // only: 401 / 403 otherwise) the drafts too. 404 for no such maslikhat.
  Result<Questions> ListQuestions(const Actor& actor, int64_t maslikhat_id, bool all);
  // As AddMember; 422 `questions: too_many` past kMaxQuestions.
  Result<Question> AddQuestion(const Actor& actor, int64_t maslikhat_id, const QuestionInput& in);
  // A draft is 404 to anyone who may not keep it; a published question 403.
  Result<Question> UpdateQuestion(const Actor& actor, int64_t id, const QuestionInput& in);
  Status RemoveQuestion(const Actor& actor, int64_t id);

 private:
  // 403 unless the actor keeps the maslikhat's pages; then 404 unless the maslikhat exists.
  Status MayKeep(const Actor& actor, int64_t maslikhat_id);
  bool MaslikhatExists(int64_t maslikhat_id);
  // The person or question, if the actor may change it (404 / 403 as above).
  Result<Member> EditableMember(const Actor& actor, int64_t id);
  Result<Question> EditableQuestion(const Actor& actor, int64_t id);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  MaslikhatPagesRepository repo_;
};

}  // namespace kenes::maslikhat_pages
