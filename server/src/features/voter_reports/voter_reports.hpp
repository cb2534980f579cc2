#pragma once
// A deputy's yearly report to voters (отчёт депутата перед избирателями, issue 14): one per deputy
// and calendar year, a draft until published (and back to a draft when taken back). Kenes fills in
// the year's figures from the record when the report is made — appeals received and resolved by
// category, receptions held, events held, deputy requests sent and answered — and keeps them with
// the report as they were counted, so a published report never changes under its readers; the
// deputy may count them again while it is a draft. The text is the deputy's, in kk and ru
// (Markdown). See docs/voter-reports.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/catalog/catalog_service.hpp"

namespace kenes::voter_reports {

enum class ReportState { kDraft, kPublished };
std::string_view StateName(ReportState s);  // "draft", "published"
std::optional<ReportState> ParseState(std::string_view name);

inline constexpr size_t kMaxTextChars = 20000;  // per language
inline constexpr int kFirstYear = 2000;
inline constexpr int kMaxReportsListed = 100;  // per deputy

// Appeals of one category, with its names as they were counted (shared with the annual reports).
using CategoryFigures = catalog::CategoryFigures;

// The year's record of one deputy, counted in Kazakhstan's local time (UTC+5):
// - appeals received: addressed to the deputy, received in the year;
// - appeals resolved: addressed to the deputy, answered in the year (whenever received);
// - receptions held: the deputy's reception sessions on a day of the year, not cancelled, and
//   their day has come; visits: the people checked in at them;
// - events held: events the deputy organises, starting in the year, not cancelled, and begun;
// - deputy requests sent: made from appeals addressed to the deputy, sent in the year;
//   answered: those requests (whenever sent) answered in the year.
struct Figures {
  int appeals_received = 0;
  int appeals_resolved = 0;
  std::vector<CategoryFigures> categories{};  // by received, then resolved, descending; then key
  int receptions_held = 0;
  int reception_visits = 0;
  int events_held = 0;
  int requests_sent = 0;
  int requests_answered = 0;
  std::string counted_at{};  // UTC ISO: when Kenes counted them
};

struct Report {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  int64_t deputy_id = 0;
  int year = 0;
  ReportState state = ReportState::kDraft;
  std::string text_kk{}, text_ru{};  // Markdown as written
  std::string html_kk{}, html_ru{};  // rendered by platform/docs/markdown (inert)
  Figures figures{};
  std::optional<int64_t>
      meeting_event_id{};  // the report meeting (an event of type report_meeting)
  std::optional<std::string> published_at{};
  std::optional<int64_t> post_id{};  // the deputy's post announcing it, once first published
  std::string created_at{}, updated_at{};
};

// The report meeting as the report names it (the event's title, falling back to another language).
struct Meeting {
  int64_t event_id = 0;
  std::string title_kk{}, title_ru{};
  std::string starts_at{};  // local "YYYY-MM-DDTHH:MM"
};

// A report as one reader sees it: with the deputy's names, its meeting and whether the reader may
// change it.
struct ReportView {
  Report report{};
  std::string deputy_name_kk{}, deputy_name_ru{};
  std::optional<Meeting> meeting{};
  bool can_edit = false;
};

// A deputy's reports: the published ones, and the drafts too for those who keep them.
struct ReportList {
  int64_t deputy_id = 0;
  std::vector<Report> items{};
  bool can_edit = false;
};

}  // namespace kenes::voter_reports
