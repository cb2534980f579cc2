#pragma once
// The maslikhat's annual reports: its staff make the report of a year for the maslikhat (the
// chair's report) or one of its commissions — Kenes counts the year's figures and writes a first
// text from them — edit the working copy (texts in kk and ru, the "what changed" note), count the
// figures again, and publish it as the next version; everybody reads the published versions, as a
// page and as a PDF. One transaction per use case; every change audited (no texts in the audit).

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "features/annual_reports/annual_reports.hpp"
#include "features/annual_reports/annual_reports_repository.hpp"
#include "features/directory/directory_service.hpp"
#include "features/posts/posts_service.hpp"
#include "platform/db/database.hpp"

namespace kenes::annual_reports {

// A change to the working copy; absent fields stay.
struct DraftInput {
  std::optional<std::string> text_kk{}, text_ru{}, note_kk{}, note_ru{};
};

class AnnualReportsService {
 public:
  AnnualReportsService(db::Database& db, const Clock& clock,
                       std::shared_ptr<directory::DirectoryService> directory,
                       std::shared_ptr<posts::PostService> posts = nullptr)
      : db_(db), clock_(clock), directory_(std::move(directory)), posts_(std::move(posts)) {}

  // The maslikhat's reports (or one commission's: 404 for a commission of another maslikhat):
  // those with a version, and the others too for those who keep them. 404 for no such maslikhat.
  Result<ReportList> List(const Actor& actor, int64_t maslikhat_id,
                          const std::optional<int64_t>& commission_id);
  // A new report of the year (kFirstYear … this year) with its figures counted and its first
  // text written. 401 / 403 for anyone but its keepers; 404 for no such maslikhat; 422
  // `commission_id: not_found` for a commission not of this maslikhat, `year: out_of_range`;
  // 409 `year: exists` when the subject has that year's report.
  Result<ReportView> Create(const Actor& actor, int64_t maslikhat_id,
                            const std::optional<int64_t>& commission_id, int year);
  // The report with its latest version, or version `number` (404 for no such version); a report
  // without a version is 404 to anyone who may not keep it. Keepers see the working copy too.
  Result<ReportView> Get(const Actor& actor, int64_t id, std::optional<int> number = std::nullopt);
  // The working copy (`text_*: required` if cleared). 404 to those who may not read the report,
  // 403 to readers who may not keep it.
  Result<ReportView> Update(const Actor& actor, int64_t id, const DraftInput& in);
  // Counts the working copy's figures again (the texts stay).
  Result<ReportView> Refresh(const Actor& actor, int64_t id);
  // Freezes the working copy as the next version. From version 2 on the "what changed" note is
  // required in kk and ru (422 `note_kk` / `note_ru: required`). Version 1 is announced as a post
  // of the maslikhat (a commission's report: of the commission); a failed announcement does not
  // undo publishing.
  Result<ReportView> Publish(const Actor& actor, int64_t id);
  // Version `number` as a PDF in kk or ru (as Get decides who reads it).
  Result<std::string> Pdf(const Actor& actor, int64_t id, int number, const std::string& language);

 private:
  bool MayKeep(const Actor& actor, int64_t maslikhat_id,
               const std::optional<int64_t>& commission_id);
  Figures CountFigures(db::Tx& tx, const Report& r);
  // The report if the actor may read it (404 otherwise), with the subject's names.
  Result<ReportView> Readable(const Actor& actor, int64_t id, std::optional<int> number);
  // The report if the actor may change it (404 / 403 as Update says).
  Result<Report> Editable(const Actor& actor, int64_t id);
  void Announce(const Actor& actor, const ReportView& v);

  db::Database& db_;
  const Clock& clock_;
  std::shared_ptr<directory::DirectoryService> directory_;
  std::shared_ptr<posts::PostService> posts_;
  AnnualReportsRepository repo_;
};

}  // namespace kenes::annual_reports
