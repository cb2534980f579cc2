#pragma once
// A deputy's reports to voters: the deputy (or their maslikhat's staff) makes the report of a
// year — Kenes counts the year's figures and writes a first text from them — edits the kk and ru
// text and the report meeting, counts the figures again while it is a draft, publishes it and may
// take it back to a draft; everybody reads the published ones, as a page and as a PDF. One
// transaction per use case; every change audited (no texts in the audit row).

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/directory/directory_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/posts_service.hpp"
#include "features/voter_reports/voter_reports.hpp"
#include "features/voter_reports/voter_reports_policy.hpp"
#include "features/voter_reports/voter_reports_repository.hpp"
#include "platform/db/database.hpp"

namespace kenes::voter_reports {

// A change to a draft; absent fields stay. meeting_event_id: {nullopt} clears it.
struct ReportInput {
  std::optional<std::string> text_kk{}, text_ru{};
  std::optional<std::optional<int64_t>> meeting_event_id{};
};

class VoterReportsService {
 public:
  VoterReportsService(db::Database& db, const Clock& clock,
                      std::shared_ptr<directory::DirectoryService> directory,
                      std::shared_ptr<events::EventService> events,
                      std::shared_ptr<posts::PostService> posts = nullptr)
      : db_(db),
        clock_(clock),
        directory_(std::move(directory)),
        events_(std::move(events)),
        posts_(std::move(posts)) {}

  // The deputy's published reports, newest year first; the drafts too for those who keep them.
  // 404 for no such (published) deputy.
  Result<ReportList> List(const Actor& actor, int64_t deputy_id);
  // The signed-in deputy's own reports, drafts too (401; 404 for an account linked to no deputy).
  Result<ReportList> Mine(const Actor& actor);
  // A new draft for the year (kFirstYear … this year), its figures counted and its text written.
  // 401 / 403 for anyone but the deputy and their maslikhat's staff, 404 for no such deputy,
  // 422 `year: out_of_range`, 409 `year: exists` when the deputy has that year's report.
  Result<ReportView> Create(const Actor& actor, int64_t deputy_id, int year);
  // A draft is 404 to anyone who may not keep it.
  Result<ReportView> Get(const Actor& actor, int64_t id);
  // Drafts only (409 `state: published` otherwise); 422 `meeting_event_id: not_found` unless
  // the event is a report meeting of this deputy, `text_kk` / `text_ru: required` if cleared.
  // Editing: 404 to those who may not read the report, 403 to readers who may not keep it.
  Result<ReportView> Update(const Actor& actor, int64_t id, const ReportInput& in);
  // Counts the figures again (drafts only, 409 otherwise); the text stays the deputy's.
  Result<ReportView> Refresh(const Actor& actor, int64_t id);
  // The first time a report is published it is announced as a post of the deputy (kk and ru,
  // linking to the report), so that the news and the deputy's followers hear of it; taken back and
  // published again, it is not announced twice. A failed announcement does not undo publishing.
  Result<ReportView> Publish(const Actor& actor, int64_t id);
  Result<ReportView> Unpublish(const Actor& actor, int64_t id);
  // The report as a PDF in kk or ru (as Get decides who reads it).
  Result<std::string> Pdf(const Actor& actor, int64_t id, const std::string& language);

 private:
  std::optional<OwnDeputy> Own(const Actor& actor);
  // The figures of the deputy's year as of now, with the categories' names.
  Figures CountFigures(db::Tx& tx, int64_t deputy_id, int year);
  // The report with its deputy's names and meeting, if the actor may read it (404 otherwise).
  Result<ReportView> Readable(const Actor& actor, int64_t id);
  // The report if the actor may change it (404 / 403 as Update says).
  Result<Report> Editable(const Actor& actor, int64_t id);
  std::optional<Meeting> MeetingOf(int64_t event_id);
  // Moves a report to `to` (no change when it is there already).
  Result<ReportView> Move(const Actor& actor, int64_t id, ReportState to);
  void Announce(const Actor& actor, const ReportView& v);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<events::EventService> events_;
  std::shared_ptr<posts::PostService> posts_;
  VoterReportsRepository repo_;
};

}  // namespace kenes::voter_reports
