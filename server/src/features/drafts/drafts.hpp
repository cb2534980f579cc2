#pragma once
// A public discussion of a draft act (issue 15, as on the Open NPA portal): the draft split into
// numbered paragraphs, a period of working days on the production calendar, comments per
// paragraph marked by author type, the staff's decision on each, and the summary table. See
// docs/drafts.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::drafts {

enum class AuthorType { kCitizen, kExpert, kOrganisation };
enum class Decision { kAccepted, kPartly, kRejected };
// Upcoming before its first day, open through its closing day, closed after; withdrawn by staff
// at any time before it closes, for good.
enum class State { kUpcoming, kOpen, kClosed, kWithdrawn };

std::string_view AuthorTypeName(AuthorType t);  // "citizen", "expert", "organisation"
std::optional<AuthorType> ParseAuthorType(std::string_view name);
std::string_view DecisionName(Decision d);  // "accepted", "partly", "rejected"
std::optional<Decision> ParseDecision(std::string_view name);
std::string_view StateName(State s);  // "upcoming", "open", "closed", "withdrawn"
std::optional<State> ParseState(std::string_view name);

inline constexpr int kMinWorkingDays = 10;  // the law's minimum period, by default
inline constexpr int kMaxWorkingDays = 120;
inline constexpr size_t kMaxParagraphs = 1000;
inline constexpr size_t kMaxParagraphChars = 20000;
inline constexpr size_t kMaxDraftChars = 200000;
inline constexpr size_t kMaxCommentChars = 5000;
inline constexpr size_t kMaxReasonChars = 2000;
inline constexpr size_t kMaxHiddenReasonChars = 500;
inline constexpr size_t kMaxWithdrawnReasonChars = 500;
inline constexpr int kMaxCommentsPerPerson = 30;  // per discussion: a flood stops here

// Splits a pasted draft into paragraphs: a blank line ends one, and a line that starts a numbered
// clause ("1.", "2)", "3.1.", "Статья 4", "5-бап", "§ 6") starts the next even without a blank
// line. Lines inside a paragraph keep their breaks; whitespace around each is trimmed.
std::vector<std::string> SplitParagraphs(std::string_view text);

// Today's state of a period whose days are "YYYY-MM-DD".
State StateOn(const std::string& today, const std::string& opens_on, const std::string& closes_on);
// When the comments stop being taken: 00:00 local time (UTC+5) of the day after `closes_on`, in
// UTC milliseconds; the closing notice is due then.
int64_t ClosingMs(const std::string& closes_on);
// Calendar days left to comment, today included (0 unless open).
int DaysLeft(const std::string& today, const std::string& opens_on, const std::string& closes_on);

// A paragraph in the two languages of the maslikhat's acts, read side by side. A discussion opened
// before both were kept (migration 0059) may lack one of them ("").
struct Paragraph {
  int64_t id = 0;
  int number = 0;  // 1-based, as shown and anchored (#p3)
  std::string text_kk{}, text_ru{};
};

// The text in `language` ("kk" the Kazakh one, anything else the Russian one), or the other one
// when that is missing.
const std::string& TextIn(const Paragraph& p, std::string_view language);

struct Comment {
  int64_t id = 0;
  int64_t discussion_id = 0;
  int64_t paragraph_id = 0;
  int paragraph_number = 0;
  int64_t author_id = 0;
  AuthorType author_type = AuthorType::kCitizen;
  std::string organisation{};  // the organisation's name; "" for a citizen or an expert
  std::string text{};
  std::optional<Decision> decision{};
  std::string reason{};
  std::optional<std::string> decided_at{};
  std::string created_at{};
  // Hidden by staff (moderation): the public sees the reason instead of the text and the
  // organisation; the summary table leaves the comment out. Staff still read it.
  std::optional<std::string> hidden_at{};
  std::string hidden_reason{};
};

struct Discussion {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::string title_kk{}, title_ru{};
  std::string opens_on{}, closes_on{};  // local dates; comments are taken through closes_on
  int working_days = kMinWorkingDays;
  std::optional<int64_t> act_id{};  // the adopted act in the registry
  int comments = 0;                 // how many, in lists
  // Withdrawn by staff (final): the public reads the reason; no more comments.
  std::optional<std::string> withdrawn_at{};
  std::string withdrawn_reason{};
  std::optional<int64_t> announcement_post_id{};
  std::string created_at{}, updated_at{};
};

// Its state today ("YYYY-MM-DD"): withdrawn whatever the dates, else by the period.
State StateOf(const Discussion& d, const std::string& today);

// Someone who commented, as a notice reaches them: the account, and its address and language for
// the e-mail ("" when the account is deleted, unverified or has no e-mail: the account only).
struct Commenter {
  int64_t user_id = 0;
  std::string email{};
  std::string language{};
};

struct DiscussionDetail {
  Discussion discussion{};
  std::vector<Paragraph> paragraphs{};
  std::vector<Comment> comments{};  // by paragraph, then oldest first
};

}  // namespace kenes::drafts
