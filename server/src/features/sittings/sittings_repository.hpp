#pragma once
// Sittings, their agenda, attendance, decisions and named votes (migration 0027).

#include <optional>
#include <string>
#include <vector>

#include "features/sittings/sittings.hpp"
#include "platform/db/database.hpp"

namespace kenes::sittings {

class SittingsRepository {
 public:
  // 0 when the maslikhat (or the commission) already has a sitting of that number in the
  // convocation.
  int64_t Insert(db::Tx& tx, const Sitting& s);
  bool Update(db::Tx& tx, const Sitting& s);  // false on a number taken by another sitting
  std::optional<Sitting> Find(db::Tx& tx, int64_t id);
  void SetPosts(db::Tx& tx, int64_t id, std::optional<int64_t> announcement,
                std::optional<int64_t> results);
  // Newest first; of one commission, of one maslikhat (its sessions and commission meetings), or
  // of all.
  std::vector<Sitting> List(db::Tx& tx, std::optional<int64_t> maslikhat_id, int limit,
                            std::optional<int64_t> commission_id = std::nullopt);

  void ReplaceAgenda(db::Tx& tx, int64_t sitting_id, const std::vector<AgendaItem>& items);
  std::vector<AgendaItem> Agenda(db::Tx& tx, int64_t sitting_id);

  // Who was present, with the items they arrived at or left before (migration 0041).
  void ReplaceAttendance(db::Tx& tx, int64_t sitting_id, const std::vector<Stay>& present);
  std::vector<Stay> Present(db::Tx& tx, int64_t sitting_id);

  int64_t InsertDecision(db::Tx& tx, const Decision& d, const std::string& now);
  // Rewrites the decision and its named votes (migration 0040 added texts and status).
  void UpdateDecision(db::Tx& tx, const Decision& d, const std::string& now);
  std::vector<Decision> Decisions(db::Tx& tx, int64_t sitting_id);
  // The decisions linked to an act, oldest first (at most `limit`).
  std::vector<DecisionOfAct> DecisionsOfAct(db::Tx& tx, int64_t act_id, int limit);
};

}  // namespace kenes::sittings
