#pragma once
// Sittings of a maslikhat: public reading; the maslikhat's staff announce a sitting with its
// agenda, record who attended and the decisions with their votes. A closed sitting must be
// announced at least 3 working days ahead (on the production calendar). One transaction per use
// case; every change audited.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/acts/acts_service.hpp"
#include "features/directory/directory_service.hpp"
#include "features/posts/posts_service.hpp"
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
  std::optional<bool> quorum_more_than;
  // Only when announcing: a meeting of this commission of the maslikhat, not a session. Its
  // members attend; the quorum is more than half of them unless sent.
  std::optional<int64_t> commission_id;
};

struct VoteInput {
  int64_t deputy_id = 0;
  Vote vote = Vote::kFor;
};

// A new decision, or (absent fields stay) a change to one. The agenda item and the act: absent
// stays, {nullopt} clears. The vote — the counts and the names — is replaced as a whole when any
// of it is sent; counts left out are taken from the votes by name. The status, when not sent, is
// the vote's: adopted with a majority of the elected for, rejected without, a draft when nobody
// has voted yet.
struct DecisionInput {
  std::optional<std::optional<int64_t>> agenda_item_id, act_id;
  std::optional<std::string> number, title_kk, title_ru, text_kk, text_ru;
  std::optional<std::string> adopted_on;  // the sitting's day by default
  std::optional<DecisionStatus> status;
  std::optional<int> votes_for, votes_against, votes_abstained;
  std::vector<VoteInput> by_name;

  bool VoteSent() const {
    return votes_for || votes_against || votes_abstained || !by_name.empty();
  }
};

class SittingsService {
 public:
  SittingsService(db::Database& db, const Clock& clock,
                  std::shared_ptr<directory::DirectoryService> directory,
                  std::shared_ptr<acts::ActsService> acts,
                  std::shared_ptr<posts::PostService> posts = nullptr)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        acts_(std::move(acts)),
        posts_(std::move(posts)) {}

  Result<std::vector<Sitting>> List(std::optional<int64_t> maslikhat_id,
                                    std::optional<int64_t> commission_id = std::nullopt);
  Result<SittingDetail> Get(int64_t id);
  // The decisions that made or changed an act (public: the act page shows them).
  Result<std::vector<DecisionOfAct>> DecisionsOfAct(int64_t act_id);

  // 403 for anyone but the maslikhat's staff or an administrator; 404 for no such maslikhat or
  // sitting; 409 for a number the convocation has already; 422 for a closed sitting announced
  // less than 3 working days ahead (`held_on: closed_notice`).
  Result<SittingDetail> Create(const Actor& actor, int64_t maslikhat_id, const SittingInput& in);
  Result<SittingDetail> Update(const Actor& actor, int64_t id, const SittingInput& in);
  // The deputies present, by the maslikhat's list (anyone else is 422 `present: not_a_deputy`),
  // and for some of them the agenda item they arrived at or left before (422 `moves:` for a
  // deputy not present or listed twice, an item of no agenda of this sitting, leaving before
  // arriving).
  Result<SittingDetail> SetAttendance(const Actor& actor, int64_t id,
                                      const std::vector<int64_t>& present,
                                      const std::vector<Stay>& moves = {});
  // 422 with the field for: an agenda item of another sitting, an act of another maslikhat,
  // votes by name that are not the maslikhat's deputies or do not add up to the counts, more
  // votes than deputies elected, a status the vote does not allow (`status: no_majority`,
  // `has_majority`, `has_votes`).
  Result<SittingDetail> AddDecision(const Actor& actor, int64_t id, const DecisionInput& in);
  // 404 when the decision is not of this sitting.
  Result<SittingDetail> UpdateDecision(const Actor& actor, int64_t id, int64_t decision_id,
                                       const DecisionInput& in);

  static constexpr int kMaxListed = 200;

 private:
  // The directory is asked before a transaction opens, never inside one (it reads on its own).
  Result<SittingDetail> Load(db::Tx& tx, int64_t id, const std::vector<directory::Deputy>& list);
  // The number and titles of the acts the decisions link to, read from the registry afterwards,
  // and the commission's name for a commission meeting.
  Result<SittingDetail> WithActs(Result<SittingDetail> detail);
  // The decision `base` with the change applied and checked, in the sitting's transaction.
  Result<Decision> Merged(db::Tx& tx, const Sitting& s, const std::vector<directory::Deputy>& list,
                          Decision base, const DecisionInput& in,
                          std::optional<int64_t> act_maslikhat);
  // After a change is committed: the announcement post created (published) or updated, and the
  // results post once a decision is adopted or rejected; their ids kept on the sitting, so a
  // change updates them instead of adding posts. A post that fails leaves the sitting as it is.
  Result<SittingDetail> Posted(const Actor& actor, Result<SittingDetail> detail);
  // The maslikhat of the act a change links, or a 422.
  Result<std::optional<int64_t>> ActMaslikhat(const DecisionInput& in);
  // What adding and changing a decision share: the deputies and the linked act checked before the
  // transaction; in it, the sitting found and the policy asked, then `change` stores the decision
  // and its audit row; after it, the acts' names and the posts.
  using DecisionChange =
      std::function<Status(db::Tx& tx, const Sitting& s, const std::vector<directory::Deputy>& list,
                           std::optional<int64_t> act_maslikhat, int64_t now)>;
  Result<SittingDetail> ChangeDecision(const Actor& actor, int64_t id, const DecisionInput& in,
                                       const DecisionChange& change);
  std::vector<directory::Deputy> Deputies(int64_t maslikhat_id);
  std::vector<directory::Deputy> Members(int64_t commission_id);
  // The sitting's maslikhat and its deputies, or 404.
  Result<std::pair<int64_t, std::vector<directory::Deputy>>> Context(int64_t sitting_id);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<acts::ActsService> acts_;
  std::shared_ptr<posts::PostService> posts_;
  SittingsRepository repo_;
};

}  // namespace kenes::sittings
