#pragma once
// A work plan (жұмыс жоспары / план работы) of a maslikhat for a year: its own plan, or a standing
// commission's. Items are numbered within the plan, each with the responsible person, the quarter
// it is due in and its status; an item may point at the sitting that considered it and the act it
// produced (of the same maslikhat). A plan is a draft until published; only published plans are
// public. See docs/work-plans.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::work_plans {

enum class PlanState { kDraft, kPublished };
std::string_view StateName(PlanState s);  // "draft", "published"
std::optional<PlanState> ParseState(std::string_view name);

enum class ItemStatus { kPlanned, kInProgress, kDone, kPostponed, kCancelled };
// "planned", "in_progress", "done", "postponed", "cancelled"
std::string_view ItemStatusName(ItemStatus s);
std::optional<ItemStatus> ParseItemStatus(std::string_view name);

// A plan may be published, and stays published (it is a public record; items still change as the
// year goes on). Moving a published plan back to a draft is refused.
bool MayMove(PlanState from, PlanState to);

inline constexpr int kMinYear = 2000;
inline constexpr int kMaxYear = 2100;
inline constexpr size_t kMaxTitleChars = 500;
inline constexpr size_t kMaxItemTextChars = 2000;
inline constexpr size_t kMaxResponsibleChars = 300;
inline constexpr size_t kMaxNoteChars = 1000;
inline constexpr int kMaxItems = 200;  // per plan
inline constexpr int kMaxNumber = 999;
inline constexpr int kMaxVersions = 100;  // editions per plan
inline constexpr size_t kMaxVersionNoteChars = 1000;

struct Plan {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::optional<int64_t> commission_id{};  // nullopt: the maslikhat's own plan
  int year = 0;
  std::string title_kk{}, title_ru{};
  PlanState state = PlanState::kDraft;
  std::optional<std::string> published_at{};
  std::string created_at{}, updated_at{};
  int items_count = 0, done_count = 0;  // read with the list
  // Filled by the service for showing.
  std::string commission_name_kk{}, commission_name_ru{};
};

struct Item {
  int64_t id = 0;
  int64_t plan_id = 0;
  int number = 0;
  std::string text_kk{}, text_ru{};
  std::string responsible{};           // a person and their position, as written in the plan
  std::optional<int64_t> deputy_id{};  // when the responsible person is a deputy of it
  int quarter = 1;                     // 1–4
  ItemStatus status = ItemStatus::kPlanned;
  std::string note{};  // why postponed, say
  std::optional<int64_t> sitting_id{}, act_id{};
  std::string created_at{}, updated_at{};
  // Filled by the service for showing the links.
  std::string deputy_name_kk{}, deputy_name_ru{};
  std::string sitting_held_on{}, sitting_commission_kk{}, sitting_commission_ru{};
  int sitting_number = 0, sitting_convocation = 0;
  std::string act_number{}, act_title_kk{}, act_title_ru{};
};

// An edition of a plan: number N, when it was fixed and (from 2) what changed, in kk and ru.
struct VersionSummary {
  int number = 0;
  std::string fixed_at{};
  std::string note_kk{}, note_ru{};
};

// An edition as frozen: the titles and the items as they were shown (with the names and labels
// of their links). It never changes, whatever becomes of the plan.
struct PlanVersion {
  VersionSummary summary{};
  std::string title_kk{}, title_ru{};
  std::vector<Item> items{};
};

struct PlanDetail {
  Plan plan{};
  std::vector<Item> items{};  // by number
  bool can_edit = false;      // the reader may change it (staff of its maslikhat, administrators)
  std::vector<VersionSummary> versions{};  // its editions, by number
  // Set when this is an edition (GET …/versions/{n}): the plan's titles and items are the frozen
  // ones; `plan` keeps the rest (the maslikhat, the commission, the year, when it was published).
  std::optional<VersionSummary> version{};
};

// The plan as edition `v` froze it (titles, items and their counts), the rest as in `live`.
PlanDetail AsOfVersion(const PlanDetail& live, const PlanVersion& v);

}  // namespace kenes::work_plans
