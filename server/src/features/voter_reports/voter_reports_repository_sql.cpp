#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "features/catalog/catalog_service.hpp"
#include "features/voter_reports/voter_reports_repository.hpp"

namespace kenes::voter_reports {
namespace {

constexpr const char* kColumns =
    "SELECT id, maslikhat_id, deputy_id, year, state, text_kk, text_ru, html_kk, html_ru, figures, "
    "meeting_event_id, published_at, post_id, created_at, updated_at FROM voter_reports ";

std::string FiguresText(const Figures& f) {
  const nlohmann::json categories = catalog::CategoryFiguresJson(f.categories);
  return nlohmann::json{{"appeals_received", f.appeals_received},
                        {"appeals_resolved", f.appeals_resolved},
                        {"categories", categories},
                        {"receptions_held", f.receptions_held},
                        {"reception_visits", f.reception_visits},
                        {"events_held", f.events_held},
                        {"requests_sent", f.requests_sent},
                        {"requests_answered", f.requests_answered},
                        {"counted_at", f.counted_at}}
      .dump();
}

// Kenes wrote the text itself; a damaged one reads as no figures rather than failing the page.
Figures FiguresOf(const std::string& text) {
  Figures f;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return f;
  auto num = [&](const char* key) { return j.value(key, 0); };
  f.appeals_received = num("appeals_received");
  f.appeals_resolved = num("appeals_resolved");
  f.receptions_held = num("receptions_held");
  f.reception_visits = num("reception_visits");
  f.events_held = num("events_held");
  f.requests_sent = num("requests_sent");
  f.requests_answered = num("requests_answered");
  f.counted_at = j.value("counted_at", std::string());
  if (auto it = j.find("categories"); it != j.end()) {
    f.categories = catalog::CategoryFiguresFromJson(*it);
  }
  return f;
}

Report ReportOf(const db::Row& r) {
  Report out;
  out.id = r.Int("id");
  out.maslikhat_id = r.Int("maslikhat_id");
  out.deputy_id = r.Int("deputy_id");
  out.year = static_cast<int>(r.Int("year"));
  out.state = ParseState(r.Str("state")).value_or(ReportState::kDraft);
  out.text_kk = r.Str("text_kk");
  out.text_ru = r.Str("text_ru");
  out.html_kk = r.Str("html_kk");
  out.html_ru = r.Str("html_ru");
  out.figures = FiguresOf(r.Str("figures"));
  out.meeting_event_id = r.OptInt("meeting_event_id");
  out.published_at = r.OptStr("published_at");
  out.post_id = r.OptInt("post_id");
  out.created_at = r.Str("created_at");
  out.updated_at = r.Str("updated_at");
  return out;
}

int CountOf(db::Tx& tx, const std::string& sql, const db::Params& params) {
  auto r = tx.QueryOne(sql, params);
  return r ? static_cast<int>(r->Int("n")) : 0;
}

}  // namespace

std::optional<Report> VoterReportsRepository::Find(db::Tx& tx, int64_t id) {
  auto r = tx.QueryOne(std::string(kColumns) + "WHERE id = $1", {id});
  if (!r) return std::nullopt;
  return ReportOf(*r);
}

std::optional<int64_t> VoterReportsRepository::FindByYear(db::Tx& tx, int64_t deputy_id, int year) {
  auto r = tx.QueryOne("SELECT id FROM voter_reports WHERE deputy_id = $1 AND year = $2",
                       {deputy_id, year});
  if (!r) return std::nullopt;
  return r->Int("id");
}

std::vector<Report> VoterReportsRepository::ForDeputy(db::Tx& tx, int64_t deputy_id,
                                                      bool published_only) {
  std::string sql = std::string(kColumns) + "WHERE deputy_id = $1";
  if (published_only) sql += " AND state = 'published'";
  sql += " ORDER BY year DESC, id DESC LIMIT $2";
  std::vector<Report> out;
  for (const auto& r : tx.Query(sql, {deputy_id, kMaxReportsListed})) out.push_back(ReportOf(r));
  return out;
}

int64_t VoterReportsRepository::Insert(db::Tx& tx, const Report& r) {
  return tx
      .QueryOne(
          "INSERT INTO voter_reports (maslikhat_id, deputy_id, year, state, text_kk, text_ru, "
          "html_kk, html_ru, figures, meeting_event_id, published_at, created_at, updated_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
          {r.maslikhat_id, r.deputy_id, r.year, StateName(r.state), r.text_kk, r.text_ru, r.html_kk,
           r.html_ru, FiguresText(r.figures), r.meeting_event_id, r.published_at, r.created_at,
           r.updated_at})
      ->Int("id");
}

void VoterReportsRepository::SetPost(db::Tx& tx, int64_t id, int64_t post_id) {
  tx.Exec("UPDATE voter_reports SET post_id = $2 WHERE id = $1 AND post_id IS NULL", {id, post_id});
}

void VoterReportsRepository::Update(db::Tx& tx, const Report& r) {
  tx.Exec(
      "UPDATE voter_reports SET state = $2, text_kk = $3, text_ru = $4, html_kk = $5, html_ru = "
      "$6, "
      "figures = $7, meeting_event_id = $8, published_at = $9, updated_at = $10 WHERE id = $1",
      {r.id, StateName(r.state), r.text_kk, r.text_ru, r.html_kk, r.html_ru, FiguresText(r.figures),
       r.meeting_event_id, r.published_at, r.updated_at});
}

Figures VoterReportsRepository::Count(db::Tx& tx, int64_t deputy_id, const YearBounds& b,
                                      std::map<std::string, CategoryFigures>& by_category) {
  Figures f;
  for (const auto& r : tx.Query(
           "SELECT category, COUNT(*) AS n FROM appeals WHERE deputy_id = $1 AND received_at >= $2 "
           "AND received_at < $3 GROUP BY category",
           {deputy_id, b.utc_from, b.utc_to})) {
    const int n = static_cast<int>(r.Int("n"));
    by_category[r.Str("category")].received += n;
    f.appeals_received += n;
  }
  for (const auto& r : tx.Query(
           "SELECT category, COUNT(*) AS n FROM appeals WHERE deputy_id = $1 AND answered_at >= $2 "
           "AND answered_at < $3 GROUP BY category",
           {deputy_id, b.utc_from, b.utc_to})) {
    const int n = static_cast<int>(r.Int("n"));
    by_category[r.Str("category")].resolved += n;
    f.appeals_resolved += n;
  }
  const db::Params days{deputy_id, b.day_from, b.day_to, b.today};
  f.receptions_held = CountOf(tx,
                              "SELECT COUNT(*) AS n FROM reception_sessions WHERE deputy_id = $1 "
                              "AND day >= $2 AND day <= $3 AND day <= $4 AND status <> 'cancelled'",
                              days);
  f.reception_visits = CountOf(
      tx,
      "SELECT COUNT(*) AS n FROM reception_bookings b JOIN reception_sessions s ON s.id = "
      "b.session_id WHERE s.deputy_id = $1 AND s.day >= $2 AND s.day <= $3 AND s.day <= $4 AND "
      "s.status <> 'cancelled' AND b.status = 'checked_in'",
      days);
  f.events_held = CountOf(tx,
                          "SELECT COUNT(*) AS n FROM events WHERE deputy_id = $1 AND starts_at >= "
                          "$2 AND starts_at < $3 AND starts_at <= $4 AND status <> 'cancelled'",
                          {deputy_id, b.local_from, b.local_to, b.local_now});
  f.requests_sent = CountOf(tx,
                            "SELECT COUNT(*) AS n FROM deputy_requests r JOIN appeals a ON a.id = "
                            "r.appeal_id WHERE a.deputy_id = $1 AND r.sent_on >= $2 AND "
                            "r.sent_on <= $3",
                            {deputy_id, b.day_from, b.day_to});
  f.requests_answered = CountOf(tx,
                                "SELECT COUNT(*) AS n FROM deputy_requests r JOIN appeals a ON "
                                "a.id = r.appeal_id WHERE a.deputy_id = $1 AND r.answered_at >= "
                                "$2 AND r.answered_at < $3",
                                {deputy_id, b.utc_from, b.utc_to});
  return f;
}

}  // namespace kenes::voter_reports
