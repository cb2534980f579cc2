// What features/privacy reads of appeals for a person's own view, download and deletion.
#include "features/appeals/appeal_messages.hpp"
#include "features/appeals/appeal_service.hpp"

namespace kenes::appeals {

std::vector<Appeal> AppealsOfApplicant(db::Database& db, int64_t user_id) {
  return db.Read([&](db::Tx& tx) {
    AppealRepository repo;
    std::vector<Appeal> all;
    AppealFilter f;
    f.applicant_id = user_id;
    f.limit = 100;
    for (;;) {
      auto page = repo.List(tx, f);
      const bool more = static_cast<int>(page.size()) == f.limit;
      if (!page.empty()) f.after_id = page.back().id;
      for (auto& a : page) all.push_back(std::move(a));
      if (!more) break;
    }
    return all;
  });
}

std::string PrintedStatus(AppealStatus status, std::string_view language) {
  return StatusWord(status, language);
}

std::string PrintedDate(std::string_view iso_date) { return DottedDate(iso_date); }

}  // namespace kenes::appeals
