#include "features/maslikhat_pages/maslikhat_pages.hpp"

namespace kenes::maslikhat_pages {

std::string_view StateName(QuestionState s) {
  return s == QuestionState::kPublished ? "published" : "draft";
}

std::optional<QuestionState> ParseState(std::string_view name) {
  if (name == "draft") return QuestionState::kDraft;
  if (name == "published") return QuestionState::kPublished;
  return std::nullopt;
}

}  // namespace kenes::maslikhat_pages
