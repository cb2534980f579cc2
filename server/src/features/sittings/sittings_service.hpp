#pragma once
// Sittings of a maslikhat: public reading; the maslikhat's staff announce a sitting with its
// agenda, record who attended and the decisions with their votes. A closed sitting must be
// announced at least 3 working days ahead (on the production calendar). One transaction per use
// case; every change audited.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/sittings/sittings.hpp"
#include "features/sittings/sittings_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::sittings {

struct AgendaInput {
  std::optional<int64_t> id;  // an item kept from before (a decision may point at it)
  std::string title_kk, title_ru, rapporteur;
};

// What staff send to announce a sitting, or (all optional) to change one.
struct SittingInput {
  std::optional<int> convocation, number;
  std::optional<SittingKind> kind;
  std::optional<bool> closed;
  std::optional<std::string> held_on, starts_at, place, broadcast_url, video_url, announced_on;
  std::optional<int> elected_deputies, quorum_num, quorum_den;
  std::optional<std::vector<AgendaInput>> agenda;
};

struct VoteInput {
  int64_t deputy_id = 0;
  Vote vote = Vote::kFor;
};

struct DecisionInput {
  std::optional<int64_t> agenda_item_id, act_id;
  std::string number, title_kk, title_ru;
  std::optional<std::string> adopted_on;  // the sitting's day by default
  int votes_for = 0, votes_against = 0, votes_abstained = 0;
  std::vector<VoteInput> by_name;
};

class SittingsService {
 public:
  SittingsService(db::Database& db, const Clock& clock,
                  std::shared_ptr<directory::DirectoryService> directory,
                  std::shared_ptr<acts::ActsService> acts)
      : db_(db), clock_(clock), directory_(std::move(directory)), acts_(std::move(acts)) {}

  Result<std::vector<Sitting>> List(std::optional<int64_t> maslikhat_id);
  Result<SittingDetail> Get(int64_t id);

  // 403 for anyone but the maslikhat's staff or an administrator; 404 for no such maslikhat or
  // sitting; 409 for a number the convocation has already; 422 for a closed sitting announced
  // less than 3 working days ahead (`held_on: closed_notice`).
  Result<SittingDetail> Create(const Actor& actor, int64_t maslikhat_id, const SittingInput& in);
  Result<SittingDetail> Update(const Actor& actor, int64_t id, const SittingInput& in);
  // The deputies present, by the maslikhat's list; anyone else is 422.
  Result<SittingDetail> SetAttendance(const Actor& actor, int64_t id,
                                      const std::vector<int64_t>& present);
  Result<SittingDetail> AddDecision(const Actor& actor, int64_t id, const DecisionInput& in);

  static constexpr int kMaxListed = 200;

 private:
  // The directory is asked before a transaction opens, never inside one (it reads on its own).
  Result<SittingDetail> Load(db::Tx& tx, int64_t id, const std::vector<directory::Deputy>& list);
  std::vector<directory::Deputy> Deputies(int64_t maslikhat_id);
  // The sitting's maslikhat and its deputies, or 404.
  Result<std::pair<int64_t, std::vector<directory::Deputy>>> Context(int64_t sitting_id);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<acts::ActsService> acts_;
  SittingsRepository repo_;
};

}  // namespace kenes::sittings
