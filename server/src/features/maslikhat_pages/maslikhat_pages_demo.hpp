#pragma once
// The maslikhat pages for `kenes seed --demo`: the demo city maslikhat's apparatus (five fictional
// people with office phones and e-mails, two with an English position) and its question–answer
// section (six published questions in kk and ru, two also in English, and one draft). Made
// through the real use cases.

#include <cstdint>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "features/maslikhat_pages/maslikhat_pages_service.hpp"

namespace kenes::maslikhat_pages {

Status SeedDemoMaslikhatPages(MaslikhatPagesService& pages, const Actor& staff,
                              int64_t maslikhat_id);

}  // namespace kenes::maslikhat_pages
