#pragma once
// Who may do what with a maslikhat's apparatus and question–answer pages: the maslikhat's staff
// (staff, chair, deputy chair, head of the apparatus) and administrators keep them; everybody
// reads the apparatus and the published questions; a draft question is seen only by those who
// keep it (anyone else is told it does not exist).

#include <cstdint>

#include "core/actor.hpp"
#include "features/maslikhat_pages/maslikhat_pages.hpp"

namespace kenes::maslikhat_pages {

struct MaslikhatPagesPolicy {
  static bool MayEdit(const Actor& actor, int64_t maslikhat_id);
  static bool MayReadQuestion(const Actor& actor, int64_t maslikhat_id, QuestionState state);
};

}  // namespace kenes::maslikhat_pages
