#pragma once
// The maslikhat's annual reports (issue 14): the chair's report of the maslikhat's work for a
// calendar year and each commission's report of its own, one per subject and year. Unlike a
// deputy's report to voters (a draft that may be taken back), these are documents with versions:
// the staff keep a working copy — Kenes counts the year's figures from the record and writes a
// first text from them — and publishing freezes it as version N (texts and figures); a correction
// is published as version N+1 with a short "what changed" note. A published version is never
// changed. See docs/annual-reports.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/catalog/catalog_service.hpp"

namespace kenes::annual_reports {

inline constexpr size_t kMaxTextChars = 30000;  // per language
inline constexpr size_t kMaxNoteChars = 500;    // "what changed", per language
inline constexpr int kFirstYear = 2000;
inline constexpr int kMaxReportsListed = 200;  // per maslikhat
inline constexpr int kMaxVersions = 100;       // per report: a flood of corrections stops here

using catalog::CategoryFigures;

// The year's record, counted in Kazakhstan's local time (UTC+5); docs/annual-reports.md defines
// each figure. A maslikhat's report fills all but meetings_held; a commission's fills
// meetings_held, questions and decisions (its conclusions) only.
struct Figures {
  int sittings_regular = 0, sittings_extraordinary = 0;
  int meetings_held = 0;  // a commission's
  int questions = 0;      // agenda items of the sittings (meetings) held
  int decisions = 0;      // adopted decisions (a commission's: its conclusions)
  int acts_adopted = 0, acts_registered = 0;
  int discussions_held = 0, comments_received = 0;
  int appeals_received = 0, appeals_resolved = 0;
  std::vector<CategoryFigures> categories{};
  int receptions_held = 0;
  int events_held = 0;
  std::string counted_at{};  // UTC ISO: when Kenes counted them
};

// The working copy: what the next version will say.
struct Draft {
  std::string text_kk{}, text_ru{};  // Markdown
  std::string note_kk{}, note_ru{};  // "what changed" for a correction (version 2 on)
  Figures figures{};
};

// A published version, frozen.
struct Version {
  int number = 0;
  std::string text_kk{}, text_ru{};
  std::string html_kk{}, html_ru{};
  Figures figures{};
  std::string note_kk{}, note_ru{};
  std::string published_at{};  // UTC ISO
};

struct Report {
  int64_t id = 0;
  int64_t maslikhat_id = 0;
  std::optional<int64_t> commission_id{};  // none: the chair's report of the maslikhat
  int year = 0;
  Draft draft{};
  int version = 0;                            // the latest published version, 0 before the first
  std::optional<std::string> published_at{};  // the latest version's
  std::optional<int64_t> post_id{};           // the post announcing version 1
  std::string created_at{}, updated_at{};
};

// One version in the list of versions: without its texts.
struct VersionSummary {
  int number = 0;
  std::string note_kk{}, note_ru{};
  std::string published_at{};
};

// A report as one reader sees it: one version (the latest unless asked), the list of versions,
// whose report it is by name, and — for its keepers only — the working copy.
struct ReportView {
  Report report{};
  std::optional<Version> shown{};
  std::vector<VersionSummary> versions{};  // newest first
  std::string maslikhat_name_kk{}, maslikhat_name_ru{};
  std::string commission_name_kk{}, commission_name_ru{};
  bool can_edit = false;
};

// A maslikhat's annual reports (all subjects, or one commission's): the published ones, and the
// unpublished too for those who keep them.
struct ReportList {
  int64_t maslikhat_id = 0;
  std::vector<ReportView> items{};  // without texts; newest year first, the maslikhat's first
  bool can_edit = false;            // may make a report here
};

}  // namespace kenes::annual_reports
