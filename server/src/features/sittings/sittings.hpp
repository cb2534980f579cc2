#pragma once
// A sitting (session, сессия / сессиясы) of a maslikhat: its number within the convocation, regular
// or extraordinary, open or closed, when and where, the broadcast and the video archive; the
// agenda; who of the maslikhat's deputies attended, and whether that makes a quorum; the decisions
// taken, with the vote. "Sitting" in code, so it is not mistaken for a sign-in session.
// See docs/sessions.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::sittings {

enum class SittingKind { kRegular, kExtraordinary };
std::string_view KindName(SittingKind k);  // "regular", "extraordinary"
std::optional<SittingKind> ParseKind(std::string_view name);

enum class Vote { kFor, kAgainst, kAbstained };
std::string_view VoteName(Vote v);  // "for", "against", "abstained"
std::optional<Vote> ParseVote(std::string_view name);

// A sitting is quorate with at least num/den of the deputies elected (Law on local government,
// Art. 8 para 2: two thirds). "Elected" is the seats filled now: a vacant seat counts for nobody.
struct QuorumRule {
  int num = 2;
  int den = 3;
};
// The fewest present that make a quorum: ⌈elected × num / den⌉ ("at least"), or, with
// `more_than`, ⌊elected × num / den⌋ + 1 ("more than": a commission meeting is quorate with more
// than half of its members, Law Art. 15 — 5 of 10 is not, 6 is).
int QuorumNeeded(int elected, QuorumRule rule = {}, bool more_than = false);
bool IsQuorate(int present, int elected, QuorumRule rule = {}, bool more_than = false);

// A closed sitting must be announced at least this many working days ahead (Law on access to
// information, Art. 13): the sitting's day is at least the 3rd working day after the announcement.
inline constexpr int kClosedNoticeWorkingDays = 3;

// A decision's status. A draft (проект решения) is put to the sitting; the vote adopts or rejects
// it; it may be withdrawn from consideration (снят с рассмотрения) before the vote.
enum class DecisionStatus { kDraft, kAdopted, kRejected, kWithdrawn };
std::string_view DecisionStatusName(
    DecisionStatus s);  // "draft", "adopted", "rejected", "withdrawn"
std::optional<DecisionStatus> ParseDecisionStatus(std::string_view name);

// A decision is adopted by a majority of the deputies elected (domain-kz §1.5: a majority of the
// total number): more than half, ⌊elected / 2⌋ + 1 votes for.
int MajorityNeeded(int elected);
// The status the vote gives when staff do not say: adopted with a majority for, rejected otherwise.
DecisionStatus StatusOfVote(int votes_for, int elected);

inline constexpr size_t kMaxAgendaItems = 100;
inline constexpr size_t kMaxTitleChars = 1000;
inline constexpr size_t kMaxDecisionTextChars = 100000;

struct AgendaItem {
  int64_t id = 0;
  int position = 0;  // 1, 2, … in the order considered
  std::string title_kk{}, title_ru{};
  std::string rapporteur{};  // who reports: a name and post, as announced
};

struct NamedVote {
  int64_t deputy_id = 0;
  Vote vote = Vote::kFor;
};

struct Decision {
  int64_t id = 0;
  int64_t sitting_id = 0;
  std::optional<int64_t> agenda_item_id{};
  std::string number{};  // free text ("8С-24-2")
  std::string adopted_on{};
  std::string title_kk{}, title_ru{};
  std::string text_kk{}, text_ru{};  // the decision's text in each language; "" until entered
  DecisionStatus status = DecisionStatus::kAdopted;
  int votes_for = 0, votes_against = 0, votes_abstained = 0;
  std::vector<NamedVote> by_name{};  // when the vote was recorded by name
  std::optional<int64_t> act_id{};   // the act in the registry it creates or changes
  // The act's number and titles, for showing the link (filled by the service, not stored here).
  std::string act_number{}, act_title_kk{}, act_title_ru{};
};

struct Sitting {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  int convocation = 0;  // VIII
  int number = 0;       // within the convocation
  SittingKind kind = SittingKind::kRegular;
  bool closed = false;
  std::string held_on{};    // YYYY-MM-DD
  std::string starts_at{};  // HH:MM, local time
  std::string place{};
  std::string broadcast_url{}, video_url{};
  std::string announced_on{};  // the day the sitting was announced
  int elected_deputies = 0;    // seats filled on the day: the quorum's base
  QuorumRule quorum{};
  bool quorum_more_than = false;  // "more than num/den" rather than "at least" (a commission's)
  std::string created_at{}, updated_at{};
  // The posts it published by itself (migration 0042): the announcement, the results.
  std::optional<int64_t> announcement_post_id{}, results_post_id{};
  // A commission's meeting (migration 0044): its members attend, its decisions are conclusions.
  std::optional<int64_t> commission_id{};
  std::string commission_name_kk{}, commission_name_ru{};  // filled by the service for showing
};

// A deputy at a sitting: present from the start, or arrived at an agenda item; to the end, or left
// before an item (absent from it on). Attendance changes during a sitting, so the quorum is counted
// at each item.
struct Stay {
  int64_t deputy_id = 0;
  std::optional<int64_t>
      arrived_at_item_id{};  // present from this item on; nullopt: from the start
  std::optional<int64_t> left_before_item_id{};  // absent from this item on; nullopt: to the end
};

// Whether a stay covers the item at `position`, given the positions of its arrival and leaving
// items (0 when not set).
bool PresentAt(int position, int arrived_position, int left_position);

struct AttendanceRow {
  int64_t deputy_id = 0;
  std::string name_kk{}, name_ru{};
  bool present = false;
  std::optional<int64_t> arrived_at_item_id{}, left_before_item_id{};
};

// The quorum at one agenda item: who of the deputies present at the sitting was there for it.
struct ItemQuorum {
  int64_t agenda_item_id = 0;
  int present = 0;
  bool quorate = false;
};

// A decision with its sitting, as the act it made shows it.
struct DecisionOfAct {
  Decision decision{};
  int64_t maslikhat_id = 0;
  int convocation = 0, sitting_number = 0;
  std::string held_on{};
};

struct SittingDetail {
  Sitting sitting{};
  std::vector<AgendaItem> agenda{};
  std::vector<AttendanceRow> attendance{};  // every deputy of the maslikhat, present or not
  int present = 0;
  int quorum_needed = 0;
  bool quorate = false;
  std::vector<ItemQuorum> item_quorum{};  // in the agenda's order
  std::vector<Decision> decisions{};
};

}  // namespace kenes::sittings
