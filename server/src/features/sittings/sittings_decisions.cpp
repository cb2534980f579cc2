// SittingsService's decisions: the act a decision creates or changes checked against the
// registry, the vote by name merged with the attendance, and adding or changing a decision in one
// transaction, published again in the results post.
#include <algorithm>
#include <map>
#include <set>

#include "features/calendar/calendar_service.hpp"
#include "features/sittings/sittings_policy.hpp"
#include "features/sittings/sittings_service.hpp"
#include "platform/audit/audit.hpp"

namespace kenes::sittings {

using calendar::CivilDate;

Result<std::optional<int64_t>> SittingsService::ActMaslikhat(const DecisionInput& in) {
  if (!in.act_id || !*in.act_id) return std::optional<int64_t>{};
  auto act = acts_->Get(**in.act_id);
  if (!act.ok()) return Error::Invalid("act_id", "not_found");
  return std::optional<int64_t>{act->act.maslikhat_id};
}

Result<Decision> SittingsService::Merged(db::Tx& tx, const Sitting& s,
                                         const std::vector<directory::Deputy>& list, Decision d,
                                         const DecisionInput& in,
                                         std::optional<int64_t> act_maslikhat) {
  if (act_maslikhat && *act_maslikhat != s.maslikhat_id)
    return Error::Invalid("act_id", "other_maslikhat");
  if (in.agenda_item_id && *in.agenda_item_id) {
    const auto agenda = repo_.Agenda(tx, s.id);
    if (std::none_of(agenda.begin(), agenda.end(),
                     [&](const AgendaItem& a) { return a.id == **in.agenda_item_id; }))
      return Error::Invalid("agenda_item_id", "not_found");
  }
  if (in.agenda_item_id) d.agenda_item_id = *in.agenda_item_id;
  if (in.act_id) d.act_id = *in.act_id;
  std::map<std::string, std::string> bad;
  auto text = [&](const char* key, const std::optional<std::string>& v, std::string& out,
                  bool required) {
    if (!v) return;
    if (required && v->empty()) bad.emplace(key, "required");
    out = *v;
  };
  text("number", in.number, d.number, true);
  text("title_kk", in.title_kk, d.title_kk, true);
  text("title_ru", in.title_ru, d.title_ru, true);
  text("text_kk", in.text_kk, d.text_kk, false);
  text("text_ru", in.text_ru, d.text_ru, false);
  if (in.adopted_on) {
    if (!CivilDate::Parse(*in.adopted_on)) bad.emplace("adopted_on", "invalid");
    d.adopted_on = *in.adopted_on;
  }
  if (!bad.empty()) return Error::InvalidFields(std::move(bad));
  if (in.VoteSent()) {
    std::set<int64_t> listed;
    for (const auto& dep : list) listed.insert(dep.id);
    std::set<int64_t> seen;
    int tally[3] = {0, 0, 0};
    d.by_name.clear();
    for (const auto& v : in.by_name) {
      if (!listed.count(v.deputy_id))
        return Error::Invalid("by_name", s.commission_id ? "not_a_member" : "not_a_deputy");
      if (!seen.insert(v.deputy_id).second) return Error::Invalid("by_name", "duplicate");
      ++tally[static_cast<int>(v.vote)];
      d.by_name.push_back({v.deputy_id, v.vote});
    }
    const bool named = !in.by_name.empty();
    d.votes_for = in.votes_for.value_or(named ? tally[0] : 0);
    d.votes_against = in.votes_against.value_or(named ? tally[1] : 0);
    d.votes_abstained = in.votes_abstained.value_or(named ? tally[2] : 0);
    if (named &&
        (tally[0] != d.votes_for || tally[1] != d.votes_against || tally[2] != d.votes_abstained))
      return Error::Invalid("by_name", "counts_differ");
  }
  const int voted = d.votes_for + d.votes_against + d.votes_abstained;
  if (voted > s.elected_deputies) return Error::Invalid("votes_for", "more_than_elected");
  if (in.status) {
    d.status = *in.status;
  } else if (in.VoteSent() || d.id == 0) {
    d.status = voted > 0 ? StatusOfVote(d.votes_for, s.elected_deputies) : DecisionStatus::kDraft;
  }
  const bool majority = d.votes_for >= MajorityNeeded(s.elected_deputies);
  switch (d.status) {
    case DecisionStatus::kAdopted:
      if (!majority) return Error::Invalid("status", "no_majority");
      break;
    case DecisionStatus::kRejected:
      if (majority) return Error::Invalid("status", "has_majority");
      break;
    case DecisionStatus::kDraft:
    case DecisionStatus::kWithdrawn:
      if (voted > 0) return Error::Invalid("status", "has_votes");
      break;
  }
  return d;
}

Result<SittingDetail> SittingsService::ChangeDecision(const Actor& actor, int64_t id,
                                                      const DecisionInput& in,
                                                      const DecisionChange& change) {
  auto ctx = Context(id);
  if (!ctx.ok()) return ctx.take_error();
  const auto& deputies = ctx->second;
  const int64_t now = clock_.NowMs();
  // The act it creates or changes must be in the registry, of the same maslikhat.
  auto act_maslikhat = ActMaslikhat(in);
  if (!act_maslikhat.ok()) return act_maslikhat.take_error();
  return Posted(actor, WithActs(db_.Write([&](db::Tx& tx) -> Result<SittingDetail> {
                  auto s = repo_.Find(tx, id);
                  if (!s) return Error::NotFound();
                  if (!SittingsPolicy::MayEdit(actor, s->maslikhat_id)) return Error::Denied();
                  if (Status done = change(tx, *s, deputies, *act_maslikhat, now); !done.ok()) {
                    return done.error();
                  }
                  return Load(tx, id, deputies);
                })));
}

Result<SittingDetail> SittingsService::AddDecision(const Actor& actor, int64_t id,
                                                   const DecisionInput& in) {
  return ChangeDecision(
      actor, id, in,
      [&](db::Tx& tx, const Sitting& s, const std::vector<directory::Deputy>& list,
          std::optional<int64_t> act_maslikhat, int64_t now) -> Status {
        Decision base;
        base.sitting_id = id;
        base.adopted_on = s.held_on;
        auto d = Merged(tx, s, list, base, in, act_maslikhat);
        if (!d.ok()) return d.take_error();
        const int64_t decision = repo_.InsertDecision(tx, *d, FormatIsoUtc(now));
        audit::Record(
            tx, actor,
            {"sitting.decision", "sitting", id, "{\"decision\":" + std::to_string(decision) + "}"},
            now);
        return Ok();
      });
}

Result<SittingDetail> SittingsService::UpdateDecision(const Actor& actor, int64_t id,
                                                      int64_t decision_id,
                                                      const DecisionInput& in) {
  return ChangeDecision(
      actor, id, in,
      [&](db::Tx& tx, const Sitting& s, const std::vector<directory::Deputy>& list,
          std::optional<int64_t> act_maslikhat, int64_t now) -> Status {
        const auto decisions = repo_.Decisions(tx, id);
        auto found = std::find_if(decisions.begin(), decisions.end(),
                                  [&](const Decision& x) { return x.id == decision_id; });
        if (found == decisions.end()) return Error::NotFound();
        auto d = Merged(tx, s, list, *found, in, act_maslikhat);
        if (!d.ok()) return d.take_error();
        repo_.UpdateDecision(tx, *d, FormatIsoUtc(now));
        audit::Record(tx, actor,
                      {"sitting.decision_update", "sitting", id,
                       "{\"decision\":" + std::to_string(decision_id) + ",\"status\":\"" +
                           std::string(DecisionStatusName(d->status)) + "\"}"},
                      now);
        return Ok();
      });
}

}  // namespace kenes::sittings
