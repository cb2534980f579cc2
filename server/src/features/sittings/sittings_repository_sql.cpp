#include <map>

#include "features/sittings/sittings_repository.hpp"

namespace kenes::sittings {
namespace {

constexpr const char* kColumns =
    "SELECT id, maslikhat_id, convocation, number, kind, closed, held_on, starts_at, place, "
    "broadcast_url, video_url, announced_on, elected_deputies, quorum_num, quorum_den, "
    "created_at, updated_at, announcement_post_id, results_post_id, commission_id, "
    "quorum_more_than FROM sittings ";

Sitting SittingOf(const db::Row& r) {
  Sitting s;
  s.id = r.Int("id");
  s.maslikhat_id = r.Int("maslikhat_id");
  s.convocation = static_cast<int>(r.Int("convocation"));
  s.number = static_cast<int>(r.Int("number"));
  s.kind = ParseKind(r.Str("kind")).value_or(SittingKind::kRegular);
  s.closed = r.Int("closed") != 0;
  s.held_on = r.Str("held_on");
  s.starts_at = r.Str("starts_at");
  s.place = r.Str("place");
  s.broadcast_url = r.Str("broadcast_url");
  s.video_url = r.Str("video_url");
  s.announced_on = r.Str("announced_on");
  s.elected_deputies = static_cast<int>(r.Int("elected_deputies"));
  s.quorum = {static_cast<int>(r.Int("quorum_num")), static_cast<int>(r.Int("quorum_den"))};
  s.created_at = r.Str("created_at");
  s.updated_at = r.Str("updated_at");
  s.announcement_post_id = r.OptInt("announcement_post_id");
  s.results_post_id = r.OptInt("results_post_id");
  s.commission_id = r.OptInt("commission_id");
  s.quorum_more_than = r.Int("quorum_more_than") != 0;
  return s;
}

// Sittings are numbered within the maslikhat's convocation; a commission's meetings within the
// commission's.
bool NumberTaken(db::Tx& tx, const Sitting& s) {
  if (s.commission_id) {
    return tx
        .QueryOne(
            "SELECT id FROM sittings WHERE commission_id = $1 AND convocation = $2 AND number = $3 "
            "AND id <> $4",
            {*s.commission_id, s.convocation, s.number, s.id})
        .has_value();
  }
  return tx
      .QueryOne(
          "SELECT id FROM sittings WHERE maslikhat_id = $1 AND commission_id IS NULL AND "
          "convocation = $2 AND number = $3 AND id <> $4",
          {s.maslikhat_id, s.convocation, s.number, s.id})
      .has_value();
}

}  // namespace

int64_t SittingsRepository::Insert(db::Tx& tx, const Sitting& s) {
  if (NumberTaken(tx, s)) return 0;
  return tx
      .QueryOne(
          "INSERT INTO sittings (maslikhat_id, convocation, number, kind, closed, held_on, "
          "starts_at, place, broadcast_url, video_url, announced_on, elected_deputies, "
          "quorum_num, quorum_den, created_at, updated_at, commission_id, quorum_more_than) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, "
          "$17) RETURNING id",
          {s.maslikhat_id, s.convocation, s.number, std::string(KindName(s.kind)), s.closed,
           s.held_on, s.starts_at, s.place, s.broadcast_url, s.video_url, s.announced_on,
           s.elected_deputies, s.quorum.num, s.quorum.den, s.created_at, s.commission_id,
           s.quorum_more_than})
      ->Int("id");
}

bool SittingsRepository::Update(db::Tx& tx, const Sitting& s) {
  if (NumberTaken(tx, s)) return false;
  tx.Exec(
      "UPDATE sittings SET convocation = $2, number = $3, kind = $4, closed = $5, held_on = $6, "
      "starts_at = $7, place = $8, broadcast_url = $9, video_url = $10, announced_on = $11, "
      "elected_deputies = $12, quorum_num = $13, quorum_den = $14, updated_at = $15, "
      "quorum_more_than = $16 WHERE id = $1",
      {s.id, s.convocation, s.number, std::string(KindName(s.kind)), s.closed, s.held_on,
       s.starts_at, s.place, s.broadcast_url, s.video_url, s.announced_on, s.elected_deputies,
       s.quorum.num, s.quorum.den, s.updated_at, s.quorum_more_than});
  return true;
}

std::optional<Sitting> SittingsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return SittingOf(*r);
}

void SittingsRepository::SetPosts(db::Tx& tx, int64_t id, std::optional<int64_t> announcement,
                                  std::optional<int64_t> results) {
  tx.Exec("UPDATE sittings SET announcement_post_id = $2, results_post_id = $3 WHERE id = $1",
          {id, announcement, results});
}

std::vector<Sitting> SittingsRepository::List(db::Tx& tx, std::optional<int64_t> maslikhat_id,
                                              int limit, std::optional<int64_t> commission_id) {
  std::vector<Sitting> out;
  const auto rows =
      commission_id
          ? tx.Query(std::string(kColumns) +
                         "WHERE commission_id = $1 ORDER BY held_on DESC, id DESC LIMIT $2",
                     {*commission_id, limit})
      : maslikhat_id
          ? tx.Query(std::string(kColumns) +
                         "WHERE maslikhat_id = $1 ORDER BY held_on DESC, id DESC LIMIT $2",
                     {*maslikhat_id, limit})
          : tx.Query(std::string(kColumns) + "ORDER BY held_on DESC, id DESC LIMIT $1", {limit});
  for (const auto& r : rows) out.push_back(SittingOf(r));
  return out;
}

void SittingsRepository::ReplaceAgenda(db::Tx& tx, int64_t sitting_id,
                                       const std::vector<AgendaItem>& items) {
  // Items a decision or a document points at stay (their ids are kept); the rest are replaced.
  std::map<int64_t, bool> kept;
  for (const auto& item : items) {
    if (item.id == 0) continue;
    tx.Exec(
        "UPDATE sitting_agenda SET position = $3, title_kk = $4, title_ru = $5, rapporteur = $6 "
        "WHERE id = $1 AND sitting_id = $2",
        {item.id, sitting_id, item.position, item.title_kk, item.title_ru, item.rapporteur});
    kept[item.id] = true;
  }
  for (const auto& r :
       tx.Query("SELECT id FROM sitting_agenda WHERE sitting_id = $1 AND id NOT IN (SELECT "
                "agenda_item_id FROM sitting_decisions WHERE sitting_id = $1 AND agenda_item_id "
                "IS NOT NULL) AND id NOT IN (SELECT agenda_item_id FROM sitting_documents WHERE "
                "sitting_id = $1)",
                {sitting_id})) {
    if (kept.count(r.Int("id"))) continue;
    // A deputy who arrived at or left before a removed item is counted from the start or to the
    // end.
    tx.Exec("UPDATE sitting_attendance SET arrived_at_item_id = NULL WHERE arrived_at_item_id = $1",
            {r.Int("id")});
    tx.Exec(
        "UPDATE sitting_attendance SET left_before_item_id = NULL WHERE left_before_item_id = $1",
        {r.Int("id")});
    tx.Exec("DELETE FROM sitting_agenda WHERE id = $1", {r.Int("id")});
  }
  for (const auto& item : items) {
    if (item.id != 0) continue;
    tx.Exec(
        "INSERT INTO sitting_agenda (sitting_id, position, title_kk, title_ru, rapporteur) VALUES "
        "($1, $2, $3, $4, $5)",
        {sitting_id, item.position, item.title_kk, item.title_ru, item.rapporteur});
  }
}

std::vector<AgendaItem> SittingsRepository::Agenda(db::Tx& tx, int64_t sitting_id) {
  std::vector<AgendaItem> out;
  for (const auto& r :
       tx.Query("SELECT id, position, title_kk, title_ru, rapporteur FROM sitting_agenda WHERE "
                "sitting_id = $1 ORDER BY position, id",
                {sitting_id})) {
    out.push_back(AgendaItem{r.Int("id"), static_cast<int>(r.Int("position")), r.Str("title_kk"),
                             r.Str("title_ru"), r.Str("rapporteur")});
  }
  return out;
}

void SittingsRepository::ReplaceAttendance(db::Tx& tx, int64_t sitting_id,
                                           const std::vector<Stay>& present) {
  tx.Exec("DELETE FROM sitting_attendance WHERE sitting_id = $1", {sitting_id});
  for (const Stay& stay : present) {
    tx.Exec(
        "INSERT INTO sitting_attendance (sitting_id, deputy_id, arrived_at_item_id, "
        "left_before_item_id) VALUES ($1, $2, $3, $4) ON CONFLICT (sitting_id, deputy_id) DO "
        "NOTHING",
        {sitting_id, stay.deputy_id, stay.arrived_at_item_id, stay.left_before_item_id});
  }
}

std::vector<Stay> SittingsRepository::Present(db::Tx& tx, int64_t sitting_id) {
  std::vector<Stay> out;
  for (const auto& r : tx.Query("SELECT deputy_id, arrived_at_item_id, left_before_item_id FROM "
                                "sitting_attendance WHERE sitting_id = $1 ORDER BY deputy_id",
                                {sitting_id}))
    out.push_back(
        {r.Int("deputy_id"), r.OptInt("arrived_at_item_id"), r.OptInt("left_before_item_id")});
  return out;
}

namespace {

void InsertVotes(db::Tx& tx, const Decision& d) {
  for (const auto& v : d.by_name) {
    tx.Exec("INSERT INTO sitting_votes (decision_id, deputy_id, vote) VALUES ($1, $2, $3)",
            {d.id, v.deputy_id, std::string(VoteName(v.vote))});
  }
}

}  // namespace

int64_t SittingsRepository::InsertDecision(db::Tx& tx, const Decision& d, const std::string& now) {
  Decision made = d;
  made.id = tx.QueryOne(
                  "INSERT INTO sitting_decisions (sitting_id, agenda_item_id, number, adopted_on, "
                  "title_kk, title_ru, votes_for, votes_against, votes_abstained, act_id, "
                  "created_at, text_kk, text_ru, status, updated_at) VALUES ($1, $2, $3, $4, $5, "
                  "$6, $7, $8, $9, $10, $11, $12, $13, $14, $11) RETURNING id",
                  {d.sitting_id, d.agenda_item_id, d.number, d.adopted_on, d.title_kk, d.title_ru,
                   d.votes_for, d.votes_against, d.votes_abstained, d.act_id, now, d.text_kk,
                   d.text_ru, std::string(DecisionStatusName(d.status))})
                ->Int("id");
  InsertVotes(tx, made);
  return made.id;
}

void SittingsRepository::UpdateDecision(db::Tx& tx, const Decision& d, const std::string& now) {
  tx.Exec(
      "UPDATE sitting_decisions SET agenda_item_id = $2, number = $3, adopted_on = $4, "
      "title_kk = $5, title_ru = $6, votes_for = $7, votes_against = $8, votes_abstained = $9, "
      "act_id = $10, text_kk = $11, text_ru = $12, status = $13, updated_at = $14 WHERE id = $1",
      {d.id, d.agenda_item_id, d.number, d.adopted_on, d.title_kk, d.title_ru, d.votes_for,
       d.votes_against, d.votes_abstained, d.act_id, d.text_kk, d.text_ru,
       std::string(DecisionStatusName(d.status)), now});
  tx.Exec("DELETE FROM sitting_votes WHERE decision_id = $1", {d.id});
  InsertVotes(tx, d);
}

std::vector<Decision> SittingsRepository::Decisions(db::Tx& tx, int64_t sitting_id) {
  std::vector<Decision> out;
  for (const auto& r :
       tx.Query("SELECT id, sitting_id, agenda_item_id, number, adopted_on, title_kk, title_ru, "
                "votes_for, votes_against, votes_abstained, act_id, text_kk, text_ru, status FROM "
                "sitting_decisions WHERE "
                "sitting_id = $1 ORDER BY id",
                {sitting_id})) {
    Decision d;
    d.id = r.Int("id");
    d.sitting_id = r.Int("sitting_id");
    d.agenda_item_id = r.OptInt("agenda_item_id");
    d.number = r.Str("number");
    d.adopted_on = r.Str("adopted_on");
    d.title_kk = r.Str("title_kk");
    d.title_ru = r.Str("title_ru");
    d.votes_for = static_cast<int>(r.Int("votes_for"));
    d.votes_against = static_cast<int>(r.Int("votes_against"));
    d.votes_abstained = static_cast<int>(r.Int("votes_abstained"));
    d.act_id = r.OptInt("act_id");
    d.text_kk = r.Str("text_kk");
    d.text_ru = r.Str("text_ru");
    d.status = ParseDecisionStatus(r.Str("status")).value_or(DecisionStatus::kAdopted);
    out.push_back(std::move(d));
  }
  for (auto& d : out) {
    for (const auto& r : tx.Query(
             "SELECT deputy_id, vote FROM sitting_votes WHERE decision_id = $1 ORDER BY deputy_id",
             {d.id}))
      d.by_name.push_back({r.Int("deputy_id"), ParseVote(r.Str("vote")).value_or(Vote::kFor)});
  }
  return out;
}

std::vector<DecisionOfAct> SittingsRepository::DecisionsOfAct(db::Tx& tx, int64_t act_id,
                                                              int limit) {
  std::vector<DecisionOfAct> out;
  for (const auto& r :
       tx.Query("SELECT d.id, d.sitting_id, d.number, d.adopted_on, d.title_kk, d.title_ru, "
                "d.status, s.maslikhat_id, s.convocation, s.number AS sitting_number, s.held_on "
                "FROM sitting_decisions d JOIN sittings s ON s.id = d.sitting_id WHERE d.act_id = "
                "$1 ORDER BY d.adopted_on, d.id LIMIT $2",
                {act_id, limit})) {
    DecisionOfAct x;
    x.decision.id = r.Int("id");
    x.decision.sitting_id = r.Int("sitting_id");
    x.decision.number = r.Str("number");
    x.decision.adopted_on = r.Str("adopted_on");
    x.decision.title_kk = r.Str("title_kk");
    x.decision.title_ru = r.Str("title_ru");
    x.decision.status = ParseDecisionStatus(r.Str("status")).value_or(DecisionStatus::kAdopted);
    x.decision.act_id = act_id;
    x.maslikhat_id = r.Int("maslikhat_id");
    x.convocation = static_cast<int>(r.Int("convocation"));
    x.sitting_number = static_cast<int>(r.Int("sitting_number"));
    x.held_on = r.Str("held_on");
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace kenes::sittings
