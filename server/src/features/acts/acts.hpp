#pragma once
// A normative legal act of a maslikhat (a normative decision, НПА) as the registry keeps it: the
// requisites of the state register (number and date, registration with the justice body,
// publication, entry into force), the full texts in Kazakh and Russian, and the editions that
// changed it. See docs/acts.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::acts {

enum class ActStatus { kNotInForceYet, kInForce, kAmended, kRepealed };

std::string_view StatusName(ActStatus s);  // "not_in_force_yet", "in_force", "amended", "repealed"
std::optional<ActStatus> ParseStatus(std::string_view name);

// The transitions the registry allows: an act not in force yet comes into force or is repealed
// before it does; an act in force is amended or repealed; an amended one is amended again or
// repealed; a repealed act stays repealed (a new act replaces it).
bool MayMove(ActStatus from, ActStatus to);

// The day an act comes into force, "upon the expiry of N calendar days after the day of its first
// official publication": the N days are the days after publication, so the act is in force from
// the next one (published 01.04 with N = 10 → 12.04). N = 0 means "from the day of its first
// official publication". `published_on` is "YYYY-MM-DD"; nullopt when it is not a date.
std::optional<std::string> EntryIntoForce(std::string_view published_on, int delay_days);

inline constexpr int kDefaultForceDelayDays = 10;
inline constexpr int kMaxForceDelayDays = 366;
inline constexpr size_t kMaxTitleChars = 1000;
inline constexpr size_t kMaxTextChars = 200000;  // both languages fit the 1 MiB JSON body
inline constexpr size_t kMaxChangesChars = 4000;

// Whether `url` is an absolute http(s) address without spaces (the official database's page).
bool IsWebAddress(std::string_view url);

struct Edition {
  int64_t id = 0;
  int64_t act_id = 0;
  std::string edition_on{};  // the date of the edition
  std::string changes{};     // what changed, in words (the amending decision, say)
  std::string text_kk{}, text_ru{};
  std::string created_at{};
};

struct Act {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string number{};      // as adopted, free text ("8С-24-2")
  std::string adopted_on{};  // YYYY-MM-DD
  std::string title_kk{}, title_ru{};
  std::string registration_number{};              // with the justice body; "" if none
  std::optional<std::string> registered_on{};     // YYYY-MM-DD
  std::optional<std::string> published_on{};      // first official publication
  std::string publication_source{};               // "ЭКБ НПА РК, 31.03.2016"
  int force_delay_days = kDefaultForceDelayDays;  // calendar days after publication
  std::optional<std::string> in_force_on_set{};   // a date set by hand ("from adoption")
  std::optional<std::string> last_edition_on{};   // the newest edition's date
  ActStatus status = ActStatus::kNotInForceYet;
  std::string adilet_url{};
  std::string text_kk{}, text_ru{};
  std::string note{};
  std::string created_at{}, updated_at{};

  // The date set by hand, else the one computed from publication; nullopt before publication.
  std::optional<std::string> InForceOn() const;
};

// A link between two acts of one maslikhat, stored from the newer act: it amends or repeals the
// older one. Staff record it from either act, by one of four relations (`amends`, `amended_by`,
// `repeals`, `repealed_by`); a repeal makes the older act repealed, an amendment makes an act in
// force amended.
enum class LinkKind { kAmends, kRepeals };
std::string_view LinkKindName(LinkKind k);  // "amends", "repeals"
std::optional<LinkKind> ParseLinkKind(std::string_view name);

struct Relation {
  LinkKind kind = LinkKind::kAmends;
  bool this_is_newer = true;  // "amends"/"repeals": this act acts on the other
};
// "amends", "amended_by", "repeals", "repealed_by".
std::optional<Relation> ParseRelation(std::string_view name);
std::string RelationName(Relation r);

struct ActLink {
  int64_t id = 0;
  int64_t from_act_id = 0;  // the newer act
  LinkKind kind = LinkKind::kAmends;
  int64_t to_act_id = 0;  // the older act
  ActStatus to_status_before = ActStatus::kInForce;
  std::string created_at{};
};

// A link as one act's page shows it: the relation from this act's side and the other act.
struct LinkedAct {
  int64_t link_id = 0;
  Relation relation{};
  Act other{};  // a summary: no texts
};

struct ActDetail {
  Act act{};
  std::vector<Edition> editions{};  // oldest first
  std::vector<LinkedAct> links{};
};

}  // namespace kenes::acts
