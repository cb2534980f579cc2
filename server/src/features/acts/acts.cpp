#include "features/acts/acts.hpp"

#include "features/calendar/calendar_service.hpp"

namespace kenes::acts {

namespace {
constexpr std::string_view kNames[] = {"not_in_force_yet", "in_force", "amended", "repealed"};
}  // namespace

std::string_view StatusName(ActStatus s) { return kNames[static_cast<int>(s)]; }

std::optional<ActStatus> ParseStatus(std::string_view name) {
  for (int i = 0; i < 4; ++i) {
    if (kNames[i] == name) return static_cast<ActStatus>(i);
  }
  return std::nullopt;
}

bool MayMove(ActStatus from, ActStatus to) {
  // A repealed act stays so; any other may be repealed; in force comes only from not yet in
  // force, amended only from in force or amended.
  if (from == ActStatus::kRepealed) return false;
  switch (to) {
    case ActStatus::kRepealed:
      return true;
    case ActStatus::kInForce:
      return from == ActStatus::kNotInForceYet;
    case ActStatus::kAmended:
      return from != ActStatus::kNotInForceYet;
    case ActStatus::kNotInForceYet:
      return false;
  }
  return false;
}

std::optional<std::string> EntryIntoForce(std::string_view published_on, int delay_days) {
  auto d = calendar::CivilDate::Parse(published_on);
  if (!d || delay_days < 0) return std::nullopt;
  return d->AddDays(delay_days == 0 ? 0 : delay_days + 1).ToString();
}

bool IsWebAddress(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("https://")) {
    rest = url.substr(8);
  } else if (url.starts_with("http://")) {
    rest = url.substr(7);
  } else {
    return false;
  }
  if (rest.empty() || rest.front() == '/' || rest.front() == '.') return false;
  for (char c : rest) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')
      return false;
  }
  return true;
}

std::optional<std::string> Act::InForceOn() const {
  if (in_force_on_set) return in_force_on_set;
  if (!published_on) return std::nullopt;
  return EntryIntoForce(*published_on, force_delay_days);
}

std::string_view LinkKindName(LinkKind k) { return k == LinkKind::kRepeals ? "repeals" : "amends"; }

std::optional<LinkKind> ParseLinkKind(std::string_view name) {
  if (name == "amends") return LinkKind::kAmends;
  if (name == "repeals") return LinkKind::kRepeals;
  return std::nullopt;
}

std::optional<Relation> ParseRelation(std::string_view name) {
  if (name == "amends") return Relation{LinkKind::kAmends, true};
  if (name == "amended_by") return Relation{LinkKind::kAmends, false};
  if (name == "repeals") return Relation{LinkKind::kRepeals, true};
  if (name == "repealed_by") return Relation{LinkKind::kRepeals, false};
  return std::nullopt;
}

std::string RelationName(Relation r) {
  if (r.this_is_newer) return std::string(LinkKindName(r.kind));
  return r.kind == LinkKind::kRepeals ? "repealed_by" : "amended_by";
}

}  // namespace kenes::acts
