// The appeals table's SQL in one file (about 480 lines): the column list and the row mapper serve
// every query here (find, lists with their filters and search terms, the public register, the
// history, reminders); extensions, part forwardings, the register review and retention have their
// own repositories.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "features/appeals/appeal_repository.hpp"
#include "platform/crypto/field_cipher.hpp"

namespace kenes::appeals {
namespace {

// Co-signers are one TEXT column holding a JSON list of {name, address}: read and written here
// only.
std::vector<Cosigner> CosignersOf(const std::string& text) {
  std::vector<Cosigner> out;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& c : j) {
    if (!c.is_object()) continue;
    out.push_back({c.value("name", ""), c.value("address", "")});
  }
  return out;
}

std::string CosignersText(const std::vector<Cosigner>& list) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& c : list) j.push_back({{"name", c.name}, {"address", c.address}});
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

constexpr const char* kCols =
    "id, maslikhat_id, number, year, seq, type, channel, status, language, subject, body, "
    "problem_address, addressee, okrug_id, deputy_id, commission_id, applicant_user_id, "
    "applicant_name, applicant_iin, applicant_email, applicant_phone, applicant_address, "
    "contact_preference, anonymous, urgent_redirect, collective, cosigners, category, "
    "public_consent, repeat_of, received_at, received_by, registered_on, due_on, forward_due_on, "
    "outcome, answer_text, answered_at, feedback_solved, feedback_comment, created_at, updated_at, "
    "leave_ground";

// What a list shows (WriteSummary, the export): no texts, no applicant's personal data. A page of
// 20 appeals then reads 20 short rows instead of 20 bodies of up to 20,000 characters.
constexpr const char* kSummaryCols =
    "id, maslikhat_id, number, type, channel, status, language, subject, addressee, okrug_id, "
    "deputy_id, commission_id, anonymous, urgent_redirect, collective, category, repeat_of, "
    "received_at, registered_on, due_on, forward_due_on, outcome";

// A status the server does not know is a row written by hand or by a newer version: refuse to
// guess what may be done with it.
AppealStatus StatusOf(const db::Row& r) {
  const std::string name = r.Str("status");
  auto status = ParseStatus(name);
  if (!status)
    throw std::runtime_error("appeal " + std::to_string(r.Int("id")) + " has unknown status");
  return *status;
}

// The same for the other closed sets: a word the server does not know is not guessed at.
template <class E>
E Known(const db::Row& r, const char* column, std::optional<E> (*parse)(std::string_view)) {
  auto value = parse(r.Str(column));
  if (!value)
    throw std::runtime_error("appeal " + std::to_string(r.Int("id")) + " has unknown " + column);
  return *value;
}

std::optional<Outcome> OutcomeOf(const db::Row& r) {
  auto name = r.OptStr("outcome");
  if (!name) return std::nullopt;
  return Known(r, "outcome", ParseOutcome);
}

Appeal ToSummary(const db::Row& r) {
  Appeal a;
  a.id = r.Int("id");
  a.maslikhat_id = r.Int("maslikhat_id");
  a.number = r.Str("number");
  a.type = Known(r, "type", ParseType);
  a.channel = Known(r, "channel", ParseChannel);
  a.status = StatusOf(r);
  a.language = r.Str("language");
  a.subject = r.Str("subject");
  a.addressee = Known(r, "addressee", ParseAddressee);
  a.okrug_id = r.OptInt("okrug_id");
  a.deputy_id = r.OptInt("deputy_id");
  a.commission_id = r.OptInt("commission_id");
  a.anonymous = r.Bool("anonymous");
  a.urgent_redirect = r.Bool("urgent_redirect");
  a.collective = r.Bool("collective");
  a.category = r.Str("category");
  a.repeat_of = r.OptInt("repeat_of");
  a.received_at = r.Str("received_at");
  a.registered_on = r.Str("registered_on");
  a.due_on = r.Str("due_on");
  a.forward_due_on = r.Str("forward_due_on");
  a.outcome = OutcomeOf(r);
  return a;
}

Appeal ToAppeal(const db::Row& r) {
  Appeal a;
  a.id = r.Int("id");
  a.maslikhat_id = r.Int("maslikhat_id");
  a.number = r.Str("number");
  a.year = static_cast<int>(r.Int("year"));
  a.seq = static_cast<int>(r.Int("seq"));
  a.type = Known(r, "type", ParseType);
  a.channel = Known(r, "channel", ParseChannel);
  a.status = StatusOf(r);
  a.language = r.Str("language");
  a.subject = r.Str("subject");
  a.body = r.Str("body");
  a.problem_address = r.Str("problem_address");
  a.addressee = Known(r, "addressee", ParseAddressee);
  a.okrug_id = r.OptInt("okrug_id");
  a.deputy_id = r.OptInt("deputy_id");
  a.commission_id = r.OptInt("commission_id");
  a.applicant_user_id = r.OptInt("applicant_user_id");
  a.applicant_name = r.Str("applicant_name");
  a.applicant_iin = crypto::OpenStoredIin(r.OptStr("applicant_iin"));
  a.applicant_email = r.Str("applicant_email");
  a.applicant_phone = r.Str("applicant_phone");
  a.applicant_address = r.Str("applicant_address");
  a.contact_preference = Known(r, "contact_preference", ParseContactPreference);
  a.anonymous = r.Bool("anonymous");
  a.urgent_redirect = r.Bool("urgent_redirect");
  a.collective = r.Bool("collective");
  a.cosigners = CosignersOf(r.Str("cosigners"));
  a.category = r.Str("category");
  a.public_consent = r.Bool("public_consent");
  a.repeat_of = r.OptInt("repeat_of");
  a.received_at = r.Str("received_at");
  a.received_by = r.OptInt("received_by");
  a.registered_on = r.Str("registered_on");
  a.due_on = r.Str("due_on");
  a.forward_due_on = r.Str("forward_due_on");
  a.outcome = OutcomeOf(r);
  a.answer_text = r.OptStr("answer_text");
  a.answered_at = r.OptStr("answered_at");
  if (auto v = r.OptInt("feedback_solved")) a.feedback_solved = *v != 0;
  a.feedback_comment = r.OptStr("feedback_comment");
  a.created_at = r.Str("created_at");
  a.updated_at = r.Str("updated_at");
  a.leave_ground = r.Str("leave_ground");
  return a;
}

}  // namespace

int AppealRepository::LastSeq(db::Tx& tx, int64_t maslikhat_id, int year) {
  auto row =
      tx.QueryOne("SELECT last_seq FROM appeal_counters WHERE maslikhat_id = $1 AND year = $2",
                  {maslikhat_id, year});
  return row ? static_cast<int>(row->Int("last_seq")) : 0;
}

int AppealRepository::NextSeq(db::Tx& tx, int64_t maslikhat_id, int year) {
  // The UPDATE takes the row lock (PostgreSQL) or runs under the write lock (SQLite), so two
  // registrations never get the same number and no number is skipped. The counter row is made
  // once a year; trying the UPDATE first keeps every other filing to one statement on this
  // contended row.
  auto next = [&] {
    return tx.QueryOne(
        "UPDATE appeal_counters SET last_seq = last_seq + 1 WHERE maslikhat_id = $1 AND year = $2 "
        "RETURNING last_seq",
        {maslikhat_id, year});
  };
  auto row = next();
  if (!row) {
    tx.Exec(
        "INSERT INTO appeal_counters (maslikhat_id, year, last_seq) VALUES ($1, $2, 0) ON "
        "CONFLICT (maslikhat_id, year) DO NOTHING",
        {maslikhat_id, year});
    row = next();
  }
  return static_cast<int>(row->Int("last_seq"));
}

int64_t AppealRepository::Insert(db::Tx& tx, const Appeal& a) {
  return tx
      .QueryOne(
          "INSERT INTO appeals (maslikhat_id, number, year, seq, type, channel, status, language, "
          "subject, body, problem_address, addressee, okrug_id, deputy_id, commission_id, "
          "applicant_user_id, applicant_name, applicant_iin, applicant_email, applicant_phone, "
          "applicant_address, contact_preference, anonymous, urgent_redirect, collective, "
          "cosigners, category, public_consent, repeat_of, received_at, received_by, "
          "registered_on, due_on, forward_due_on, created_at, updated_at, applicant_iin_hash) "
          "VALUES "
          "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, "
          "$20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, "
          "$37) RETURNING id",
          {a.maslikhat_id,
           a.number,
           a.year,
           a.seq,
           std::string(TypeName(a.type)),
           std::string(ChannelName(a.channel)),
           std::string(StatusName(a.status)),
           a.language,
           a.subject,
           a.body,
           a.problem_address,
           std::string(AddresseeName(a.addressee)),
           a.okrug_id,
           a.deputy_id,
           a.commission_id,
           a.applicant_user_id,
           a.applicant_name,
           crypto::SealIin(a.applicant_iin),
           a.applicant_email,
           a.applicant_phone,
           a.applicant_address,
           std::string(ContactPreferenceName(a.contact_preference)),
           a.anonymous,
           a.urgent_redirect,
           a.collective,
           CosignersText(a.cosigners),
           a.category,
           a.public_consent,
           a.repeat_of,
           a.received_at,
           a.received_by,
           a.registered_on,
           a.due_on,
           a.forward_due_on,
           a.created_at,
           a.updated_at,
           crypto::IinHash(a.applicant_iin)})
      ->Int("id");
}

std::optional<Appeal> AppealRepository::Find(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(std::string("SELECT ") + kCols + " FROM appeals WHERE id = $1", {id});
  if (!row) return std::nullopt;
  return ToAppeal(*row);
}

void AppealRepository::Update(db::Tx& tx, const Appeal& a) {
  tx.Exec(
      "UPDATE appeals SET status = $2, deputy_id = $3, commission_id = $4, addressee = $5, "
      "category = $6, due_on = $7, outcome = $8, answer_text = $9, answered_at = $10, "
      "feedback_solved = $11, feedback_comment = $12, updated_at = $13, repeat_of = $14, "
      "leave_ground = $15 "
      "WHERE id = $1",
      {a.id, std::string(StatusName(a.status)), a.deputy_id, a.commission_id,
       std::string(AddresseeName(a.addressee)), a.category, a.due_on,
       a.outcome ? db::Value(std::string(OutcomeName(*a.outcome))) : db::Value(), a.answer_text,
       a.answered_at, a.feedback_solved ? db::Value(*a.feedback_solved) : db::Value(),
       a.feedback_comment, a.updated_at, a.repeat_of, a.leave_ground});
}

namespace {

constexpr int64_t kDriverMax = 5000;

// How many appeals carry one of these terms, counted up to `cap` + 1 (an index range scan).
int64_t CountTermMatches(db::Tx& tx, const std::vector<std::string>& alternatives, int64_t cap) {
  std::string sql = "SELECT COUNT(*) AS n FROM (SELECT 1 FROM appeal_terms WHERE term IN (";
  db::Params params;
  for (size_t i = 0; i < alternatives.size(); ++i) {
    params.push_back(alternatives[i]);
    sql += (i ? ", $" : "$") + std::to_string(params.size());
  }
  params.push_back(cap + 1);
  sql += ") LIMIT $" + std::to_string(params.size()) + ") AS limited";
  return tx.QueryOne(sql, params)->Int("n");
}

}  // namespace

std::vector<Appeal> AppealRepository::List(db::Tx& tx, const AppealFilter& f) {
  std::string sql = std::string("SELECT ") + kSummaryCols +
                    " FROM appeals WHERE id > $1"
                    " AND (CAST($2 AS BIGINT) IS NULL OR maslikhat_id = $2)"
                    " AND (CAST($3 AS BIGINT) IS NULL OR deputy_id = $3)"
                    " AND (CAST($4 AS BIGINT) IS NULL OR applicant_user_id = $4)"
                    " AND ($5 = '' OR status = $5) AND ($6 = '' OR type = $6)"
                    " AND ($7 = '' OR category = $7)"
                    " AND (CAST($8 AS BIGINT) IS NULL OR okrug_id = $8)"
                    " AND (CAST($9 AS BIGINT) IS NULL OR deputy_id = $9)"
                    " AND ($10 = '' OR registered_on >= $10) AND ($11 = '' OR registered_on <= $11)"
                    // Overdue: the answer term has passed on an open appeal, or the forwarding
                    // term on one still registered (neither taken into work nor forwarded).
                    " AND ($12 = '' OR (due_on < $12 AND status IN ('registered', 'assigned', "
                    "'in_consideration', 'extended', 'reopened')) OR (forward_due_on < $12 AND "
                    "status = 'registered'))"
                    " AND ($13 = '' OR number = $13)"
                    " AND (CAST($14 AS BIGINT) IS NULL OR seq = $14)"
                    " AND ($15 = '' OR applicant_iin_hash = $15)"
                    // The urgent queue: reports of a crime or a threat still to be forwarded.
                    " AND ($16 = 0 OR (urgent_redirect = 1 AND status IN ('registered', "
                    "'assigned', 'in_consideration', 'extended', 'reopened')))";
  std::optional<int64_t> seq;
  if (f.seq) seq = *f.seq;
  db::Params params = {f.after_id,
                       f.maslikhat_id,
                       f.deputy_id,
                       f.applicant_id,
                       f.status ? std::string(StatusName(*f.status)) : std::string(),
                       f.type ? std::string(TypeName(*f.type)) : std::string(),
                       f.category,
                       f.okrug_id,
                       f.filter_deputy_id,
                       f.from,
                       f.to,
                       f.overdue_before,
                       f.number,
                       seq,
                       f.iin_hash,
                       int64_t{f.urgent ? 1 : 0}};
  // Every query word must match (any of its stems). The rarest word, if rare, drives the query
  // as a small set of ids; the others are checked per candidate row with an index probe. This
  // keeps both a rare word (a few ids) and a common one (dense matches, early LIMIT) fast.
  //
  // Driving by n ids costs about n; walking appeals in id order with a probe each finds `limit`
  // matches after about limit × total / n rows. A dense word (5% of 100,000 appeals) is cheaper
  // walked than materialised, a rare one the other way round: a word drives when n² ≤ limit ×
  // total, so counting stops past √(limit × total) (counting was most of a dense search).
  size_t driver = f.terms.size();
  if (!f.terms.empty()) {
    const int64_t total = tx.QueryOne("SELECT COALESCE(MAX(id), 0) AS n FROM appeals")->Int("n");
    const auto product = static_cast<double>(int64_t{f.limit} * total);
    const auto cap = std::min(kDriverMax, static_cast<int64_t>(std::sqrt(product)));
    int64_t fewest = cap + 1;
    for (size_t w = 0; w < f.terms.size(); ++w) {
      int64_t n = CountTermMatches(tx, f.terms[w], cap);
      if (n < fewest) {
        fewest = n;
        driver = w;
      }
    }
  }
  for (size_t w = 0; w < f.terms.size(); ++w) {
    const auto& alternatives = f.terms[w];
    sql += w == driver ? " AND id IN (SELECT appeal_id FROM appeal_terms WHERE term IN ("
                       : " AND EXISTS (SELECT 1 FROM appeal_terms t WHERE t.appeal_id = appeals.id "
                         "AND t.term IN (";
    for (size_t i = 0; i < alternatives.size(); ++i) {
      params.push_back(alternatives[i]);
      sql += (i ? ", $" : "$") + std::to_string(params.size());
    }
    sql += "))";
  }
  params.push_back(f.limit);
  sql += " ORDER BY id LIMIT $" + std::to_string(params.size());
  std::vector<Appeal> out;
  for (const auto& r : tx.Query(sql, params)) out.push_back(ToSummary(r));
  return out;
}

void AppealRepository::IndexTerms(db::Tx& tx, int64_t appeal_id,
                                  const std::vector<std::string>& terms) {
  // One multi-row statement per chunk: an appeal has tens of terms.
  constexpr size_t kChunk = 64;
  for (size_t start = 0; start < terms.size(); start += kChunk) {
    size_t end = std::min(terms.size(), start + kChunk);
    std::string sql = "INSERT INTO appeal_terms (term, appeal_id) VALUES ";
    db::Params params = {appeal_id};
    for (size_t i = start; i < end; ++i) {
      params.push_back(terms[i]);
      sql += (i > start ? ", ($" : "($") + std::to_string(params.size()) + ", $1)";
    }
    sql += " ON CONFLICT (term, appeal_id) DO NOTHING";
    tx.Exec(sql, params);
  }
}

std::vector<std::pair<int64_t, std::string>> AppealRepository::Unindexed(db::Tx& tx, int limit) {
  std::vector<std::pair<int64_t, std::string>> out;
  for (const auto& r : tx.Query(
           "SELECT id, subject, body, problem_address FROM appeals WHERE indexed = 0 ORDER BY id "
           "LIMIT $1",
           {limit})) {
    out.emplace_back(r.Int("id"),
                     r.Str("subject") + " " + r.Str("body") + " " + r.Str("problem_address"));
  }
  return out;
}

void AppealRepository::MarkIndexed(db::Tx& tx, int64_t first_id, int64_t last_id) {
  tx.Exec("UPDATE appeals SET indexed = 1 WHERE id >= $1 AND id <= $2 AND indexed = 0",
          {first_id, last_id});
}

void AppealRepository::SetSeq(db::Tx& tx, int64_t maslikhat_id, int year, int last_seq) {
  tx.Exec(
      "INSERT INTO appeal_counters (maslikhat_id, year, last_seq) VALUES ($1, $2, $3) ON CONFLICT "
      "(maslikhat_id, year) DO UPDATE SET last_seq = excluded.last_seq",
      {maslikhat_id, year, last_seq});
}

std::vector<std::pair<int64_t, std::string>> AppealRepository::RecentSubjects(
    db::Tx& tx, int64_t maslikhat_id, int64_t applicant_user_id, int limit) {
  std::vector<std::pair<int64_t, std::string>> out;
  for (const auto& r : tx.Query(
           "SELECT id, subject FROM appeals WHERE maslikhat_id = $1 AND applicant_user_id = $2 "
           "ORDER BY id DESC LIMIT $3",
           {maslikhat_id, applicant_user_id, limit})) {
    out.emplace_back(r.Int("id"), r.Str("subject"));
  }
  return out;
}

std::vector<Appeal> AppealRepository::OpenAppeals(db::Tx& tx, std::optional<int64_t> maslikhat_id) {
  std::vector<Appeal> out;
  for (const auto& r :
       tx.Query(std::string("SELECT ") + kCols +
                    " FROM appeals WHERE (CAST($1 AS BIGINT) IS NULL OR "
                    "maslikhat_id = $1) AND status IN ('registered', 'assigned', "
                    "'in_consideration', 'extended', 'reopened') ORDER BY due_on, id",
                {maslikhat_id})) {
    out.push_back(ToAppeal(r));
  }
  return out;
}

std::vector<Appeal> AppealRepository::PublicList(db::Tx& tx, std::optional<int64_t> maslikhat_id,
                                                 std::optional<int64_t> okrug_id, int64_t after_id,
                                                 int limit) {
  // Approved register entries only (register.hpp): the reviewed, masked copy, never the appeal.
  // A page is a range of the partial index register_entries_public(_maslikhat) (migration 0035).
  std::vector<Appeal> out;
  for (const auto& r : tx.Query(
           "SELECT appeal_id, maslikhat_id, okrug_id, number, type, category, status, outcome, "
           "registered_on, subject, answer_text FROM register_entries WHERE state = 'approved' "
           "AND appeal_id > $1 AND (CAST($2 AS BIGINT) IS NULL OR maslikhat_id = $2) AND "
           "(CAST($3 AS BIGINT) IS NULL OR okrug_id = $3) ORDER BY appeal_id LIMIT $4",
           {after_id, maslikhat_id, okrug_id, limit})) {
    Appeal a;
    a.id = r.Int("appeal_id");
    a.maslikhat_id = r.Int("maslikhat_id");
    a.okrug_id = r.OptInt("okrug_id");
    a.number = r.Str("number");
    a.type = Known(r, "type", ParseType);
    a.category = r.Str("category");
    a.status = StatusOf(r);
    a.outcome = OutcomeOf(r);
    a.registered_on = r.Str("registered_on");
    a.subject = r.Str("subject");
    if (std::string answer = r.Str("answer_text"); !answer.empty()) a.answer_text = answer;
    out.push_back(std::move(a));
  }
  return out;
}

bool AppealRepository::MarkReminder(db::Tx& tx, int64_t appeal_id, const std::string& kind,
                                    const std::string& due_on, const std::string& at) {
  return tx.Exec(
             "INSERT INTO appeal_reminders (appeal_id, kind, due_on, sent_at) VALUES ($1, $2, $3, "
             "$4) ON CONFLICT (appeal_id, kind, due_on) DO NOTHING",
             {appeal_id, kind, due_on, at}) > 0;
}

void AppealRepository::AddEvent(db::Tx& tx, const AppealEvent& e) {
  tx.Exec(
      "INSERT INTO appeal_events (appeal_id, at, actor_user_id, action, from_status, to_status, "
      "reason, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {e.appeal_id, e.at, e.actor_user_id, std::string(EventKindName(e.action)),
       e.from_status ? std::string(StatusName(*e.from_status)) : std::string(),
       e.to_status ? std::string(StatusName(*e.to_status)) : std::string(), e.reason,
       e.details_json});
}

std::vector<AppealEvent> AppealRepository::Events(db::Tx& tx, int64_t appeal_id) {
  std::vector<AppealEvent> out;
  for (const auto& r :
       tx.Query("SELECT id, appeal_id, at, actor_user_id, action, from_status, to_status, reason, "
                "details FROM appeal_events WHERE appeal_id = $1 ORDER BY id",
                {appeal_id})) {
    // Every row was written from an EventKind; another name is a damaged database, not a reader's
    // mistake.
    auto action = ParseEventKind(r.Str("action"));
    if (!action) throw std::runtime_error("appeal_events: unknown action");
    out.push_back({r.Int("id"), r.Int("appeal_id"), r.Str("at"), r.OptInt("actor_user_id"), *action,
                   ParseStatus(r.Str("from_status")), ParseStatus(r.Str("to_status")),
                   r.Str("reason"), r.Str("details")});
  }
  return out;
}

}  // namespace kenes::appeals
