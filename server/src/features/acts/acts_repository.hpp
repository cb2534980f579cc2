#pragma once
// Legal acts, their editions and search terms in `legal_acts`, `legal_act_editions` and
// `legal_act_terms` (migration 0023).

#include <optional>
#include <string>
#include <vector>

#include "features/acts/acts.hpp"
#include "platform/db/database.hpp"

namespace kenes::acts {

// A page of the registry, newest adopted first. `after` is the last row of the previous page.
struct ActFilter {
  std::optional<int64_t> maslikhat_id{};
  std::optional<ActStatus> status{};
  std::optional<int> year{};
  std::vector<std::vector<std::string>> terms{};           // every word must match one of its stems
  std::optional<std::pair<std::string, int64_t>> after{};  // (adopted_on, id)
  int limit = 50;
};

class ActsRepository {
 public:
  int64_t Insert(db::Tx& tx, const Act& a);
  void Update(db::Tx& tx, const Act& a);
  std::optional<Act> Find(db::Tx& tx, int64_t id);
  // The id of the maslikhat's act with this number adopted on this day (an import's duplicate).
  std::optional<int64_t> FindByNumber(db::Tx& tx, int64_t maslikhat_id, const std::string& number,
                                      const std::string& adopted_on);
  // Summaries: the texts are left empty.
  std::vector<Act> List(db::Tx& tx, const ActFilter& f);

  int64_t InsertEdition(db::Tx& tx, const Edition& e, int64_t by);
  std::vector<Edition> Editions(db::Tx& tx, int64_t act_id);

  // Links between acts (migration 0043). InsertLink is 0 when the same link exists.
  int64_t InsertLink(db::Tx& tx, const ActLink& l);
  std::optional<ActLink> FindLink(db::Tx& tx, int64_t id);
  void DeleteLink(db::Tx& tx, int64_t id);
  // How many links of this kind act on the act (other than `except`).
  int64_t LinksTo(db::Tx& tx, int64_t to_act_id, LinkKind kind, int64_t except);
  // Every link of the act, either way, with the other act's summary; newest other act first.
  std::vector<LinkedAct> Links(db::Tx& tx, int64_t act_id);

  // Replaces the act's search terms.
  void Reindex(db::Tx& tx, int64_t act_id, const std::vector<std::string>& terms);
};

}  // namespace kenes::acts
