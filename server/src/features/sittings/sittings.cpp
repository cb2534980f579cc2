#include "features/sittings/sittings.hpp"

#include <algorithm>

namespace kenes::sittings {

std::string_view KindName(SittingKind k) {
  return k == SittingKind::kExtraordinary ? "extraordinary" : "regular";
}

std::optional<SittingKind> ParseKind(std::string_view name) {
  if (name == "regular") return SittingKind::kRegular;
  if (name == "extraordinary") return SittingKind::kExtraordinary;
  return std::nullopt;
}

std::string_view VoteName(Vote v) {
  switch (v) {
    case Vote::kFor:
      return "for";
    case Vote::kAgainst:
      return "against";
    case Vote::kAbstained:
      return "abstained";
  }
  return "for";
}

std::optional<Vote> ParseVote(std::string_view name) {
  if (name == "for") return Vote::kFor;
  if (name == "against") return Vote::kAgainst;
  if (name == "abstained") return Vote::kAbstained;
  return std::nullopt;
}

std::string_view DecisionStatusName(DecisionStatus s) {
  switch (s) {
    case DecisionStatus::kDraft:
      return "draft";
    case DecisionStatus::kAdopted:
      return "adopted";
    case DecisionStatus::kRejected:
      return "rejected";
    case DecisionStatus::kWithdrawn:
      return "withdrawn";
  }
  return "draft";
}

std::optional<DecisionStatus> ParseDecisionStatus(std::string_view name) {
  if (name == "draft") return DecisionStatus::kDraft;
  if (name == "adopted") return DecisionStatus::kAdopted;
  if (name == "rejected") return DecisionStatus::kRejected;
  if (name == "withdrawn") return DecisionStatus::kWithdrawn;
  return std::nullopt;
}

int MajorityNeeded(int elected) { return elected <= 0 ? 1 : elected / 2 + 1; }

DecisionStatus StatusOfVote(int votes_for, int elected) {
  return votes_for >= MajorityNeeded(elected) ? DecisionStatus::kAdopted
                                              : DecisionStatus::kRejected;
}

bool PresentAt(int position, int arrived_position, int left_position) {
  return (arrived_position == 0 || arrived_position <= position) &&
         (left_position == 0 || position < left_position);
}

int QuorumNeeded(int elected, QuorumRule rule, bool more_than) {
  if (elected <= 0 || rule.den <= 0) return 0;
  const int64_t product = int64_t{elected} * rule.num;
  if (more_than) return static_cast<int>(std::min<int64_t>(product / rule.den + 1, elected));
  return static_cast<int>((product + rule.den - 1) / rule.den);
}

bool IsQuorate(int present, int elected, QuorumRule rule, bool more_than) {
  return elected > 0 && present >= QuorumNeeded(elected, rule, more_than);
}

}  // namespace kenes::sittings
