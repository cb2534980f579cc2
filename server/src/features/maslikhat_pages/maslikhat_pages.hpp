#pragma once
// The maslikhat's public pages beyond the directory (issue 14): its apparatus (аппарат маслихата:
// the people who work in it, with their positions and office contacts, in the order the page
// shows them) and its question–answer section (вопрос–ответ: common questions with published
// answers in kk and ru, en optional). A question is a draft until published, and may be taken
// back to a draft; only published questions are public. See docs/maslikhat-pages.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::maslikhat_pages {

enum class QuestionState { kDraft, kPublished };
std::string_view StateName(QuestionState s);  // "draft", "published"
std::optional<QuestionState> ParseState(std::string_view name);

inline constexpr size_t kMaxNameChars = 200;
inline constexpr size_t kMaxPositionChars = 300;
inline constexpr size_t kMaxPhoneChars = 40;
inline constexpr size_t kMaxEmailChars = 254;
inline constexpr size_t kMaxQuestionChars = 500;
inline constexpr size_t kMaxAnswerChars = 5000;
inline constexpr int kMaxSortOrder = 9999;
inline constexpr int kMaxMembers = 100;    // per maslikhat
inline constexpr int kMaxQuestions = 100;  // per maslikhat, drafts too

// A person of the apparatus. The phone and e-mail are the office's, published on the page ("" when
// none); the English position is optional (the page falls back to Russian).
struct Member {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string full_name_kk{}, full_name_ru{};
  std::string position_kk{}, position_ru{}, position_en{};
  std::string phone{}, email{};
  int sort_order = 0;  // the page lists by it, then by id
  std::string created_at{}, updated_at{};
};

struct Question {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string question_kk{}, question_ru{}, question_en{};
  std::string answer_kk{}, answer_ru{}, answer_en{};
  int sort_order = 0;
  QuestionState state = QuestionState::kDraft;
  std::optional<std::string> published_at{};  // when it was last published; nullopt for a draft
  std::string created_at{}, updated_at{};
};

// A maslikhat's apparatus as its page shows it, and whether the reader may change it.
struct Apparatus {
  std::vector<Member> items{};
  bool can_edit = false;
};

// A maslikhat's questions: the published ones, or (its staff asking for them) all of them.
struct Questions {
  std::vector<Question> items{};
  bool can_edit = false;
};

}  // namespace kenes::maslikhat_pages
