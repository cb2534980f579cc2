#pragma once
// The appeals tables. The only code that runs appeals SQL (appeal_repository_sql.cpp).

#include <optional>
#include <string>
#include <vector>

#include "features/appeals/appeal.hpp"
#include "platform/db/database.hpp"

namespace kenes::appeals {

struct AppealFilter {
  std::optional<int64_t> maslikhat_id;  // staff scope
  std::optional<int64_t> deputy_id;     // deputy scope
  std::optional<int64_t> applicant_id;  // citizen scope
  std::optional<AppealStatus> status;
  std::optional<AppealType> type;
  std::string category, query;
  std::optional<int64_t> okrug_id, filter_deputy_id;
  std::string from, to;        // registered_on range
  bool overdue = false;        // ?overdue=true; the service turns it into overdue_before
  std::string overdue_before;  // open appeals with due_on < this date
  bool urgent = false;         // ?urgent=true: open urgent anonymous reports (their own queue)
  std::string number;          // exact talon number
  std::optional<int> seq;      // the last part of a talon number ("00020" -> 20), any year
  std::string iin_hash;        // a searched IIN, as its keyed hash (the column is encrypted)
  // Words of a text search: per word, stems any of which must be indexed for the appeal.
  std::vector<std::vector<std::string>> terms;
  int64_t after_id = 0;
  int limit = 50;
};

// Every field of the filter, for the cache of list pages: two filters with one key give one page.
// A field added to AppealFilter must be added here (appeal_reads.cpp; a unit test lists them).
std::string ListCacheKey(const AppealFilter& f);

class AppealRepository {
 public:
  // Next talon sequence for the maslikhat and year; atomic within the transaction.
  // The last talon number given in that maslikhat and year; 0 before the first.
  int LastSeq(db::Tx& tx, int64_t maslikhat_id, int year);
  int NextSeq(db::Tx& tx, int64_t maslikhat_id, int year);
  // Sets the counter directly (bulk loads that number appeals themselves).
  void SetSeq(db::Tx& tx, int64_t maslikhat_id, int year, int last_seq);
  int64_t Insert(db::Tx& tx, const Appeal& a);
  std::optional<Appeal> Find(db::Tx& tx, int64_t id);
  void Update(db::Tx& tx, const Appeal& a);
  // Summaries (the fields WriteSummary and the export show; no texts or personal data).
  std::vector<Appeal> List(db::Tx& tx, const AppealFilter& f);
  // The applicant's recent appeals in the maslikhat (id, subject), newest first.
  std::vector<std::pair<int64_t, std::string>> RecentSubjects(db::Tx& tx, int64_t maslikhat_id,
                                                              int64_t applicant_user_id, int limit);

  // Open appeals (deadline running), for the control dashboard and reminders.
  std::vector<Appeal> OpenAppeals(db::Tx& tx, std::optional<int64_t> maslikhat_id);
  // Answered appeals whose applicants agreed to publication.
  std::vector<Appeal> PublicList(db::Tx& tx, std::optional<int64_t> maslikhat_id,
                                 std::optional<int64_t> okrug_id, int64_t after_id, int limit);
  // Records a reminder; false when this one was already sent (reminders fire once).
  bool MarkReminder(db::Tx& tx, int64_t appeal_id, const std::string& kind,
                    const std::string& due_on, const std::string& at);

  void IndexTerms(db::Tx& tx, int64_t appeal_id, const std::vector<std::string>& terms);
  // Appeals whose search terms are not written yet: (id, searchable text), oldest first.
  std::vector<std::pair<int64_t, std::string>> Unindexed(db::Tx& tx, int limit);
  void MarkIndexed(db::Tx& tx, int64_t first_id, int64_t last_id);

  int64_t InsertExtension(db::Tx& tx, const Extension& e);
  std::optional<Extension> FindExtension(db::Tx& tx, int64_t id);
  // An appeal's extension decisions, oldest first.
  std::vector<Extension> Extensions(db::Tx& tx, int64_t appeal_id);
  void MarkExtensionNoticeSent(db::Tx& tx, int64_t id, const std::string& at);

  // The urgent mark and the forwarding term it sets (mark_urgent, unmark_urgent).
  void SetUrgent(db::Tx& tx, int64_t id, bool urgent, const std::string& forward_due_on);

  // Parts forwarded to other bodies (part_forwarding_repository_sql.cpp, migration 0037).
  int64_t InsertPartForwarding(db::Tx& tx, const PartForwarding& p);
  std::optional<PartForwarding> FindPartForwarding(db::Tx& tx, int64_t id);
  std::vector<PartForwarding> PartForwardings(db::Tx& tx, int64_t appeal_id);

  void AddEvent(db::Tx& tx, const AppealEvent& e);
  std::vector<AppealEvent> Events(db::Tx& tx, int64_t appeal_id);
};

}  // namespace kenes::appeals
