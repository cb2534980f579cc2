#pragma once
// The registry of normative legal acts: public reading and search; the maslikhat's staff record
// acts, correct them, add editions and move their status. One transaction per use case; every
// change audited.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/acts/acts.hpp"
#include "features/acts/acts_repository.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::acts {

// What staff send to record an act, or (all optional) to correct one. Dates are "YYYY-MM-DD".
struct ActInput {
  std::optional<std::string> number, adopted_on, title_kk, title_ru, registration_number;
  std::optional<std::optional<std::string>> registered_on, published_on, in_force_on;
  std::optional<std::string> publication_source, adilet_url, text_kk, text_ru, note;
  std::optional<int> force_delay_days;
  std::optional<ActStatus> status;  // only when recording; a change goes through SetStatus
};

struct EditionInput {
  std::string edition_on, changes;
  std::optional<std::string> text_kk, text_ru;  // the act's text in this edition, when given
};

struct ActQuery {
  std::optional<int64_t> maslikhat_id{};
  std::optional<ActStatus> status{};
  std::optional<int> year{};
  std::string q{};
  std::string cursor{};  // "YYYY-MM-DD.id" from the previous page's next_cursor
  int limit = 50;
};

struct ActPage {
  std::vector<Act> items{};
  std::string next_cursor{};  // "" on the last page
};

class ActsService {
 public:
  ActsService(db::Database& db, const Clock& clock,
              std::shared_ptr<directory::DirectoryService> directory)
      : db_(db), clock_(clock), directory_(std::move(directory)) {}

  Result<ActPage> List(const ActQuery& q);
  Result<ActDetail> Get(int64_t id);

  // 403 for anyone but the maslikhat's staff or an administrator; 404 for no such maslikhat.
  Result<ActDetail> Create(const Actor& actor, int64_t maslikhat_id, const ActInput& in);
  Result<ActDetail> Update(const Actor& actor, int64_t id, const ActInput& in);
  // The new edition becomes the act's last; its texts, when given, become the act's; an act in
  // force becomes amended.
  Result<ActDetail> AddEdition(const Actor& actor, int64_t id, const EditionInput& in);
  // 409 for a move MayMove does not allow.
  Result<ActDetail> SetStatus(const Actor& actor, int64_t id, ActStatus to);
  // Links the act to another of the same maslikhat by `relation` ("repealed_by": the other act
  // repeals this one). A repeal makes the older act repealed; an amendment makes an act in force
  // amended. 422 `act_id: not_found`, `other_maslikhat`, `self`; 409 `act_id: taken` for the same
  // link again.
  Result<ActDetail> AddLink(const Actor& actor, int64_t id, Relation relation, int64_t other_id);
  // Removes a link of this act (404 otherwise); a repeal removed gives the older act back the
  // status it had, unless another act still repeals it.
  Result<ActDetail> RemoveLink(const Actor& actor, int64_t id, int64_t link_id);

  static constexpr int kMaxLimit = 100;

 private:
  Result<ActDetail> Load(db::Tx& tx, int64_t id);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  ActsRepository repo_;
};

// Applies what was sent to `a` (recording, correcting, importing); the problems, field → reason,
// in `bad`.
void ApplyActInput(const ActInput& in, Act& a, std::map<std::string, std::string>& bad);

// The act's words for the search index: titles, number, registration number and both texts.
std::vector<std::string> ActTerms(const Act& a);

}  // namespace kenes::acts
